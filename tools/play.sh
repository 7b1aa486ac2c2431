#!/usr/bin/env bash
# Builds Svara (the default preset) and starts the game. Extra arguments go to
# the game, e.g. tools/play.sh --frames 600.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/setup.sh --play
mkdir -p build
tools/configure.sh default >build/configure-default.log 2>&1 || { cat build/configure-default.log; exit 1; }
cmake --build --preset default --target svara

game=build/default/game/svara
headless=0
for arg in "$@"; do [[ "$arg" == --headless ]] && headless=1; done
if [[ $headless -eq 0 && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${SDL_VIDEODRIVER:-}" ]]; then
  cat >&2 <<MSG
play: there is no display to open a window on (DISPLAY and WAYLAND_DISPLAY are
play: not set). The game is built; to run it without a window, try:

  $game --headless --frames 300 --screenshot shot.bmp

play: or run tools/play.sh from a desktop session (or over ssh -X).
MSG
  exit 1
fi
exec "$game" "$@"
