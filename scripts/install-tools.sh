#!/usr/bin/env bash
# Installs what building (and, with --test, testing) Knooppunt needs. Idempotent: when
# everything is already there it only checks versions and returns in a second or two.
#
#   scripts/install-tools.sh          wasm32 target, trunk, wasm-bindgen-cli, npm packages
#   scripts/install-tools.sh --test   the above plus Chromium and chromedriver (apt)
#
# Where things go: the Rust target via rustup (toolchain from rust-toolchain.toml),
# trunk and wasm-bindgen-cli into ~/.cargo/bin (cargo install), wasm-opt (npm
# `binaryen`), Playwright and axe-core into ./node_modules (npm ci, from
# package-lock.json), Chromium and chromedriver into /usr/bin (apt). No browser is
# downloaded by Playwright: the tests use /usr/bin/chromium.
set -euo pipefail

TRUNK_VERSION="0.21.14"
# The release build splits the WASM per route with this (scripts/build.mjs).
WASM_SPLIT_VERSION="0.2.4"

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

want_test=0
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "install-tools: onbekende optie $arg" >&2; exit 2 ;;
  esac
done

say() { printf 'install-tools: %s\n' "$*"; }
need() {
  command -v "$1" >/dev/null 2>&1 || { echo "install-tools: '$1' ontbreekt — $2" >&2; exit 1; }
}

need cargo "installeer Rust via https://rustup.rs"
need rustup "installeer Rust via https://rustup.rs"
need node "installeer Node.js 20 of nieuwer (apt install nodejs npm)"
need npm "installeer npm (apt install npm)"

# 1. The toolchain pinned in rust-toolchain.toml, with the wasm32 target.
#    `rustup show active-toolchain` installs the pinned toolchain if it is missing
#    (rustup >= 1.28 no longer does that implicitly; `rustup toolchain install` does).
toolchain="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)"
if ! rustup toolchain list | grep -q "^${toolchain}"; then
  say "Rust ${toolchain} installeren (rust-toolchain.toml)"
  rustup toolchain install "$toolchain" --profile minimal --component rustfmt,clippy
fi
if ! rustup target list --installed --toolchain "$toolchain" | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown (toolchain ${toolchain})"
  rustup target add wasm32-unknown-unknown --toolchain "$toolchain"
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed --toolchain "$toolchain" 2>/dev/null | grep -q "^${component}"; then
    say "rustup component add ${component} (toolchain ${toolchain})"
    rustup component add "$component" --toolchain "$toolchain"
  fi
done

# 2. trunk, exactly the pinned version.
have_trunk="$(trunk --version 2>/dev/null | awk '{print $2}' || true)"
if [[ "$have_trunk" != "$TRUNK_VERSION" ]]; then
  say "trunk ${TRUNK_VERSION} installeren (gevonden: ${have_trunk:-geen}); dit duurt enkele minuten"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 2b. wasm-split-cli, exactly the pinned version (crate wasm_split_cli_support).
have_split="$(cat "${CARGO_HOME:-$HOME/.cargo}/.knooppunt-wasm-split-version" 2>/dev/null || true)"
if [[ "$have_split" != "$WASM_SPLIT_VERSION" ]] || ! command -v wasm-split-cli >/dev/null 2>&1; then
  say "wasm-split-cli ${WASM_SPLIT_VERSION} installeren (gevonden: ${have_split:-geen})"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked --force
  echo "$WASM_SPLIT_VERSION" >"${CARGO_HOME:-$HOME/.cargo}/.knooppunt-wasm-split-version"
fi

# 3. wasm-bindgen-cli, exactly the wasm-bindgen version in Cargo.lock (the CLI and the
#    library must match, or the generated glue is rejected).
wb_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if [[ -z "$wb_version" ]]; then
  echo "install-tools: geen wasm-bindgen-versie gevonden in Cargo.lock" >&2
  exit 1
fi
have_wb="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
if [[ "$have_wb" != "$wb_version" ]]; then
  say "wasm-bindgen-cli ${wb_version} installeren (gevonden: ${have_wb:-geen}; versie uit Cargo.lock)"
  cargo install wasm-bindgen-cli --version "$wb_version" --force
fi

# 4. npm packages (wasm-opt from binaryen, Playwright, axe-core), pinned by package-lock.json.
#    Playwright must not download browsers: we use the system Chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [[ ! -d node_modules || ! -e node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "npm ci (package-lock.json)"
  npm ci --no-audit --no-fund
fi
need wasm-opt "npm ci heeft binaryen niet geïnstalleerd"

# 5. For tests: Chromium and chromedriver from Debian.
if [[ "$want_test" == 1 ]]; then
  if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
    sudo=""
    if [[ "$(id -u)" != 0 ]]; then
      need sudo "draai als root of installeer sudo"
      sudo="sudo"
    fi
    say "apt-get install chromium chromium-driver"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends chromium chromium-driver
  fi
fi

say "klaar: $(trunk --version), wasm-split-cli ${WASM_SPLIT_VERSION}, $(wasm-bindgen --version), $(wasm-opt --version | awk '{print $1, $3}')$(
  [[ "$want_test" == 1 ]] && printf ', %s' "$(/usr/bin/chromium --version 2>/dev/null | awk '{print $1, $2}')")"
