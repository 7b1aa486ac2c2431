// The HTML report as a reader sees it: headless Chromium (Debian's chromium)
// loads it from disk with the network off and dumps the DOM, which must
// show every team's name, every decision of every team's results, the
// charts (one of reputation per scenario, one of the meters per team and
// scenario) and the P/S/M/U table; then Chromium prints it to PDF (A4, as
// the page's print CSS says), which must be a PDF of some pages: one launch
// does both (a Chromium that does one thing a launch gets a second one for
// the PDF). With
// --lang sv or nb, the report's own headings must be in that language (as a
// native speaker writes them, listed here apart from the C table) and no
// English heading left.
//   node tests/workshop/html_check.js REPORT.html PDF_OUT [--lang sv|nb] RESULT.json...
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const [html, pdf, ...rest] = process.argv.slice(2);
const lang = rest[0] === "--lang" ? rest[1] : "en";
const results = rest[0] === "--lang" ? rest.slice(2) : rest;
let failed = 0;
const check = (ok, msg) => { if (!ok) { failed++; console.log("FAIL " + msg); } };

const chromium = ["chromium", "chromium-browser", "google-chrome"].find(
  (c) => spawnSync("sh", ["-c", `command -v ${c}`]).status === 0);
if (!chromium) {
  console.log("FAIL no chromium: tools/setup.sh installs Debian's chromium");
  process.exit(1);
}
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "svara-chromium-"));
const base = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--no-first-run", "--disable-extensions", "--disable-background-networking",
              "--proxy-server=127.0.0.1:9", `--user-data-dir=${profile}`];
const url = "file://" + path.resolve(html);
function run(args) {
  const r = spawnSync(chromium, [...base, ...args, url], { encoding: "utf8", timeout: 60000,
                                                          maxBuffer: 64 << 20 });
  if (r.error || r.status !== 0) {
    console.log(`FAIL chromium ${args.join(" ")}: ${r.error ? r.error.message : "exit " + r.status}\n${r.stderr}`);
    failed++;
  }
  return r.stdout || "";
}
const text = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

fs.rmSync(pdf, { force: true });
const printArgs = [`--print-to-pdf=${path.resolve(pdf)}`, "--no-pdf-header-footer"];
const dom = run(["--dump-dom", ...printArgs]);
check(/<h1>/.test(dom), "the page has no heading");
let decisions = 0;
for (const f of results) {
  const r = JSON.parse(fs.readFileSync(f, "utf8"));
  check(dom.includes(text(r.team.name)), `team name ${r.team.name} is not shown`);
  for (const m of r.team.members) check(dom.includes(text(m.name)), `member ${m.name} is not shown`);
  for (const p of r.plays) {
    check(dom.includes(`id="team-${r.team.id}"`), `no section for team ${r.team.id}`);
    for (const d of p.decisions) {
      decisions++;
      check(dom.includes(text(d.prompt)), `${r.team.id}: decision ${d.decision} is not shown`);
      if (d.reply) check(dom.includes(text(d.reply)), `${r.team.id}: the reply to ${d.decision} is not shown`);
    }
  }
}
const charts = (dom.match(/<svg class="chart"/g) || []).length;
check(charts >= 1 + results.length, `${charts} charts; expected one per scenario and one per team`);
const lines = (dom.match(/<polyline class="team-line"/g) || []).length;
check(lines === results.length, `${lines} team lines on the workshop chart, not ${results.length}`);
check(/id="ratings"/.test(dom) && /class="rating r-[PSMU]"/.test(dom), "no P/S/M/U table");
check(/id="plan"/.test(dom), "no improvement plan");

// The headings a reader sees, in the report's language.
const headings = {
  en: ["Teams", "Decisions, team by team", "Where the teams differed most",
       "Principles: P/S/M/U per team", "Improvement plan"],
  sv: ["Lag", "Beslut, lag för lag", "Där lagen skilde sig mest", "Principer: P/S/M/U per lag",
       "Förbättringsplan"],
  nb: ["Lag", "Beslutninger, lag for lag", "Der lagene skilte seg mest",
       "Prinsipper: P/S/M/U per lag", "Forbedringsplan"],
};
const labels = {
  en: ["Facilitator:", "Decision", "Rules that fired", "Corrective action", "As in HSEEP"],
  sv: ["Facilitator:", "Beslut", "Regler som slog till", "Åtgärd", "Ansvarig", "Klart senast",
       "utfört utan svårigheter", "kunde inte utföras", "Anseende"],
  nb: ["Fasilitator:", "Beslutning", "Regler som slo til", "Tiltak", "Ansvarlig", "Frist",
       "utført uten utfordringer", "kunne ikke utføres", "Omdømme"],
};
check(headings[lang] !== undefined, `no headings known for --lang ${lang}`);
check(dom.includes(`<html lang="${lang}">`), `the page does not say lang="${lang}"`);
const h2 = [...dom.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
for (const h of headings[lang] || []) check(h2.includes(h), `no heading "${h}" (headings: ${h2.slice(0, 6).join(" | ")})`);
for (const w of labels[lang] || []) check(dom.includes(w), `the report does not say "${w}"`);
if (lang !== "en") {
  for (const h of headings.en) if (!headings[lang].includes(h)) check(!h2.includes(h), `English heading "${h}" left in the ${lang} report`);
  for (const w of ["Rules that fired", "As in HSEEP", "Corrective action", "Made by Svara"])
    check(!dom.includes(w), `English "${w}" left in the ${lang} report`);
}

if (!fs.existsSync(pdf)) run(printArgs);
const bytes = fs.existsSync(pdf) ? fs.readFileSync(pdf) : Buffer.alloc(0);
check(bytes.length > 10000, `the PDF is ${bytes.length} bytes`);
check(bytes.subarray(0, 5).toString() === "%PDF-", "the PDF does not start with %PDF-");
const pages = (bytes.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
check(pages >= 2, `the PDF has ${pages} page(s)`);
fs.rmSync(profile, { recursive: true, force: true });
console.log(`checked a report in ${lang}: ${results.length} teams, ${decisions} decisions, ${charts} charts, a PDF of ${pages} pages`);
console.log(`${failed ? 0 : 1} passed, ${failed ? 1 : 0} failed`);
process.exit(failed ? 1 : 0);
