#!/usr/bin/env bash
# make bench-load: the rush of issue #16 (tests/bench/load-rush.mjs) against PocketBase with
# the large network, on loopback. Reuses the seeded template (tests/bench/pocketbase.sh
# --seed-only seeds it once, ~30 min on 2 cores) and measures a copy with the current
# migrations and pb_hooks. Installs wrk (Debian package) when missing. Never asserts a time.
#
#   BENCH_CLIENTS=50,200 BENCH_DURATION=60 BENCH_ACCOUNTS=100   (defaults shown)
#   BENCH_WORD=beleid BENCH_PROVINCE=zuid-holland               the directory search
#   BENCH_SKIP_TOTAL=0    replay post lists with their COUNT, as the adapter asked before #16
#   BENCH_PB_FLAGS="--hooksPool=15"   flags for `pocketbase serve` instead of the production
#                         setting --hooksPool=400 (backend/pocketbase/run.sh), to compare
#   BENCH_REALTIME_CLIENTS=1000   realtime streams held at once after the rush
#                         (tests/bench/realtime-fanout.mjs; 0 skips it)
set -euo pipefail
# 1 000 realtime streams need as many sockets on each side (the default limit is 1 024).
ulimit -n 65536 2>/dev/null || ulimit -n 8192 2>/dev/null || true
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
pbdir="$root/backend/pocketbase"
run="$root/bench-data/pb-rush"

if ! command -v wrk >/dev/null 2>&1; then
  echo "bench: wrk installeren (apt-get install -y wrk)" >&2
  apt-get install -y wrk >&2 || { apt-get update >&2 && apt-get install -y wrk >&2; }
fi
tests/bench/pocketbase.sh --seed-only
pb="$("$pbdir/install.sh")"

pb_pid=""
cleanup() {
  if [[ -n "$pb_pid" ]]; then kill -TERM "$pb_pid" 2>/dev/null || true; wait "$pb_pid" 2>/dev/null || true; fi
  rm -rf "$run"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

rm -rf "$run"
cp -a "$root/bench-data/pb-large/." "$run/"
rm -f "$run/.complete"
"$pb" migrate up --dir "$run" --migrationsDir "$pbdir/pb_migrations" >&2
port="$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => {
  process.stdout.write(`${s.address().port}\n`); s.close(); })')"
"$pb" serve --http "127.0.0.1:$port" --dir "$run" --publicDir "$run/.no-public" \
  --migrationsDir "$pbdir/pb_migrations" --hooksDir "$pbdir/pb_hooks" --hooksWatch=false \
  ${BENCH_PB_FLAGS:---hooksPool=400} >"$run/.serve.log" 2>&1 &
pb_pid=$!
url="http://127.0.0.1:$port"
for ((i = 0; ; i++)); do
  kill -0 "$pb_pid" 2>/dev/null || { cat "$run/.serve.log" >&2; exit 1; }
  curl -fsS -o /dev/null "$url/api/health" 2>/dev/null && break
  ((i < 600)) || { echo "bench: PocketBase antwoordde niet" >&2; exit 1; }
  sleep 0.1
done

echo "== PocketBase $("$pb" --version | awk '{print $NF}'), groot netwerk, $(nproc) cores =="
# bounded: every wrk run lasts BENCH_DURATION s; the whole run at most 5 min per round more
timeout "$(( (${BENCH_DURATION:-60} + 300) * 2 ))" node tests/bench/load-rush.mjs --url "$url" --pid "$pb_pid" \
  --members bench-data/data/members.json --clients "${BENCH_CLIENTS:-50,200}" \
  --duration "${BENCH_DURATION:-60}" --accounts "${BENCH_ACCOUNTS:-100}" \
  --word "${BENCH_WORD:-beleid}" --province "${BENCH_PROVINCE:-zuid-holland}" \
  --skip-total "${BENCH_SKIP_TOTAL:-1}"
if [[ "${BENCH_REALTIME_CLIENTS:-1000}" != 0 ]]; then
  echo
  echo "== live naar velen: ${BENCH_REALTIME_CLIENTS:-1000} realtime-streams =="
  timeout 600 node tests/bench/realtime-fanout.mjs --url "$url" --members bench-data/data/members.json \
    --memberships bench-data/data/memberships.json --clients "${BENCH_REALTIME_CLIENTS:-1000}" \
    --accounts "${BENCH_ACCOUNTS:-100}"
fi
grep -c "database is locked" "$run/.serve.log" | sed 's/^/"database is locked" in het serverlog: /' || true
