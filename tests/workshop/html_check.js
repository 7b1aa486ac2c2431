// The HTML report as a reader sees it: headless Chromium (Debian's chromium)
// loads it from disk with the network off and dumps the DOM, which must
// show every team's name, every decision of every team's results, the
// charts (one of reputation per scenario, one of the meters per team and
// scenario) and the P/S/M/U table; then Chromium prints it to PDF (A4, as
// the page's print CSS says), which must be a PDF of some pages.
//   node tests/workshop/html_check.js REPORT.html PDF_OUT RESULT.json...
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const [html, pdf, ...results] = process.argv.slice(2);
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

const dom = run(["--dump-dom"]);
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

fs.rmSync(pdf, { force: true });
run([`--print-to-pdf=${path.resolve(pdf)}`, "--no-pdf-header-footer"]);
const bytes = fs.existsSync(pdf) ? fs.readFileSync(pdf) : Buffer.alloc(0);
check(bytes.length > 10000, `the PDF is ${bytes.length} bytes`);
check(bytes.subarray(0, 5).toString() === "%PDF-", "the PDF does not start with %PDF-");
const pages = (bytes.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
check(pages >= 2, `the PDF has ${pages} page(s)`);
fs.rmSync(profile, { recursive: true, force: true });
console.log(`checked ${results.length} teams, ${decisions} decisions, ${charts} charts, a PDF of ${pages} pages`);
console.log(`${failed ? 0 : 1} passed, ${failed ? 1 : 0} failed`);
process.exit(failed ? 1 : 0);
