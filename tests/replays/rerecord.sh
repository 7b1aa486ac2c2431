#!/usr/bin/env bash
# Re-records every golden replay's hash with the current build. Use it only
# after a deliberate change to the engine, the scoring rules or the sample
# scenario, and say in the commit why the outcome changed.
# usage: tests/replays/rerecord.sh [path/to/svara-tool]
set -euo pipefail
cd "$(dirname "$0")/../.."
tool=${1:-build/default/svara-tool}
hash_of() { grep -o '"hash":[^,}]*' "$1" | grep -o '[0-9a-f]\{16\}'; }
old=$(hash_of tests/replays/good-seed7.json)
for replay in tests/replays/*.json; do
  scenario=$(grep -o '"scenario":[^,}]*' "$replay" | grep -o '[a-z0-9_-]*"$' | tr -d '"')
  "$tool" play scenarios/sample "$scenario" --replay "$replay" --record "$replay.new" >/dev/null || true
  mv "$replay.new" "$replay"
  echo "re-recorded $replay: $(grep -o '"hash":[^,}]*' "$replay")"
done
# tests/replays/refused/ holds copies of good-seed7 with one change each: they
# follow its new hash (edited-hash.json keeps being one digit off).
new=$(hash_of tests/replays/good-seed7.json)
for replay in tests/replays/refused/*.json; do
  if [[ $(basename "$replay") == edited-hash.json ]]; then
    last=${new: -1}; off=$([[ $last == f ]] && echo 0 || printf '%x' $((16#$last + 1)))
    sed -i "s/\"[0-9a-f]\{16\}\"/\"${new%?}$off\"/" "$replay"
  else
    sed -i "s/$old/$new/" "$replay"
  fi
  echo "updated $replay: $(hash_of "$replay")"
done
