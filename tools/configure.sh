#!/usr/bin/env bash
# Configures build/PRESET with `cmake --preset PRESET [ARGS...]`. The presets
# build with Ninja; a build folder an older checkout configured with another
# generator (Unix Makefiles) cannot be configured again with Ninja, so its
# CMake cache is cleared first (the build starts over once; its other files,
# such as test logs, stay).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:?usage: tools/configure.sh PRESET [CMAKE-ARGS...]}
shift
dir=build/$preset
if [[ -f $dir/CMakeCache.txt ]] && ! grep -qx 'CMAKE_GENERATOR:INTERNAL=Ninja' "$dir/CMakeCache.txt"; then
  echo "configure: $dir was made with another generator; starting it over with Ninja"
  rm -rf "$dir/CMakeCache.txt" "$dir/CMakeFiles"
fi
exec cmake --preset "$preset" "$@"
