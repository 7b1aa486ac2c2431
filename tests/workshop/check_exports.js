// What `svara-tool report` wrote for the fixture workshop (tests/workshop/:
// three teams on the sample pack's parcel, good, middling and bad), read
// back: the CSV row by row, the JSON's teams, ratings and plan, and every
// xAPI statement validated with @learninglocker/xapi-validation (npm), plus
// the statements' own rules: unique ids, one registration per play, the
// verbs in order, responses, scores and durations. A broken copy of a
// statement must fail the validator, so a validator that passes everything
// fails this test.
//   node tests/workshop/check_exports.js DIR   (DIR holds report.csv, report.json,
//                                               xapi.json and xapi-again.json)
"use strict";
const fs = require("fs");
const path = require("path");

const dir = process.argv[2];
let failed = 0, checks = 0;
const check = (ok, msg) => { checks++; if (!ok) { failed++; console.log("FAIL " + msg); } };
const VALIDATOR = path.resolve(__dirname, "../../tools/node/node_modules/@learninglocker/xapi-validation");
if (!fs.existsSync(VALIDATOR)) {
  console.log(`FAIL ${VALIDATOR} is missing: run tools/setup.sh (npm ci in tools/node)`);
  process.exit(1);
}
const validate = require(VALIDATOR).default;

// ---- CSV (RFC 4180) ----
function parseCsv(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
    else field += c;
  }
  check(field === "" && row.length === 0, "the CSV does not end with CRLF");
  return rows;
}
const csv = parseCsv(fs.readFileSync(path.join(dir, "report.csv"), "utf8"));
const head = csv[0];
const col = (name) => head.indexOf(name);
for (const name of ["workshop", "team", "team_name", "members", "scenario", "decision", "choice",
                    "reply", "reputation_before", "reputation_after", "followed", "broken", "rules"])
  check(col(name) >= 0, `the CSV has no column ${name}`);
for (const r of csv) check(r.length === head.length, `a CSV row has ${r.length} fields, not ${head.length}`);
const rows = csv.slice(1);
const choice = (team, decision) =>
  (rows.find((r) => r[col("team")] === team && r[col("decision")] === decision) || [])[col("choice")];
check(choice("red", "first-reply") === "o-ask", "red's first reply is not o-ask");
check(choice("blue", "first-reply") === "o-template", "blue's first reply is not o-template");
check(choice("green", "first-reply") === "o-witty", "green's first reply is not o-witty");
check(choice("red", "follow") === "p-hi+p-ack+p-sorry+p-explain-photo+p-fix-tomorrow+p-contact",
      "red's composed reply is not its six parts in order");
check(rows.some((r) => r[col("team_name")] === 'Blue <team> & "friends"'), "blue's name did not survive the CSV");
check(rows.filter((r) => r[col("team")] === "red")[0][col("members")] === "Anna Lind; Bo Ek", "red's members");
const green = rows.find((r) => r[col("team")] === "green" && r[col("decision")] === "first-reply");
check(green[col("broken")].split(" ").includes("NO-IRONY"), "green's witty reply did not break NO-IRONY");

// ---- JSON ----
const json = JSON.parse(fs.readFileSync(path.join(dir, "report.json"), "utf8"));
check(json.workshop.id === "acme-parcel-2026-12", "the JSON's workshop id");
check(json.teams.map((t) => t.team.id).join() === "red,blue,green", "the JSON's teams");
const decisions = json.teams.reduce((n, t) => n + t.plays[0].decisions.length, 0);
check(rows.length === decisions, `${rows.length} CSV rows for ${decisions} decisions`);
const rating = (p, team) => json.ratings.find((r) => r.principle === p).teams[team].rating;
check(rating("ORDER", "red") === "P" && rating("ORDER", "green") === "U", "ORDER's ratings");
check(json.ratings.every((r) => Object.values(r.teams).every((c) =>
        ["P", "S", "M", "U", "-"].includes(c.rating))), "a rating is not P, S, M, U or -");
check(json.differences[0].decision === "follow" && json.differences[0].answers === 3, "the biggest difference");
const plan = json.improvement_plan.find((p) => p.principle === "NO-IRONY");
check(plan && plan.teams.includes("green") && plan.corrective_action.length > 10, "NO-IRONY in the plan");
check(!json.improvement_plan.some((p) => p.principle === "APOLOGY-EXPLAIN-COMPENSATE"),
      "a principle no team broke is in the plan");

// ---- xAPI ----
const raw = fs.readFileSync(path.join(dir, "xapi.json"), "utf8");
check(raw === fs.readFileSync(path.join(dir, "xapi-again.json"), "utf8"), "two exports of the same results differ");
const statements = JSON.parse(raw);
check(Array.isArray(statements) && statements.length === decisions + 12, `${statements.length} statements`);
let warnings = 0;
statements.forEach((s, i) => {
  const w = validate(s);
  if (w.length) {
    warnings++;
    console.log(`FAIL statement ${i} (${s.verb.id}): ` +
                JSON.stringify(w.map((e) => [e.path.join("/"), e.typeName || e.message, e.data])));
  }
});
check(warnings === 0, `${warnings} statements fail @learninglocker/xapi-validation`);
const broken = JSON.parse(JSON.stringify(statements[1]));
broken.result.duration = "18 seconds";
broken.context.registration = "not-a-uuid";
check(validate(broken).length >= 2, "the validator accepts a broken statement: it checks nothing");
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
check(new Set(statements.map((s) => s.id)).size === statements.length, "statement ids repeat");
check(statements.every((s) => uuid.test(s.id) && uuid.test(s.context.registration)), "an id is not a v5 UUID");
const byReg = new Map();
for (const s of statements) {
  if (!byReg.has(s.context.registration)) byReg.set(s.context.registration, []);
  byReg.get(s.context.registration).push(s);
}
check(byReg.size === 3, `${byReg.size} registrations for three plays`);
const verb = (s) => s.verb.id.replace("http://adlnet.gov/expapi/verbs/", "");
for (const list of byReg.values()) {
  const verbs = list.map(verb);
  const team = list[0].actor.account.name;
  check(verbs[0] === "initialized" && verbs.slice(-3, -2)[0] === "completed" &&
        ["passed", "failed"].includes(verbs.slice(-2, -1)[0]) && verbs.slice(-1)[0] === "terminated",
        `${team}: verbs ${verbs.join(" ")}`);
  check(list.every((s) => s.actor.objectType === "Group" && s.context.team.member.length ===
                          json.teams.find((t) => t.team.id === team).team.members.length),
        `${team}: the team Group lost members`);
  check(list.every((s, i) => i === 0 || Date.parse(s.timestamp) >= Date.parse(list[i - 1].timestamp)),
        `${team}: timestamps go backwards`);
  const grade = list.find((s) => ["passed", "failed"].includes(verb(s))).result;
  check(grade.score.scaled === grade.score.raw / 100 && grade.score.min === 0 && grade.score.max === 100 &&
        Number.isInteger(grade.score.raw) && grade.success === (verb(list.slice(-2, -1)[0]) === "passed"),
        `${team}: the score is not cmi5's`);
  for (const s of list.filter((s) => verb(s) === "answered")) {
    const def = s.object.definition;
    check(def.type === "http://adlnet.gov/expapi/activities/cmi.interaction" && def.interactionType === "choice",
          `${team}: an answer's object is not a choice interaction`);
    const ids = def.choices.map((c) => c.id);
    check(s.result.response === "" || s.result.response.split("[,]").every((r) => ids.includes(r)),
          `${team}: response ${s.result.response} is not among the choices`);
    check(/^PT(\d+H)?(\d+M)?\d+(\.\d+)?S$/.test(s.result.duration), `${team}: duration ${s.result.duration}`);
    const ext = s.result.extensions;
    check(ext["https://svara.invalid/xapi/ext/meters-before"] && Array.isArray(ext["https://svara.invalid/xapi/ext/broken"]),
          `${team}: meters and principles are missing from an answer`);
  }
  check(list.every((s) => s.context.instructor.mbox === "mailto:ingrid.berg@example.com" &&
                          s.context.contextActivities.parent[0].id === "https://svara.invalid/xapi/pack/sample" &&
                          s.context.contextActivities.grouping[0].id.endsWith("/workshop/acme-parcel-2026-12")),
        `${team}: instructor, parent or grouping`);
}
const red = statements.filter((s) => s.actor.account.name === "red" && verb(s) === "answered");
check(red[0].result.response === "o-ask" && red[1].result.response.startsWith("p-hi[,]p-ack[,]"),
      "red's responses");
console.log(`${statements.length} statements valid; ${checks} checks`);
console.log(`${checks - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
