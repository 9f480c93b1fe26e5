#!/usr/bin/env bash
# Several hubs behind nginx: throughput of a post page through nginx (round robin) with 1, 2
# and 3 release hubs on one PostgreSQL database, asked as a browser asks
# (`Accept-Encoding: gzip, br`), then the outbox lag of each hub while members create groups
# through nginx as fast as it answers.
#
# Needs the release hub (`cargo leptos build --release --precompress`), Debian's nginx and
# wrk (`apt-get install nginx-light wrk`) and PostgreSQL (started here as the tests start it
# unless HUB_TEST_POSTGRES_URL names a server). Run from the repository:
#   bash server/benches/several_hubs.sh
# BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 32) set the load.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/.ci/lib.sh"
cd "$ROOT"
HUB="${HUB_BIN:-$ROOT/target/release/hub}"
SECONDS_EACH="${BENCH_SECONDS:-10}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
PAGE="/articles/data-use-and-governance-in-practice"
[ -x "$HUB" ] || { echo "build the release hub first: $HUB" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is not installed" >&2; exit 1; }
[ -x /usr/sbin/nginx ] || { echo "nginx is not installed" >&2; exit 1; }
if [ -z "${HUB_TEST_POSTGRES_URL:-}" ]; then start_test_postgres; fi

WORK="$(mktemp -d)"
PIDS=()
NGINX_PID=""
cleanup() {
  [ -n "$NGINX_PID" ] && kill -TERM "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
  if [ -n "${PG_STOP_COMMAND:-}" ]; then $PG_STOP_COMMAND >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

DB="bench_hubs_$$"
ADMIN_URL="${HUB_TEST_POSTGRES_URL%%\?*}"
PSQL="$(command -v psql || echo "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/psql")"
"$PSQL" "$ADMIN_URL" -qc "CREATE DATABASE $DB"
DATABASE_URL="${ADMIN_URL%/*}/$DB"
PORTS=(3191 3192 3193)
FRONT=3190

hub_env() {
  local n=$1
  echo HUB_DATA_DIR="$WORK/hub$n" HUB_DATABASE_URL="$DATABASE_URL" HUB_CONTENT_DIR="$ROOT/content" \
    HUB_CONTENT_SYNC="$([ "$n" = 0 ] && echo on || echo off)" HUB_FILE_STORE=database \
    HUB_TRUSTED_PROXIES=127.0.0.1 HUB_INSTANCE="hub-$n" HUB_DRAIN_SECS=0 RUST_LOG=warn \
    LEPTOS_SITE_ROOT="$ROOT/target/site" LEPTOS_SITE_ADDR="127.0.0.1:${PORTS[$n]:-3199}" LEPTOS_OUTPUT_NAME=hub
}

env $(hub_env 9) HUB_PASSWORD="a long bench passphrase" "$HUB" user create \
  --email bench@example.org --name "Bench Admin" --role admin >/dev/null
for n in 0 1 2; do
  env $(hub_env "$n") "$HUB" >"$WORK/hub$n.log" 2>&1 &
  PIDS+=($!)
done
for n in 0 1 2; do
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:${PORTS[$n]}/readyz" >/dev/null && break
    sleep 0.2
  done
done

start_nginx() {
  local upstreams=""
  for port in "$@"; do upstreams+="server 127.0.0.1:$port;"; done
  [ -n "$NGINX_PID" ] && { kill -TERM "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true; }
  local user=""
  [ "$(id -u)" = 0 ] && user="user root;"
  cat >"$WORK/nginx.conf" <<EOF
$user
worker_processes 1;
pid $WORK/nginx.pid;
error_log stderr error;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/body; proxy_temp_path $WORK/proxy;
  fastcgi_temp_path $WORK/fastcgi; uwsgi_temp_path $WORK/uwsgi; scgi_temp_path $WORK/scgi;
  upstream hubs { $upstreams keepalive 64; }
  server {
    listen 127.0.0.1:$FRONT;
    location / {
      proxy_pass http://hubs;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
  }
}
EOF
  /usr/sbin/nginx -e stderr -p "$WORK" -c "$WORK/nginx.conf" &
  NGINX_PID=$!
  for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$FRONT/healthz" >/dev/null && return; sleep 0.1; done
}

echo "post page $PAGE through nginx, $CONNECTIONS connections, ${SECONDS_EACH}s each, Accept-Encoding: gzip, br"
for count in 1 2 3; do
  start_nginx "${PORTS[@]:0:$count}"
  wrk -t2 -c"$CONNECTIONS" -d2s -H "Accept-Encoding: gzip, br" "http://127.0.0.1:$FRONT$PAGE" >/dev/null
  result="$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -H "Accept-Encoding: gzip, br" "http://127.0.0.1:$FRONT$PAGE")"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$result")"
  p50="$(awk '$1 == "50%" {print $2}' <<<"$result")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$result")"
  errors="$(grep -E 'Non-2xx|Socket errors' <<<"$result" | tr '\n' ' ' || true)"
  echo "$count hub(s): $rps requests/s, p50 $p50, p99 $p99 $errors"
done

# Outbox lag under write load: members create groups through nginx; each hub's lag is read
# from /readyz every 100 ms.
start_nginx "${PORTS[@]}"
COOKIE="$(curl -s -D - -o /dev/null -H "Origin: http://127.0.0.1:$FRONT" \
  --data-urlencode "_form=sign-in" --data-urlencode "email=bench@example.org" \
  --data-urlencode "password=a long bench passphrase" "http://127.0.0.1:$FRONT/sign-in" \
  | awk -F'[:;] *' 'tolower($1) == "set-cookie" && $2 ~ /^__Host-hub_session=/ {print $2}')"
cat >"$WORK/write.lua" <<EOF
local n = 0
request = function()
  n = n + 1
  local name = string.format("Bench group %d %d", math.random(1, 1000000000), n)
  local body = "_form=group-new&group_name=" .. name:gsub(" ", "+") ..
    "&theme=artificial-intelligence&charter=Bench&visibility=public&quorum=1"
  return wrk.format("POST", "/groups", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "$COOKIE",
    ["Origin"] = "http://127.0.0.1:$FRONT",
  }, body)
end
EOF
: >"$WORK/lag"
(
  while :; do
    line=""
    for port in "${PORTS[@]}"; do
      lag="$(curl -s "http://127.0.0.1:$port/readyz" | sed -n 's/.*"lag":\([0-9]*\).*/\1/p')"
      line+="${lag:-?} "
    done
    echo "$line" >>"$WORK/lag"
    sleep 0.1
  done
) &
SAMPLER=$!
[ -n "$COOKIE" ] || { echo "could not sign in" >&2; exit 1; }
newest() { "$PSQL" "$DATABASE_URL" -tAc "SELECT COALESCE(MAX(id), 0) FROM index_outbox"; }
before="$(newest)"
wrk -t2 -c8 -d"${SECONDS_EACH}s" -s "$WORK/write.lua" "http://127.0.0.1:$FRONT/groups" >/dev/null
after="$(newest)"
kill "$SAMPLER"
echo "write load: $(( (after - before) / SECONDS_EACH )) outbox entries/s written through nginx (8 connections creating groups)"
awk '{ for (i = 1; i <= NF; i++) if ($i != "?") { n++; s += $i; if ($i > m) m = $i } }
     END { printf "outbox lag under that load: mean %.1f entries, max %d (%d samples of 3 hubs)\n", s / n, m, NR }' "$WORK/lag"
