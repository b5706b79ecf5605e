#!/usr/bin/env bash
# On-demand benchmark of the knowledge wall with the large network in PocketBase (50 000
# posts, 10 000 members), in headless Chromium (tests/bench/wall.mjs). Prints figures;
# never asserts a time.
#
#   tests/bench/wall.sh          uses dist/ (built when missing)
#   BENCH_RUNS=9 BENCH_LIVE=40   (defaults 5 cold loads, 20 live posts)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
work="$root/bench-data/wall-run"
# shellcheck source=tests/bench/large-pocketbase.sh
source "$root/tests/bench/large-pocketbase.sh"
trap 'stop_benchmark_children; rm -rf "$work"' EXIT
trap 'exit 130' INT

[[ -f dist/index.html ]] || node scripts/build.mjs
start_large_pocketbase "$work"
member="$(node -e 'const m = require(process.argv[1]); console.log(m[1].id)' "$root/bench-data/data/members.json")"
node tests/bench/wall.mjs --url "$LARGE_PB_URL" --runs "${BENCH_RUNS:-5}" --live "${BENCH_LIVE:-20}" \
  --writer "$member@demo.knooppunt.nl:knooppunt-demo"
