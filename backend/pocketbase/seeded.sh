#!/usr/bin/env bash
# Prints the path of a PocketBase data dir with the migrations applied and the demo
# network seeded, for tests to copy (`cp -a "$dir/." "$work/"`) before starting
# PocketBase on the copy. Never start PocketBase on the template itself.
#
#   dir="$(backend/pocketbase/seeded.sh)"     # logs to stderr, only the path to stdout
#
# Cached under target/pb-seeded/<hash>, where the hash covers requirements.txt (the
# PocketBase version), pb_migrations/, pb_hooks/, seed.mjs and public/data/*.json: it is
# seeded (~40 s on 2 cores) once per change of those, after that this returns at once.
# Superuser: root@knooppunt.test / superuser-test-password-1. Demo members:
# <model id>@demo.knooppunt.nl / knooppunt-demo. A template counts only once its
# `.complete` marker exists (written after PocketBase stopped cleanly); it is built in a
# temporary dir and renamed into place, and concurrent callers wait for each other (flock).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

SUPERUSER_EMAIL="root@knooppunt.test"
SUPERUSER_PASSWORD="superuser-test-password-1"

log() { printf 'seeded: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

# Everything the seeded data depends on, by path and content, in a stable order.
inputs() {
  {
    echo backend/pocketbase/requirements.txt
    echo backend/pocketbase/seed.mjs
    find backend/pocketbase/pb_migrations backend/pocketbase/pb_hooks -type f 2>/dev/null
    find public/data -maxdepth 1 -type f -name '*.json'
  } | LC_ALL=C sort
}
hash="$(inputs | while IFS= read -r f; do sha256sum -- "$f"; done | sha256sum | cut -c1-16)"
cache="$root/target/pb-seeded"
dir="$cache/$hash"

if [[ -f "$dir/.complete" ]]; then
  echo "$dir"
  exit 0
fi

mkdir -p "$cache"
if command -v flock >/dev/null 2>&1; then
  exec 9>"$cache/.lock"
  if ! flock -n 9; then
    log "een ander proces maakt de template al; wachten…"
    flock 9
  fi
  if [[ -f "$dir/.complete" ]]; then
    echo "$dir"
    exit 0
  fi
  # Holding the lock, no other run is building: leftovers of killed runs can go.
  rm -rf "$cache"/.tmp-*
fi

pb="$("$here/install.sh")"
work="$(mktemp -d "$cache/.tmp-$hash.XXXXXX")"
pb_pid=""
seed_pid=""
# shellcheck disable=SC2317  # called from the traps
cleanup() {
  if [[ -n "$seed_pid" ]]; then
    kill -TERM "$seed_pid" 2>/dev/null || true
    wait "$seed_pid" 2>/dev/null || true
  fi
  if [[ -n "$pb_pid" ]]; then
    kill -TERM "$pb_pid" 2>/dev/null || true
    wait "$pb_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

t0="$(date +%s)"
log "template $hash maken (migraties, demonetwerk laden; ~40 s)"
"$pb" migrate up --dir "$work" --migrationsDir "$here/pb_migrations" >&2
"$pb" superuser upsert "$SUPERUSER_EMAIL" "$SUPERUSER_PASSWORD" --dir "$work" >&2

# A free loopback port (the kernel picks one; a race with another process is unlikely
# and would only make this run fail).
port="$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => {
  process.stdout.write(`${s.address().port}\n`); s.close(); })')"
hook_args=()
[[ -d "$here/pb_hooks" ]] && hook_args=(--hooksDir "$here/pb_hooks" --hooksWatch=false)
"$pb" serve --http "127.0.0.1:$port" --dir "$work" --publicDir "$work/.no-public" \
  --migrationsDir "$here/pb_migrations" "${hook_args[@]}" >&2 &
pb_pid=$!
url="http://127.0.0.1:$port"
for ((i = 0; ; i++)); do
  kill -0 "$pb_pid" 2>/dev/null || die "PocketBase stopte tijdens het starten"
  if node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(2000) })
      .then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$url/api/health"; then
    break
  fi
  ((i < 300)) || die "PocketBase antwoordde na 30 s nog niet op $url/api/health"
  sleep 0.1
done

# In the background and waited for, so that a signal stops it at once.
node "$here/seed.mjs" --url "$url" --superuser "$SUPERUSER_EMAIL:$SUPERUSER_PASSWORD" \
  --data "$root/public/data" >&2 &
seed_pid=$!
rc=0
wait "$seed_pid" || rc=$?
seed_pid=""
[[ "$rc" == 0 ]] || die "het demonetwerk laden mislukte (status $rc)"

# Stop PocketBase cleanly (SIGTERM): the SQLite files are checkpointed and closed, so a
# copy is consistent.
kill -TERM "$pb_pid"
rc=0
wait "$pb_pid" || rc=$?
pb_pid=""
[[ "$rc" == 0 ]] || die "PocketBase stopte niet netjes (status $rc)"
rm -rf "$work/.no-public"
date -u +%Y-%m-%dT%H:%M:%SZ >"$work/.complete"

# Swap into place; templates of older inputs are no longer used.
rm -rf "$dir"
chmod 755 "$work"
mv -T "$work" "$dir"
for old in "$cache"/*; do
  [[ -d "$old" && "$old" != "$dir" ]] && rm -rf "$old"
done
log "template klaar in $(( $(date +%s) - t0 )) s: $dir"
echo "$dir"
