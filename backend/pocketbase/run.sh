#!/usr/bin/env bash
# Serves Knooppunt with a real PocketBase: the built app and the API on one origin.
#
#   backend/pocketbase/run.sh [--host 127.0.0.1] [--port 8080] [--dist dist] [--data .run/pb_data]
#
#   1. installs the pinned PocketBase (install.sh, into .tools/; prints the binary path);
#   2. copies the built app to .run/site, its config.json pointing at PocketBase on the
#      same origin (site.mjs);
#   3. applies pb_migrations to the data dir (default .run/pb_data; .run/ is git-ignored,
#      data persists across restarts; delete .run/ to start over);
#   4. starts `pocketbase serve --publicDir .run/site` (the app, with index.html for deep
#      links, and the API under /api/) and waits for /api/health;
#   5. first start only: seeds the demo network (seed.mjs, ~40 s on 2 cores) as a
#      superuser whose random password is kept in .run/superuser.txt (mode 600). A
#      marker in the data dir, written after a successful seed, makes later starts skip
#      it; an interrupted seed is retried (the seed is idempotent).
#
# Ctrl-C or SIGTERM stops PocketBase (SIGTERM, waits for it) and exits 0. Exits 1 when the
# port is taken and with PocketBase's status when PocketBase stops by itself.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

say() { printf 'knooppunt: %s\n' "$*"; }
die() { printf 'knooppunt: %s\n' "$*" >&2; exit 1; }
usage() {
  [[ -n "${1:-}" ]] && printf 'run.sh: %s\n' "$1" >&2
  echo "gebruik: backend/pocketbase/run.sh [--host 127.0.0.1] [--port 8080] [--dist dist] [--data .run/pb_data]" >&2
  exit 2
}
# Paths given on the command line are relative to where the command was started.
abspath() { case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s/%s\n' "$PWD" "$1" ;; esac; }

host=127.0.0.1
port=8080
dist="$root/dist"
data="$root/.run/pb_data"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --host|--port|--dist|--data)
      [[ $# -ge 2 && -n "$2" ]] || usage "$1 mist een waarde"
      opt="$1" val="$2"; shift 2 ;;
    --host=*|--port=*|--dist=*|--data=*)
      opt="${1%%=*}" val="${1#*=}"; shift
      [[ -n "$val" ]] || usage "$opt mist een waarde" ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) usage "onbekende optie $1" ;;
  esac
  case "$opt" in
    --host) host="$val" ;;
    --port) port="$val" ;;
    --dist) dist="$(abspath "$val")" ;;
    --data) data="$(abspath "$val")" ;;
  esac
done
[[ "$port" =~ ^[0-9]+$ && "$port" -ge 1 && "$port" -le 65535 ]] || usage "ongeldige poort: $port"

cd "$root"
run_dir="$root/.run"
site="$run_dir/site"
superuser_file="$run_dir/superuser.txt"
seeded_marker="$data/.knooppunt-seeded"
migrations="$here/pb_migrations"
hooks="$here/pb_hooks"

# The address to listen on, and the one to reach it on from here (for the health check,
# the seed and the port check): a wildcard host is reached on loopback.
case "$host" in
  *:*) listen="[$host]:$port" ;;
  *) listen="$host:$port" ;;
esac
case "$host" in
  0.0.0.0) local_host=127.0.0.1 ;;
  ::|::0) local_host=::1 ;;
  *) local_host="$host" ;;
esac
case "$local_host" in
  *:*) local_url="http://[$local_host]:$port" ;;
  *) local_url="http://$local_host:$port" ;;
esac
public_url="http://$listen"

port_in_use() { (exec 3<>"/dev/tcp/$local_host/$port") 2>/dev/null; }
http_ok() { # url
  if command -v curl >/dev/null 2>&1; then
    curl -fs -o /dev/null --max-time 2 "$1"
  else
    node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(2000) })
      .then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"
  fi
}

# Stopping: Ctrl-C and SIGTERM exit 0; every exit (also an error half-way) stops what this
# script started, by pid. Long steps run in the background and are waited for, so a
# signal is handled at once rather than after the step.
pb_pid=""
step_pid=""
# shellcheck disable=SC2317  # called from the traps
cleanup() {
  trap '' INT TERM
  if [[ -n "$step_pid" ]]; then
    kill -TERM "$step_pid" 2>/dev/null || true
    wait "$step_pid" 2>/dev/null || true
  fi
  if [[ -n "$pb_pid" ]] && kill -0 "$pb_pid" 2>/dev/null; then
    kill -TERM "$pb_pid" 2>/dev/null || true
    wait "$pb_pid" 2>/dev/null || true
  fi
  return 0
}
# shellcheck disable=SC2317
interrupted() {
  trap '' INT TERM
  echo
  say "stoppen…"
  cleanup
  say "gestopt"
  exit 0
}
trap cleanup EXIT
trap interrupted INT TERM
step() { # command...: runs it in the background and waits; returns its status
  local rc=0
  "$@" &
  step_pid=$!
  wait "$step_pid" || rc=$?
  step_pid=""
  return "$rc"
}

mkdir -p "$run_dir" "$data"

# One run per checkout: a second one would rebuild .run/site under the first. The lock is
# inherited by PocketBase, so it is held as long as PocketBase runs.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$run_dir/run.lock"
  flock -n 9 || die "er draait al een Knooppunt vanuit deze map (.run/ is in gebruik); stop die eerst"
fi

if port_in_use; then
  die "poort $port op $local_host is al in gebruik; kies een andere poort (make run PORT=9000, of --port 9000)"
fi

pb="$("$here/install.sh")"
say "PocketBase: $pb ($("$pb" --version | awk '{print $NF}'))"

node "$here/site.mjs" --dist "$dist" --out "$site" | sed 's/^site\.mjs: /knooppunt: site: /'

if ! out="$("$pb" migrate up --dir "$data" --migrationsDir "$migrations" 2>&1)"; then
  printf '%s\n' "$out" >&2
  die "migraties toepassen op $data mislukte"
fi
grep -i 'applied' <<<"$out" | sed 's/^/knooppunt: migratie: /' || true

# The superuser: created once with a random password, kept in .run/superuser.txt, and
# (re)set on every start so that the file always works, also on a fresh data dir.
if [[ ! -s "$superuser_file" ]]; then
  password="$(node -e 'process.stdout.write(require("node:crypto").randomBytes(18).toString("base64url"))')"
  (
    umask 077
    printf '# Knooppunt (make run): superuser of the local PocketBase; dashboard at /_/\nemail=%s\npassword=%s\n' \
      "admin@knooppunt.localhost" "$password" >"$superuser_file"
  )
fi
chmod 600 "$superuser_file"
su_email="$(sed -n 's/^email=//p' "$superuser_file" | head -n 1)"
su_password="$(sed -n 's/^password=//p' "$superuser_file" | head -n 1)"
[[ -n "$su_email" && -n "$su_password" ]] || die "$superuser_file mist email= of password=; verwijder het bestand en start opnieuw"
if ! out="$("$pb" superuser upsert "$su_email" "$su_password" --dir "$data" 2>&1)"; then
  printf '%s\n' "$out" >&2
  die "superuser aanmaken mislukte"
fi

hook_args=()
# --hooksPool: every request passes the hooks' JS middlewares, each holding one JS runtime
# until the answer is written; past the pool PocketBase builds a runtime per request, which
# costs more than the request itself. 400 holds 200 connections (docs/hosting.md, §5).
[[ -d "$hooks" ]] && hook_args=(--hooksDir "$hooks" --hooksPool=400)
"$pb" serve --http "$listen" --dir "$data" --publicDir "$site" \
  --migrationsDir "$migrations" "${hook_args[@]}" &
pb_pid=$!

# Wait for /api/health; if PocketBase stops first, say so with its status.
pb_exited() { # → 0 (and sets pb_status) when PocketBase is no longer running
  kill -0 "$pb_pid" 2>/dev/null && return 1
  pb_status=0
  wait "$pb_pid" || pb_status=$?
  pb_pid=""
  return 0
}
pb_status=0
started=0
for ((i = 0; i < 600; i++)); do
  if pb_exited; then
    if port_in_use; then
      die "poort $port op $local_host is al in gebruik; kies een andere poort (make run PORT=9000, of --port 9000)"
    fi
    printf 'knooppunt: PocketBase startte niet (status %s); zie de melding hierboven\n' "$pb_status" >&2
    exit "$(( pb_status == 0 ? 1 : pb_status ))"
  fi
  if http_ok "$local_url/api/health"; then started=1; break; fi
  sleep 0.1
done
[[ "$started" == 1 ]] || die "PocketBase antwoordde na 60 s nog niet op $local_url/api/health"

if [[ ! -f "$seeded_marker" ]]; then
  say "eerste start: het demonetwerk laden (public/data, duurt ongeveer een minuut)…"
  t0="$(date +%s)"
  if ! KNOOPPUNT_PB_SUPERUSER="$su_email:$su_password" step node "$here/seed.mjs" --url "$local_url" \
      --data "$root/public/data"; then
    die "het demonetwerk laden mislukte; bij de volgende start wordt het opnieuw geprobeerd"
  fi
  date -u +%Y-%m-%dT%H:%M:%SZ >"$seeded_marker"
  say "demonetwerk geladen in $(( $(date +%s) - t0 )) s"
fi

# shellcheck disable=SC2016  # JavaScript, not shell
demo_member="$(node -e '
  const [m] = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
  if (m) console.log(`${m.id}@demo.knooppunt.nl (${m.name})`);' "$root/public/data/members.json" 2>/dev/null || true)"

echo
say "Knooppunt draait op $public_url (stoppen met Ctrl-C)"
if [[ "$data" == "$root/.run/pb_data" ]]; then
  say "gegevens:   .run/pb_data (opnieuw beginnen: stop en verwijder .run/)"
else
  say "gegevens:   $data"
fi
say "beheer:     $public_url/_/  (superuser: zie ${superuser_file#"$root"/})"
if [[ -n "$demo_member" ]]; then
  say "demo-login: $demo_member, wachtwoord knooppunt-demo"
  say "            (elk demolid: <id>@demo.knooppunt.nl; alleen voor de demo)"
fi

pb_status=0
wait "$pb_pid" || pb_status=$?
pb_pid=""
printf 'knooppunt: PocketBase is gestopt (status %s)\n' "$pb_status" >&2
exit "$pb_status"
