#!/usr/bin/env bash
# Starts the assistant the way the README says (`npm start`) on a spare port, waits for
# /health (30 s at most), plays one chat turn, and stops it. Used by .ci/run.
set -euo pipefail
port="${SMOKE_PORT:-8799}"
log="$(mktemp)"
PORT="$port" npm start >"$log" 2>&1 </dev/null &
pid=$!
cleanup() { kill -- -"$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; pkill -f "wrangler dev --ip 127.0.0.1 --port $port" 2>/dev/null || true; rm -f "$log"; }
trap cleanup EXIT
for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
    curl -fsS "http://127.0.0.1:$port/health"; echo
    curl -fsS -X POST "http://127.0.0.1:$port/api/chat" -H 'Content-Type: application/json' \
      -d '{"message":"Bonjour"}' | grep -q '"step":"profile"'
    echo "smoke: npm start serves /health and /api/chat on port $port"
    exit 0
  fi
  sleep 0.5
done
echo "smoke: /health did not answer within 30 s" >&2
cat "$log" >&2
exit 1
