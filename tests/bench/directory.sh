#!/usr/bin/env bash
# On-demand benchmark of the member directory with 10 000 members, on both backends, in
# headless Chromium (tests/bench/directory-search.mjs): time to the first member on a cold
# load of /members, and from a keystroke in "Zoek leden" to the updated result list
# (median and p95 over 50 keystrokes). Prints figures; never asserts a time.
#
#   tests/bench/directory.sh            uses dist/ (built when missing) and the large network
#   BENCH_KEYSTROKES=100 BENCH_RUNS=9   (defaults 50 and 5)
#
# StaticJson: a copy of dist/ with bench-data/data (10 000 members) as its data/, served
# by scripts/serve.mjs. PocketBase: a copy of the seeded template bench-data/pb-large
# (made by tests/bench/pocketbase.sh --seed-only, ~30 min the first time) with the current
# migrations and pb_hooks, serving the same build itself; measured as a visitor and as a
# logged-in demo member.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
KEYS="${BENCH_KEYSTROKES:-50}"
RUNS="${BENCH_RUNS:-5}"
work="$root/bench-data/directory-run"

# shellcheck source=tests/bench/large-pocketbase.sh
source "$root/tests/bench/large-pocketbase.sh"
trap 'stop_benchmark_children; rm -rf "$work"' EXIT
trap 'exit 130' INT

[[ -f dist/index.html ]] || node scripts/build.mjs
tests/bench/pocketbase.sh --seed-only >&2 # also generates bench-data/data when missing
rm -rf "$work"
mkdir -p "$work"

# ── StaticJson ──────────────────────────────────────────────────────────────────────
cp -r dist "$work/static"
rm -rf "$work/static/data"
cp -r bench-data/data "$work/static/data"
port="$(free_port)"
node scripts/serve.mjs --dir "$work/static" --host 127.0.0.1 --port "$port" >/dev/null &
bench_children+=($!)
wait_for "http://127.0.0.1:$port/config.json"
node tests/bench/directory-search.mjs --url "http://127.0.0.1:$port" --runs "$RUNS" --keystrokes "$KEYS" \
  --label "StaticJson, 10 000 leden"

# ── PocketBase ──────────────────────────────────────────────────────────────────────
start_large_pocketbase "$work"
port="${LARGE_PB_URL##*:}"
member="$(node -e 'const m = require(process.argv[1]); console.log(m[0].id)' "$root/bench-data/data/members.json")"
node tests/bench/directory-search.mjs --url "http://127.0.0.1:$port" --runs "$RUNS" --keystrokes "$KEYS" \
  --label "PocketBase, 10 000 leden, bezoeker"
node tests/bench/directory-search.mjs --url "http://127.0.0.1:$port" --runs "$RUNS" --keystrokes "$KEYS" \
  --label "PocketBase, 10 000 leden, ingelogd lid" --login "$member@demo.knooppunt.nl:knooppunt-demo"
