#!/usr/bin/env bash
# Installs what Svara needs to build, play and test on Debian 12.
#   tools/setup.sh           everything: the game, svara-tool, the tests, the fuzz build,
#                            the JSON Schema validator (ajv-cli), and what the workshop
#                            export tests use: the xAPI validator and a real LRS
#                            (npm), headless Chromium for the certificate and the HTML
#                            report, and iproute2 to keep the LRS on a loopback of its own
#   tools/setup.sh --play    only what building and playing needs (no clang, no node, no Chromium)
#   tools/setup.sh --system  everything but the npm packages; tools/setup.sh --npm: only those
#                            (tools/test.sh installs them while the first build runs)
# Quiet when everything is there. As root it installs what is missing with
# apt-get; otherwise it prints the command to run and exits 1. node and npm
# come from Debian (nodejs, npm) only when the commands are missing, so a node
# installed another way is used as it is; ajv-cli, @learninglocker/xapi-validation
# and xapi-statements come from the npm registry into tools/node/node_modules, at
# the versions tools/node/package-lock.json pins.
set -euo pipefail

play_packages=(cmake ninja-build make gcc libc6-dev pkg-config libsdl2-dev libsdl2-ttf-dev libcjson-dev
               libphysfs-dev libcmocka-dev libzip-dev libcurl4-openssl-dev fonts-dejavu-core zip
               graphviz)
# chromium: the certificate and the workshop report are opened headless and printed to PDF
test_packages=(clang-14 libclang-rt-14-dev clang-format-14 chromium iproute2)
node_packages=(nodejs npm) # for the schema tests; only when `node` or `npm` is missing

want_node=0
npm_packages=1 # with want_node: the npm packages too
case "${1:-}" in
  --play) wanted=("${play_packages[@]}") ;;
  "") wanted=("${play_packages[@]}" "${test_packages[@]}"); want_node=1 ;;
  --system) wanted=("${play_packages[@]}" "${test_packages[@]}"); want_node=1; npm_packages=0 ;;
  --npm) wanted=(); want_node=1 ;;
  -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: tools/setup.sh [--play | --system | --npm]" >&2; exit 2 ;;
esac

have_node() { command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; }

# The npm packages the tests use, with npm ci when tools/node/node_modules is
# missing, older than the lock file or lacks one of them.
node_modules() {
  local dir lock installed
  dir="$(cd "$(dirname "$0")" && pwd)/node"
  lock=$dir/package-lock.json
  installed=$dir/node_modules/.package-lock.json
  [[ -f $installed && ! $lock -nt $installed && -f $dir/node_modules/ajv-cli/package.json &&
     -f $dir/node_modules/@learninglocker/xapi-validation/package.json &&
     -f $dir/node_modules/xapi-statements/package.json ]] && return 0
  echo "setup: installing the tests' npm packages into tools/node/node_modules (npm ci)"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
}

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "setup: this is not a Debian system, so nothing was checked or installed." >&2
  echo "setup: Svara needs (Debian 12 names): ${wanted[*]}" >&2
  if [[ $want_node -eq 1 ]]; then
    if ! have_node; then echo "setup: and node with npm, for the tests" >&2
    elif [[ $npm_packages -eq 1 ]]; then node_modules; fi
  fi
  exit 0
fi

missing=()
for pkg in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == installed ]] || missing+=("$pkg")
done
if [[ $want_node -eq 1 ]] && ! have_node; then missing+=("${node_packages[@]}"); fi

if [[ ${#missing[@]} -gt 0 ]]; then
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
fi

if [[ $want_node -eq 1 && $npm_packages -eq 1 ]]; then node_modules; fi
