# Sourced by the benchmark scripts: helpers to serve the built app with PocketBase on a
# copy of the large network (bench-data/pb-large, made by tests/bench/pocketbase.sh
# --seed-only), with the current migrations and pb_hooks.
#
#   source tests/bench/large-pocketbase.sh
#   start_large_pocketbase WORKDIR     # sets LARGE_PB_URL; stopped by stop_benchmark_children
#   free_port; wait_for URL

bench_children=()
stop_benchmark_children() {
  for pid in "${bench_children[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}

free_port() {
  node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => {
    process.stdout.write(`${s.address().port}\n`); s.close(); })'
}

wait_for() {
  local url="$1" i
  for ((i = 0; i < 1200; i++)); do
    node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(2000) })
      .then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$url" && return 0
    sleep 0.1
  done
  printf 'bench: geen antwoord van %s\n' "$url" >&2
  return 1
}

start_large_pocketbase() {
  local work="$1" root pbdir pb port t0
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  pbdir="$root/backend/pocketbase"
  "$root/tests/bench/pocketbase.sh" --seed-only >&2
  pb="$("$pbdir/install.sh")"
  rm -rf "$work/pb_data" "$work/site"
  mkdir -p "$work"
  cp -r "$root/bench-data/pb-large" "$work/pb_data"
  node "$pbdir/site.mjs" --dist "$root/dist" --out "$work/site" >&2
  port="$(free_port)"
  t0=$(date +%s)
  "$pb" serve --http "127.0.0.1:$port" --dir "$work/pb_data" --publicDir "$work/site" \
    --migrationsDir "$pbdir/pb_migrations" --hooksDir "$pbdir/pb_hooks" --hooksWatch=false \
    >"$work/pb.log" 2>&1 &
  bench_children+=($!)
  LARGE_PB_URL="http://127.0.0.1:$port"
  wait_for "$LARGE_PB_URL/api/health"
  printf 'bench: PocketBase klaar in %s s (nieuwe migraties en het vullen van de zoekkolommen inbegrepen)\n' \
    "$(($(date +%s) - t0))" >&2
}
