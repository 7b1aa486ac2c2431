#!/usr/bin/env bash
# Builds and tests Svara the way CI does:
#   1. default preset (RelWithDebInfo, gcc warnings as errors): build + every test
#   2. asan preset (ASan + UBSan): build + every test again
#   3. fuzz preset (clang-14 + libFuzzer): build the fuzz targets, fuzz each briefly
#   4. clang's svara-tool replays every golden replay: same hash as gcc's builds
# Installs what is missing first (tools/setup.sh: Debian packages, and ajv-cli
# for the schema tests). Exits non-zero if anything failed; the last line sums
# the tests of runs 1 and 2.
# Environment: SV_FUZZ_SECONDS (default 3) seconds per fuzz target.
set -uo pipefail
cd "$(dirname "$0")/.."

# The Debian packages first; the npm packages (about 25 s) install while the
# default build compiles, and the first tests wait for them.
tools/setup.sh --system || exit 1
mkdir -p build
tools/setup.sh --npm >build/setup-npm.log 2>&1 &
npm_pid=$!
wait_npm() {
  [[ -z $npm_pid ]] && return 0
  local rc=0
  wait "$npm_pid" || rc=$?
  npm_pid=
  cat build/setup-npm.log
  if [[ $rc -ne 0 ]]; then
    summary+=("setup: the npm packages FAILED to install (see build/setup-npm.log)")
    failed=$((failed + 1)); status=1
  fi
}

passed=0
failed=0
summary=()
status=0
fuzz_seconds=${SV_FUZZ_SECONDS:-3}

note() { printf '\n==== %s\n' "$*"; }

# ctest's closing line, "N% tests passed, F tests failed out of T", gives the counts.
count_tests() {
  local log=$1 line total fail
  line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1)
  if [[ -z "$line" ]]; then echo "0 0"; return; fi
  fail=$(sed -E 's/.* ([0-9]+) tests? failed out of.*/\1/' <<<"$line")
  total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")
  echo "$((total - fail)) $fail"
}

# run_preset NAME COUNTED EXTRA-CONFIGURE-ARGS...
run_preset() {
  local name=$1 counted=$2; shift 2
  local log=build/test-$name.log
  local start=$SECONDS
  note "$name: configure"
  if ! tools/configure.sh "$name" "$@" >"$log" 2>&1; then
    cat "$log"
    summary+=("$name: configure FAILED (see $log)")
    failed=$((failed + 1)); status=1; return
  fi
  note "$name: build"
  if ! cmake --build --preset "$name" >>"$log" 2>&1; then
    # Show the compiler's complaints, not the whole build log.
    grep -E -A4 ': (error|warning):|^FAILED:|undefined reference' "$log" | head -n 80 ||
      tail -n 40 "$log"
    summary+=("$name: build FAILED (see $log)")
    failed=$((failed + 1)); status=1; return
  fi
  echo "built (log: $log)"
  wait_npm
  note "$name: test"
  ctest --preset "$name" 2>&1 | tee -a "$log"
  local rc=${PIPESTATUS[0]}
  read -r p f < <(count_tests "$log")
  if [[ $rc -ne 0 && $f -eq 0 ]]; then f=1; fi  # ctest failed without a count (e.g. no tests)
  if [[ $counted -eq 1 ]]; then
    passed=$((passed + p)); failed=$((failed + f))
  elif [[ $rc -ne 0 ]]; then
    failed=$((failed + 1))
  fi
  [[ $rc -ne 0 ]] && status=1
  summary+=("$(printf '%-8s %3d passed, %d failed  (%ds)' "$name:" "$p" "$f" $((SECONDS - start)))")
}

# Leaks are checked in every sanitizer test. A 16 MB quarantine of freed
# memory (ASan's default is 256 MB) and allocation stacks of 8 frames (30)
# take about an eighth off the sanitizer tests' CPU time (fewer fresh
# pages faulted in, shorter stacks kept at each malloc); a use after free
# is still caught until 16 MB have been freed since, and reports still
# name 8 callers.
export ASAN_OPTIONS=detect_leaks=1:quarantine_size_mb=16:malloc_context_size=8
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# The sources' layout is .clang-format's (CONVENTIONS.md, "Style").
check_style() {
  note "style: clang-format --dry-run --Werror"
  local files out
  mapfile -t files < <(git ls-files '*.c' '*.h' 2>/dev/null ||
                       find game include tools tests -name '*.[ch]' -not -path '*/node_modules/*')
  if out=$(clang-format --dry-run --Werror "${files[@]}" 2>&1); then
    summary+=("$(printf '%-8s %3d files formatted as .clang-format says' "style:" "${#files[@]}")")
  else
    echo "$out" | grep -E '^[^ ].*(error|warning):' | head -n 40
    echo "(clang-format -i FILE fixes a file)"
    summary+=("style:   FAILED: files not formatted as .clang-format says")
    failed=$((failed + 1)); status=1
  fi
}
check_style

# gcc's warnings are errors here, as in CI. The fuzz build is about crashes, and
# clang warns about a few things gcc does not: its warnings stay in its log.
# The sanitizer builds keep line tables only (-g1) as debug information: their
# reports still name each frame's function, file and line, and the builds take
# about 15 % less CPU (a developer's own asan build keeps the preset's full -g).
run_preset default 1 -DSV_WERROR=ON
run_preset asan 1 -DSV_WERROR=ON -DCMAKE_C_FLAGS_DEBUG=-g1
run_preset fuzz 0 -DSV_WERROR=OFF -DSV_FUZZ_SECONDS="$fuzz_seconds" \
  "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG"

# The same replay must give the same state hash on every build: the default
# and asan runs check the golden replays with gcc at -O2/-O3 and -O1; here clang's
# build (from the fuzz preset) checks them too.
check_replays_with() {
  local name=$1 tool=$2 ok=0 bad=0
  note "$name: golden replays"
  if [[ ! -x $tool ]]; then
    summary+=("$name: replays NOT RUN ($tool missing)"); failed=$((failed + 1)); status=1; return
  fi
  for replay in tests/replays/*.json; do
    # the scenario is the one the replay names
    scenario=$(sed -nE 's/.*"scenario":[[:space:]]*"([a-z0-9_-]+)".*/\1/p' "$replay" | head -n 1)
    if "$tool" play scenarios/sample "$scenario" --replay "$replay" 2>&1 | grep -q ': matches$'; then
      ok=$((ok + 1))
    else
      echo "hash differs: $replay"; bad=$((bad + 1))
    fi
  done
  passed=$((passed + ok)); failed=$((failed + bad))
  [[ $bad -ne 0 ]] && status=1
  summary+=("$(printf '%-8s %3d passed, %d failed  (golden replays)' "$name:" "$ok" "$bad")")
}
check_replays_with clang build/fuzz/svara-tool

wait_npm # (when no build got as far as its tests)
note "summary"
for line in "${summary[@]}"; do echo "$line"; done
echo "(the fuzz runs are not in the count below; the build and test logs are build/test-*.log)"
echo "$passed passed, $failed failed"
exit $status
