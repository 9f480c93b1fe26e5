#!/usr/bin/env bash
# Shared set-up steps: each installs what is missing and returns at once when it is there.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=tools.env
source "$ROOT/.ci/tools.env"
export PATH="$ROOT/.ci/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    step "Installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

ensure_build_tools() {
  npm_ci "$ROOT/.ci/tools"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(cargo leptos --version 2>/dev/null || true)" != "cargo-leptos $CARGO_LEPTOS_VERSION" ]; then
    # --debug: an unoptimised build of the tool compiles in a fraction of the time of its
    # fat-LTO release profile, and the tool's own speed does not matter here.
    step "Installing cargo-leptos $CARGO_LEPTOS_VERSION"
    cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked --features no_downloads --debug
  fi
  local wbg
  wbg="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' "$ROOT/Cargo.lock")"
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wbg" ]; then
    step "Installing wasm-bindgen-cli $wbg"
    cargo install wasm-bindgen-cli --version "$wbg" --force
  fi
}

# npm ci in $1 unless its node_modules already matches its package-lock.json.
npm_ci() {
  local dir="$1"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    step "Installing npm packages in ${dir#"$ROOT"/}"
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Starts a throw-away PostgreSQL server for the store tests on HUB_TEST_PG_PORT (default
# 55432) and exports HUB_TEST_POSTGRES_URL. It is stopped when the calling script exits.
start_test_postgres() {
  local bin dir port="${HUB_TEST_PG_PORT:-55432}" owner as_owner=()
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  dir="${TMPDIR:-/tmp}/coalition-hub-test-pg-$port"
  owner="$(id -un)"
  # PostgreSQL refuses to run as root: root runs it as the `postgres` user.
  if [ "$(id -u)" -eq 0 ]; then owner=postgres; as_owner=(runuser -u postgres --); fi
  if [ -f "$dir/postmaster.pid" ]; then
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  install -d -o "$owner" -m 700 "$dir"
  step "Starting PostgreSQL for the store tests (port $port)"
  "${as_owner[@]}" "$bin/initdb" -D "$dir" -A trust -U postgres --no-sync >/dev/null
  # A throwaway certificate authority and a server certificate it signs for localhost and
  # 127.0.0.1, so that the TLS test can ask for sslmode=verify-full with the authority as
  # its root (connections that do not ask for TLS stay plain).
  "${as_owner[@]}" openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Hub test CA" \
    -keyout "$dir/ca.key" -out "$dir/ca.crt" >/dev/null 2>&1
  "${as_owner[@]}" openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
    -keyout "$dir/server.key" -out "$dir/server.csr" >/dev/null 2>&1
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >"$dir/server.ext"
  "${as_owner[@]}" openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" \
    -CAcreateserial -days 2 -extfile "$dir/server.ext" -out "$dir/server.crt" >/dev/null 2>&1
  "${as_owner[@]}" chmod 600 "$dir/server.key"
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key" \
    start >/dev/null
  export HUB_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
  export HUB_TEST_POSTGRES_CA="$dir/ca.crt"
  PG_STOP_COMMAND="${as_owner[*]} $bin/pg_ctl -D $dir -m fast stop"
  trap 'status=$?; $PG_STOP_COMMAND >/dev/null 2>&1 || true; exit $status' EXIT
}
