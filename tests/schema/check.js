// Checks the JSON Schemas in scenarios/schema/ with ajv-cli, the standard
// validator tools/setup.sh installs in tools/node (npm ci). Run from the
// source root by tests/schema.cmake:
//   node tests/schema/check.js accept KIND FILE...   every file validates
//   node tests/schema/check.js broken KIND           the broken-pack corpus, as
//                                                    tests/schema/broken.txt says
//   node tests/schema/check.js table KIND TABLE      the files a table of broken
//                                                    cases names (FILE LINE:COL POINTER
//                                                    reject|accept|skip ..., as
//                                                    tests/workshop/broken/expect.txt)
// KIND is manifest, scenario, scoring, replay, workshop, result or plan. ajv runs once per call over
// every file, in draft 2020-12 mode with strict schema checks, so a schema
// with a typo in a keyword fails here too.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const AJV = "tools/node/node_modules/ajv-cli/dist/index.js";
const AJV_FLAGS = ["--spec=draft2020", "--strict=true", "--strict-required=false",
                   "--allow-union-types", "--errors=json"];
const KINDS = ["manifest", "scenario", "scoring", "replay", "workshop", "result", "plan"];
// Schemas a kind's schema refers to: a result holds replays.
const REFS = { result: ["replay"] };
const BROKEN = "tests/broken";
const TABLE = "tests/schema/broken.txt";

function die(msg) {
  console.log("schema check: " + msg);
  process.exit(1);
}

// Runs ajv over `files`; returns a Map file -> null (valid) or its errors
// (all of them, or only the first when firstError is set: faster).
function validate(kind, files, firstError = false, retry = true) {
  if (!fs.existsSync(AJV))
    die(`${AJV} is missing: ajv-cli is not installed. Run tools/setup.sh, which runs ` +
        "'npm ci' in tools/node (it needs node and npm, and the npm registry).");
  const schema = `scenarios/schema/${kind}.schema.json`;
  const args = [AJV, "validate", ...AJV_FLAGS, ...(firstError ? [] : ["--all-errors"]), "-s", schema];
  for (const ref of REFS[kind] || []) args.push("-r", `scenarios/schema/${ref}.schema.json`);
  for (const f of files) args.push("-d", f);
  // ajv-cli ends with process.exit(), which drops what it has not yet written
  // to a pipe (Node writes to pipes asynchronously): under load the report of
  // the last few hundred files was lost. Writes to files are synchronous, so
  // its output goes to two files and is read back from them.
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "sv-ajv-"));
  const fds = [fs.openSync(path.join(out, "stdout"), "w"), fs.openSync(path.join(out, "stderr"), "w")];
  const run = spawnSync(process.execPath, args, { stdio: ["ignore", fds[0], fds[1]] });
  fds.forEach((fd) => fs.closeSync(fd));
  const r = { status: run.status, error: run.error,
              stdout: fs.readFileSync(path.join(out, "stdout"), "utf8"),
              stderr: fs.readFileSync(path.join(out, "stderr"), "utf8") };
  fs.rmSync(out, { recursive: true, force: true });
  if (r.error) die(`cannot run ajv: ${r.error.message}`);
  const results = new Map();
  for (const line of r.stdout.split("\n")) {
    const m = /^(.*) valid$/.exec(line);
    if (m && files.includes(m[1])) results.set(m[1], null);
  }
  // stderr: "FILE invalid" followed by the errors as indented JSON, per invalid file
  // A report that cannot be read is judged again on its own before the check
  // gives up.
  let current = null, json = [];
  const again = [];
  const flush = () => {
    if (current === null) return;
    try {
      results.set(current, JSON.parse(json.join("\n")));
    } catch (e) {
      if (!retry) die(`cannot read ajv's errors for ${current}:\n${json.join("\n")}`);
      again.push(current);
    }
  };
  for (const line of r.stderr.split("\n")) {
    const m = /^(.*) invalid$/.exec(line);
    if (m && files.includes(m[1])) {
      flush();
      current = m[1];
      json = [];
    } else if (current !== null) {
      json.push(line);
    }
  }
  flush();
  for (const f of again) results.set(f, validate(kind, [f], firstError, false).get(f));
  const missing = files.filter((f) => !results.has(f));
  if (missing.length) {
    const some = missing.slice(0, 3).join(", ") + (missing.length > 3 ? ", ..." : "");
    die(`ajv did not judge ${missing.length} of ${files.length} files (${some}); exit ` +
        `${r.status}:\n${r.stdout}${r.stderr}`);
  }
  return results;
}

// Where an error is, as the loader would point at it: an unknown key is the
// key itself, a repeated array item is both items.
function locations(err) {
  const at = err.instancePath;
  const p = err.params || {};
  const key = (k) => at + "/" + String(k).replace(/~/g, "~0").replace(/\//g, "~1");
  if (err.keyword === "additionalProperties") return [key(p.additionalProperty)];
  if (err.keyword === "uniqueItems") return [key(p.i), key(p.j)];
  return [at];
}

function describe(errors) {
  return errors.map((e) => `    ${e.instancePath || "(root)"}: ${e.message}` +
                           (e.params && e.params.additionalProperty !== undefined
                              ? ` '${e.params.additionalProperty}'` : "")).join("\n");
}

function accept(kind, files) {
  if (!files.length) die("no files given");
  const results = validate(kind, files);
  let bad = 0;
  for (const f of files) {
    const errors = results.get(f);
    if (errors === null) continue;
    bad++;
    console.log(`FAIL ${f}: the ${kind} schema rejects it, but the game loads it:\n` +
                describe(errors));
  }
  console.log(`${files.length - bad} passed, ${bad} failed`);
  process.exit(bad ? 1 : 0);
}

// tests/schema/broken.txt: "CASE FILE POINTER...", "CASE accept WHY" or "CASE skip WHY".
function readTable() {
  const table = new Map();
  const lines = fs.readFileSync(TABLE, "utf8").split("\n");
  lines.forEach((line, i) => {
    line = line.trim();
    if (!line || line.startsWith("#")) return;
    const [name, what, ...rest] = line.split(/\s+/);
    if (!fs.existsSync(path.join(BROKEN, name)))
      die(`${TABLE}:${i + 1}: there is no case '${name}' in ${BROKEN}`);
    const entry = table.get(name) || { reject: new Map(), accept: false, skip: false };
    if (what === "accept" || what === "skip") {
      if (!rest.length) die(`${TABLE}:${i + 1}: say why '${name}' is ${what}ed`);
      entry[what] = true;
    } else if (what && what.endsWith(".json") && rest.length) {
      entry.reject.set(what, rest.map((p) => (p === "(root)" ? "" : p)));
    } else {
      die(`${TABLE}:${i + 1}: expected 'CASE FILE POINTER...', 'CASE accept WHY' or ` +
          "'CASE skip WHY'");
    }
    if ((entry.accept || entry.skip) && entry.reject.size + entry.accept + entry.skip > 1)
      die(`${TABLE}:${i + 1}: '${name}' is classified twice`);
    table.set(name, entry);
  });
  return table;
}

function kindOf(file) { return path.basename(file) === "pack.json" ? "manifest" : "scenario"; }

function broken(kind) {
  const table = readTable();
  const cases = fs.readdirSync(BROKEN, { withFileTypes: true })
                  .filter((d) => d.isDirectory()).map((d) => d.name).sort();
  let failed = 0, passed = 0, skipped = 0;
  const fail = (msg) => { failed++; console.log("FAIL " + msg); };
  const files = [];
  for (const name of cases) {
    const entry = table.get(name);
    if (!entry) {
      fail(`${name}: not in ${TABLE}; say which files the schema rejects and where, or why ` +
           "it accepts or skips the case");
      continue;
    }
    if (entry.skip) { skipped++; continue; }
    for (const f of fs.readdirSync(path.join(BROKEN, name)).sort())
      if (f.endsWith(".json") && kindOf(f) === kind) files.push(path.join(BROKEN, name, f));
  }
  const results = files.length ? validate(kind, files) : new Map();
  for (const file of files) {
    const [name, base] = [path.basename(path.dirname(file)), path.basename(file)];
    const want = table.get(name).reject.get(base);
    const errors = results.get(file);
    if (!want) {
      if (errors === null) passed++;
      else fail(`${file}: the schema rejects it, but ${TABLE} says only the loader can see ` +
                `what is wrong here:\n${describe(errors)}`);
      continue;
    }
    if (errors === null) {
      fail(`${file}: the schema accepts it; it must flag ${want.map((p) => p || "(root)").join(" ")}`);
      continue;
    }
    const seen = new Set(errors.flatMap(locations));
    const unflagged = want.filter((p) => !seen.has(p));
    if (unflagged.length)
      fail(`${file}: the schema flags nothing at ${unflagged.map((p) => p || "(root)").join(" ")}; ` +
           `it said:\n${describe(errors)}`);
    else passed++;
  }
  for (const [name, entry] of table)
    for (const base of entry.reject.keys())
      if (kindOf(base) === kind && !files.includes(path.join(BROKEN, name, base)))
        fail(`${TABLE}: ${name}/${base} is not a file of the corpus`);
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped (${kind} files of ` +
              `${cases.length} cases; skipped: not JSON the schema can see)`);
  process.exit(failed ? 1 : 0);
}

// A table of broken files in one folder: each line "FILE LINE:COL POINTER SCHEMA ...";
// SCHEMA "reject": the schema must reject FILE and flag POINTER; "accept": it must
// accept it (only the parser sees what is wrong); "skip": not JSON.
function table(kind, tablePath) {
  const dir = path.dirname(tablePath);
  const want = new Map();
  fs.readFileSync(tablePath, "utf8").split("\n").forEach((line, i) => {
    line = line.trim();
    if (!line || line.startsWith("#")) return;
    const [file, , pointer, what] = line.split(/\s+/);
    if (!["reject", "accept", "skip"].includes(what))
      die(`${tablePath}:${i + 1}: expected FILE LINE:COL POINTER reject|accept|skip MESSAGE`);
    if (!fs.existsSync(path.join(dir, file))) die(`${tablePath}:${i + 1}: no file ${file}`);
    const entry = want.get(file) || { what, pointers: [] };
    if (entry.what !== what) die(`${tablePath}:${i + 1}: ${file} is classified twice`);
    entry.pointers.push(pointer === "(root)" ? "" : pointer);
    want.set(file, entry);
  });
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".json")))
    if (!want.has(f)) die(`${path.join(dir, f)} is not in ${tablePath}`);
  const files = [...want.keys()].filter((f) => want.get(f).what !== "skip").map((f) => path.join(dir, f));
  const results = validate(kind, files);
  let passed = 0, failed = 0;
  for (const file of files) {
    const entry = want.get(path.basename(file));
    const errors = results.get(file);
    if (entry.what === "accept") {
      if (errors === null) passed++;
      else { failed++; console.log(`FAIL ${file}: the schema rejects it:\n${describe(errors)}`); }
    } else if (errors === null) {
      failed++;
      console.log(`FAIL ${file}: the schema accepts it; it must flag ${entry.pointers.join(" ") || "(root)"}`);
    } else {
      // a missing key is flagged at the object, as the parser does
      const seen = new Set(errors.flatMap(locations));
      const missed = entry.pointers.filter((p) => !seen.has(p) &&
                                                 ![...seen].some((s) => s.startsWith(p + "/") || p.startsWith(s + "/")));
      if (missed.length) {
        failed++;
        console.log(`FAIL ${file}: the schema flags nothing at ${missed.join(" ")}:\n${describe(errors)}`);
      } else passed++;
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

module.exports = { validate, describe, die, KINDS };

if (require.main === module) {
  const [mode, kind, ...files] = process.argv.slice(2);
  if (!KINDS.includes(kind)) die(`unknown kind '${kind}'; use one of ${KINDS.join(", ")}`);
  if (mode === "accept") accept(kind, files);
  else if (mode === "broken") broken(kind);
  else if (mode === "table" && files.length === 1) table(kind, files[0]);
  else die("usage: node tests/schema/check.js accept KIND FILE... | broken KIND | table KIND TABLE");
}
