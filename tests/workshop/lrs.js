// Starts the xapi-statements LRS (tools/node, npm) bound to 127.0.0.1 on a
// free port, whatever its own configuration says, and prints "LRS-PORT N"
// once it listens. tests/workshop/lrs_roundtrip.js runs it, inside a network
// namespace of its own when it can (tests/workshop/confined.sh).
"use strict";
const net = require("net");
const path = require("path");

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const server = this;
  const done = args.find((a) => typeof a === "function");
  return listen.call(this, 0, "127.0.0.1", function () {
    console.log("LRS-PORT " + server.address().port);
    if (done) done();
  });
};
require(path.resolve(__dirname, "../../tools/node/node_modules/xapi-statements/dist/index.js"));
