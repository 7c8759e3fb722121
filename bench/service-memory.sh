#!/usr/bin/env bash
# Resident memory of each service of a running local suite (./netra up), read from /proc. Run by hand, not in CI.
#   bench/service-memory.sh [DATA_DIR]            once: each service's RSS now
#   WATCH_SECONDS=120 bench/service-memory.sh     the highest RSS of each over that many seconds (run it beside a
#                                                 benchmark to get the figure under load)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-${DATA_DIR:-.netra}}
watch=${WATCH_SECONDS:-0}

rss_kib() {
  # the service's JVM and anything it started; the pid file names the process the suite launched
  local pid=$1 total=0 p
  for p in $pid $(pgrep -P "$pid" || true); do
    total=$((total + $(awk '/^VmRSS:/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0)))
  done
  echo "$total"
}

declare -A highest
services=()
for file in "$data"/run/*.pid; do
  name=$(basename "$file" .pid)
  case "$name" in kafka|keycloak) continue ;; esac
  services+=("$name")
  highest[$name]=0
done
if [ ${#services[@]} -eq 0 ]; then
  echo "no service pid files in $data/run: is the suite running (./netra up --data-dir $data)?" >&2
  exit 1
fi

deadline=$((SECONDS + watch))
while :; do
  for name in "${services[@]}"; do
    pid=$(cat "$data/run/$name.pid" 2>/dev/null || echo 0)
    now=$(rss_kib "$pid")
    [ "$now" -gt "${highest[$name]}" ] && highest[$name]=$now
  done
  [ $SECONDS -ge $deadline ] && break
  sleep 1
done
label=$([ "$watch" -gt 0 ] && echo "highest RSS over ${watch} s" || echo "RSS")
for name in "${services[@]}"; do
  printf '%-16s %s %6.1f MB\n' "$name" "$label" "$(echo "${highest[$name]} / 1024" | bc -l)"
done
