// The schemas never refuse what the game loads. Each built-in file (the
// sample's manifest and scenario, the default scoring model, a golden replay)
// is changed in many small ways: a key deleted, a value replaced by another
// type or a number or string just out of range, an unknown key added. The
// loaders judge every changed file (tests/schema/loader_verdict.c) and ajv-cli
// does too; a file the loader accepts and the schema rejects fails the test.
// The other way round is expected: only the loader sees references, ids
// across the file and values compared with each other.
// With --loader-only (the sanitizer builds) the loaders judge the same
// changed files, which is what the sanitizers watch, and each original file
// must load; ajv's side, the same files and schemas in every build, is left
// to the default build.
//   node tests/schema/agree.js [--loader-only] LOADER_VERDICT SCRATCH_DIR
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { validate, describe, die } = require("./check.js");

const SOURCES = [
  // kind for the loader, schema, file, how many changes to try (0: all)
  ["pack", "manifest", "scenarios/sample/pack.json", 0],
  ["scenario", "scenario", "scenarios/sample/scenarios/parcel.json", 300],
  ["scoring", "scoring", "assets/scoring/default.json", 100],
  ["replay", "replay", "tests/replays/good-seed7.json", 0],
];
const REPLACEMENTS = [null, true, 0, -1, 1.5, 1e9 + 1, "", "x", [], {}];
const BATCH = 500;
// each scenario file a changed manifest lists: small, so a pack's own checks stay cheap
const tinyScenario = (id) => JSON.stringify({
  format: 1, id, title: "T", summary: "S", briefing: "B",
  brand: { name: "N", handle: "@n", colour: "#000000" }, duration: 60,
  channels: [{ id: "c", type: "forum", name: "C" }], personas: [], posts: [], decisions: [],
  endings: [{ id: "e", title: "E", text: "E" }],
});

function changes(doc) {
  const out = [];
  (function walk(v, at) {
    if (at.length) out.push({ at, del: true });
    for (const r of REPLACEMENTS) out.push({ at, value: r });
    if (typeof v === "number") out.push({ at, value: -v }, { at, value: v + 0.5 }, { at, value: v * 1000 + 1 });
    if (typeof v === "string")
      out.push({ at, value: v.toUpperCase() }, { at, value: v + "\t" }, { at, value: v + "\n" },
               { at, value: v.repeat(80).slice(0, 4500) });
    if (v && typeof v === "object") {
      if (!Array.isArray(v)) out.push({ at, unknown: true });
      for (const k of Object.keys(v)) walk(v[k], at.concat(Array.isArray(v) ? Number(k) : k));
    }
  })(doc, []);
  return out;
}

function apply(doc, c) {
  const d = JSON.parse(JSON.stringify(doc));
  const target = c.at.reduce((o, k) => o[k], d);
  if (c.unknown) {
    target.zz_unknown_key = 1;
    return d;
  }
  if (!c.at.length) return c.value;
  const parent = c.at.slice(0, -1).reduce((o, k) => o[k], d);
  const key = c.at[c.at.length - 1];
  if (c.del && Array.isArray(parent)) parent.splice(key, 1);
  else if (c.del) delete parent[key];
  else parent[key] = c.value;
  return d;
}

function label(c) {
  const where = "/" + c.at.join("/");
  if (c.del) return `${where} deleted`;
  if (c.unknown) return `${where} with an unknown key`;
  return `${where} = ${JSON.stringify(c.value).slice(0, 40)}`;
}

const loaderOnly = process.argv[2] === "--loader-only";
const [helper, scratch] = process.argv.slice(loaderOnly ? 3 : 2);
if (!helper || !scratch)
  die("usage: node tests/schema/agree.js [--loader-only] LOADER_VERDICT SCRATCH_DIR");
let failed = 0, total = 0;
for (const [kind, schema, source, limit] of SOURCES) {
  const started = Date.now();
  const doc = JSON.parse(fs.readFileSync(source, "utf8"));
  let all = changes(doc);
  const step = limit && all.length > limit ? all.length / limit : 1;
  if (step > 1) all = Array.from({ length: limit }, (_, i) => all[Math.floor(i * step)]);
  all.unshift({ at: [], value: doc, original: true });
  const counts = { both: 0, loader: 0, accepted: 0 };
  for (let b = 0; b < all.length; b += BATCH) {
    const dir = path.join(scratch, kind);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const batch = all.slice(b, b + BATCH), files = [], lines = [];
    batch.forEach((c, i) => {
      const text = JSON.stringify(c.original ? doc : apply(doc, c));
      if (kind === "pack") {
        const pack = path.join(dir, String(i));
        fs.mkdirSync(pack, { recursive: true });
        fs.writeFileSync(path.join(pack, "pack.json"), text);
        for (const listed of doc.scenarios) {
          fs.mkdirSync(path.join(pack, path.dirname(listed)), { recursive: true });
          fs.writeFileSync(path.join(pack, listed), tinyScenario(path.basename(listed, ".json")));
        }
        files.push(path.join(pack, "pack.json"));
        lines.push(`pack ${pack}`);
      } else {
        files.push(path.join(dir, `${i}.json`));
        fs.writeFileSync(files[i], text);
        lines.push(`${kind} ${files[i]}`);
      }
    });
    const verdicts = execFileSync(helper, { input: lines.join("\n") + "\n", encoding: "utf8" })
                       .trim().split("\n");
    if (verdicts.length !== batch.length) die(`${helper} judged ${verdicts.length} of ${batch.length} files`);
    const schemaSays = loaderOnly ? null : validate(schema, files, true);
    batch.forEach((c, i) => {
      const loads = verdicts[i] === "1";
      if (loaderOnly) {
        if (c.original && !loads) {
          failed++;
          console.log(`FAIL ${source} itself: the loader rejects it`);
        } else if (!c.original) {
          counts[loads ? "accepted" : "loader"]++;
        }
        return;
      }
      const errors = schemaSays.get(files[i]);
      if (c.original && (!loads || errors !== null)) {
        failed++;
        console.log(`FAIL ${source} itself: the loader ${loads ? "accepts" : "rejects"} it, the ` +
                    `schema ${errors === null ? "accepts" : "rejects"} it`);
      } else if (c.original) {
        return;
      } else if (loads && errors !== null) {
        failed++;
        console.log(`FAIL ${source} with ${label(c)}: the game loads it, but the ${schema} ` +
                    `schema rejects it:\n${describe(errors)}`);
      } else if (loads) counts.accepted++;
      else if (errors === null) counts.loader++;
      else counts.both++;
    });
  }
  total += all.length - 1;
  const took = `${all.length - 1} changes (${((Date.now() - started) / 1000).toFixed(1)} s)`;
  if (loaderOnly) {
    console.log(`${source}: ${took}; the loader accepts ${counts.accepted}, rejects ${counts.loader} (no schema: --loader-only)`);
    if (counts.loader === 0) { failed++; console.log(`FAIL ${source}: the loader rejected nothing`); }
    continue;
  }
  console.log(`${source}: ${took}; both reject ${counts.both}, both accept ` +
              `${counts.accepted}, only the loader rejects ${counts.loader}`);
  if (counts.both === 0) { failed++; console.log(`FAIL ${source}: the schema rejected nothing`); }
}
fs.rmSync(scratch, { recursive: true, force: true });
console.log(`${total - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
