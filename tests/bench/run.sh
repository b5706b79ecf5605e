#!/usr/bin/env bash
# On-demand benchmark of the release build. Prints figures; never asserts a time.
#
#   tests/bench/run.sh              build the release (scripts/build.mjs), then measure
#   tests/bench/run.sh --no-build   measure the existing dist/
#   BENCH_RUNS=9 tests/bench/run.sh  more page loads (default 5)
#
# Sizes: the 30 largest items of the main module (twiggy), per route the bytes of a first
# visit (tests/bench/first-visit.mjs), WASM raw / gzip -9 / brotli (quality 11), JS, CSS.
# Load: median (and all values) of fresh-context headless-Chromium loads of /members,
# from navigation start to the first member link visible in the list "Leden".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: onbekende optie $arg" >&2; exit 2 ;;
  esac
done

if [[ "$build" == 1 ]]; then
  echo "bench: node scripts/build.mjs"
  node scripts/build.mjs
fi
[[ -f dist/index.html ]] || { echo "bench: dist/index.html ontbreekt; draai zonder --no-build" >&2; exit 1; }

PORT="${BENCH_PORT:-8092}"
node scripts/serve.mjs --dir dist --port "$PORT" >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT

# Where the bytes go: the largest items of the main module, with the names that
# scripts/build.mjs keeps in target/release-build (dist/ has none).
if ! command -v twiggy >/dev/null 2>&1; then
  echo "bench: twiggy 0.8.0 installeren (cargo install)"
  cargo install twiggy --version 0.8.0 --locked
fi
for entry in knooppunt:30 knooppunt-embed:15; do
  named="target/release-build/${entry%%:*}/named_bg.wasm"
  if [[ -f "$named" ]]; then
    echo; echo "== de ${entry##*:} grootste delen van de hoofdmodule van ${entry%%:*} (twiggy top, vóór wasm-opt) =="
    twiggy top -n "${entry##*:}" "$named" | cut -c1-160
  fi
done

node tests/bench/first-visit.mjs --dir dist --url "http://127.0.0.1:$PORT"
node tests/bench/load.mjs --dir dist --url "http://127.0.0.1:$PORT" --runs "${BENCH_RUNS:-5}"
