#!/usr/bin/env bash
# The app as `make run` serves it, for the Playwright specs that need accounts:
# PocketBase on 127.0.0.1:PORT serving the release build in DIST (with config.json
# pointing at PocketBase) and the API, on a fresh copy of the seeded demo network.
#
#   tests/e2e/pocketbase-server.sh PORT [DIST]
#
# Runs in the foreground (Playwright's webServer); the copy is removed on exit.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
port="${1:?usage: pocketbase-server.sh PORT [DIST]}"
dist="${2:-$root/dist}"
pb="$("$root/backend/pocketbase/install.sh")"
template="$("$root/backend/pocketbase/seeded.sh")"
work="$(mktemp -d "${TMPDIR:-/tmp}/knooppunt-e2e-pb.XXXXXX")"
cp -a "$template/." "$work/pb_data"
node "$root/backend/pocketbase/site.mjs" --dist "$dist" --out "$work/site" >&2
"$pb" serve --http "127.0.0.1:$port" --dir "$work/pb_data" --publicDir "$work/site" \
  --migrationsDir "$root/backend/pocketbase/pb_migrations" \
  --hooksDir "$root/backend/pocketbase/pb_hooks" &
pid=$!
stop() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT
trap 'exit 143' TERM INT
wait "$pid"
