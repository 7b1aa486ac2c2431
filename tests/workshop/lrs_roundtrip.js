// The xAPI round trip against a real LRS: xapi-statements 5.0.1 (npm, with
// its in-memory stores) is started on loopback, the workshop's statements
// file is sent with `svara-tool xapi send` in batches, read back and
// compared, then sent again: the LRS must hold each statement once. The
// server is stopped however the test ends.
//   node tests/workshop/lrs_roundtrip.js SVARA_TOOL STATEMENTS.json
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");
const { spawn, spawnSync } = require("child_process");

const [tool, file] = process.argv.slice(2);
const LRS = path.resolve(__dirname, "../../tools/node/node_modules/xapi-statements/dist/index.js");
let server = null;
function stop() {
  if (server && server.exitCode === null) server.kill("SIGKILL");
}
function fail(msg) {
  console.log("FAIL " + msg);
  stop();
  process.exit(1);
}
process.on("exit", stop);
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => fail("stopped by " + sig));
setTimeout(() => fail("took more than 60 s"), 60000).unref();

if (!tool || !file) fail("usage: node lrs_roundtrip.js SVARA_TOOL STATEMENTS.json");
if (!fs.existsSync(LRS)) fail(`${LRS} is missing: run tools/setup.sh (npm ci in tools/node)`);

function get(port, query) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/xAPI/statements?" + query,
                           headers: { "X-Experience-API-Version": "1.0.3" } }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => (res.statusCode === 200 ? resolve(JSON.parse(body))
                                                  : reject(new Error(`GET: HTTP ${res.statusCode} ${body}`))));
    });
    req.on("error", reject);
  });
}

async function all(port) {
  const got = [];
  let page = await get(port, "limit=100&format=exact");
  got.push(...page.statements);
  while (page.more) {
    page = await get(port, page.more.split("?")[1]);
    got.push(...page.statements);
  }
  return got;
}

function send(port) {
  const r = spawnSync(tool, ["xapi", "send", file, "--endpoint", `http://127.0.0.1:${port}/xAPI/`,
                             "--batch", "10"], { encoding: "utf8", timeout: 30000 });
  process.stdout.write(r.stdout + r.stderr);
  if (r.status !== 0) fail(`svara-tool xapi send exited ${r.status}`);
  if (!/HTTP 200/.test(r.stdout)) fail("the LRS did not answer 200");
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

async function main() {
  const sent = JSON.parse(fs.readFileSync(file, "utf8"));
  const dir = fs.mkdtempSync("/tmp/svara-lrs-");
  server = spawn(process.execPath, [path.join(__dirname, "lrs.js")], {
    cwd: dir,
    env: { ...process.env, AUTH_REPO: "test", EVENTS_REPO: "test", MODELS_REPO: "memory",
           STORAGE_REPO: "memory", EXPRESS_PORT: "0", WINSTON_CONSOLE_LEVEL: "error",
           EXPRESS_MORGAN_DIRECTORY: path.join(dir, "logs"), FS_LOCAL_STORAGE_DIR: path.join(dir, "storage") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const port = await new Promise((resolve, reject) => {
    server.stdout.on("data", (c) => {
      log += c;
      const m = /LRS-PORT (\d+)/.exec(log);
      if (m) resolve(Number(m[1]));
    });
    server.stderr.on("data", (c) => (log += c));
    server.on("exit", (code) => reject(new Error(`the LRS exited (${code}) before listening:\n${log}`)));
  });
  console.log(`xapi-statements listens on 127.0.0.1:${port}`);

  send(port);
  const stored = await all(port);
  if (stored.length !== sent.length) fail(`sent ${sent.length} statements, the LRS holds ${stored.length}`);
  const byId = new Map(stored.map((s) => [s.id, s]));
  for (const s of sent) {
    const back = byId.get(s.id);
    if (!back) fail(`statement ${s.id} (${s.verb.id}) is not in the LRS`);
    for (const key of ["actor", "verb", "object", "result", "context"])
      if (!same(back[key], s[key]))
        fail(`statement ${s.id}: ${key} came back as ${JSON.stringify(back[key]).slice(0, 400)}\n` +
             `sent ${JSON.stringify(s[key]).slice(0, 400)}`);
    if (Date.parse(back.timestamp) !== Date.parse(s.timestamp))
      fail(`statement ${s.id}: timestamp ${back.timestamp}, sent ${s.timestamp}`);
  }
  console.log(`read back ${stored.length} statements, each as sent`);

  send(port);
  const again = await all(port);
  if (again.length !== sent.length)
    fail(`after sending twice the LRS holds ${again.length} statements, not ${sent.length}`);
  console.log(`sent twice: the LRS still holds ${again.length}`);
  stop();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log("1 passed, 0 failed");
}

main().catch((e) => fail(e.stack || String(e)));
