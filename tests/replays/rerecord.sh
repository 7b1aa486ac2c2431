#!/usr/bin/env bash
# Re-records every golden replay's hash with the current build. Use it only
# after a deliberate change to the engine, the scoring rules or the sample
# scenario, and say in the commit why the outcome changed.
# usage: tests/replays/rerecord.sh [path/to/svara-tool]
set -euo pipefail
cd "$(dirname "$0")/../.."
tool=${1:-build/default/svara-tool}
for replay in tests/replays/*.json; do
  "$tool" play scenarios/sample parcel --replay "$replay" --record "$replay.new" >/dev/null || true
  mv "$replay.new" "$replay"
  echo "re-recorded $replay: $(grep -o '"hash":[^,}]*' "$replay")"
done
