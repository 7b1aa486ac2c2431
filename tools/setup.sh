#!/usr/bin/env bash
# Installs the Debian 12 packages Svara needs to build, play and test.
#   tools/setup.sh           everything: the game, svara-tool, the tests and the fuzz build
#   tools/setup.sh --play    only what building and playing needs (no clang)
# Quiet when everything is there. As root it installs what is missing with
# apt-get; otherwise it prints the command to run and exits 1.
set -euo pipefail

play_packages=(cmake make gcc libc6-dev pkg-config libsdl2-dev libsdl2-ttf-dev libcjson-dev
               libphysfs-dev libcmocka-dev libzip-dev fonts-dejavu-core zip graphviz)
test_packages=(clang-14 libclang-rt-14-dev)

case "${1:-}" in
  --play) wanted=("${play_packages[@]}") ;;
  "") wanted=("${play_packages[@]}" "${test_packages[@]}") ;;
  -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: tools/setup.sh [--play]" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "setup: this is not a Debian system, so nothing was checked or installed." >&2
  echo "setup: Svara needs (Debian 12 names): ${wanted[*]}" >&2
  exit 0
fi

missing=()
for pkg in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == installed ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
  echo "setup: missing Debian packages: ${missing[*]}" >&2
  echo "setup: install them with:" >&2
  echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
