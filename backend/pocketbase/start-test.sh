#!/usr/bin/env bash
# Starts a PocketBase for tests: start-test.sh PORT DATADIR [SUPERUSER_EMAIL SUPERUSER_PASSWORD]
# Installs the pinned PocketBase if needed, applies pb_migrations to DATADIR,
# creates/updates the superuser when given, then serves on 127.0.0.1:PORT in the
# foreground (exec: the caller's pid is PocketBase's pid; stop it with SIGTERM).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
port="${1:?usage: start-test.sh PORT DATADIR [SUPERUSER_EMAIL SUPERUSER_PASSWORD]}"
datadir="${2:?usage: start-test.sh PORT DATADIR [SUPERUSER_EMAIL SUPERUSER_PASSWORD]}"
pb="$("$here/install.sh")"
# KNOOPPUNT_PB_MIGRATIONS: another migrations folder (used to check that the
# security tests fail when a rule is loosened).
migrations="${KNOOPPUNT_PB_MIGRATIONS:-$here/pb_migrations}"
mkdir -p "$datadir"
"$pb" migrate up --dir "$datadir" --migrationsDir "$migrations" >&2
if [ $# -ge 4 ]; then
  "$pb" superuser upsert "$3" "$4" --dir "$datadir" >&2
fi
hooks=()
[ -d "$here/pb_hooks" ] && hooks=(--hooksDir "$here/pb_hooks")
# KNOOPPUNT_PB_PUBLIC_DIR: also serve that folder (a build) as PocketBase's public dir.
public=()
[ -n "${KNOOPPUNT_PB_PUBLIC_DIR:-}" ] && public=(--publicDir "$KNOOPPUNT_PB_PUBLIC_DIR")
exec "$pb" serve --http "127.0.0.1:$port" --dir "$datadir" \
  --migrationsDir "$migrations" "${hooks[@]}" "${public[@]}"
