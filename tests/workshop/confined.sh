#!/bin/sh
# Runs a command with no network but its own loopback when the machine lets
# us (root, or user namespaces): `unshare -n`, then `ip link set lo up`. A
# server it starts cannot be reached from, or reach, anything else. Without
# that, the command runs as it is (tests/workshop/lrs.js still binds the LRS
# to 127.0.0.1 only).
if unshare -n true 2>/dev/null && command -v ip >/dev/null 2>&1; then
  exec unshare -n sh -c 'ip link set lo up && exec "$@"' sh "$@"
fi
echo "confined.sh: no network namespace here; the LRS listens on 127.0.0.1 only" >&2
exec "$@"
