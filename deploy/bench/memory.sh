#!/usr/bin/env bash
# Memory of the three services at the portfolio's current size, each started by deploy/local/portfolio.sh with
# -Xmx384m: while four phases run one after the other — idle, report reads (wrk on Figure 1 and on the breakdown by
# partner), GET /api/admin/reconciliation, a rebuild (rebuild.sh: POST /api/admin/rebuild awaited, then its Kafka
# baseline, whose lines it prints too) — every service's resident
# set (/proc/PID/status VmRSS, every half second) and heap (jstat -gc, every half second) are sampled. One line per
# service and phase: peak RSS, peak heap used (all regions, garbage included), peak heap kept (survivor and old
# regions: what outlived a young collection, an upper bound of the live set), peak heap used / Xmx, peak RSS / the
# same service's RSS in the idle phase of the same run (the baseline), and the time spent in GC. Then whether an
# OutOfMemoryError was logged during the run (the services' logs in deploy/local/.run/logs).
# Needs wrk and a JDK's jstat, and a system started by deploy/local/portfolio.sh up with
# PORTFOLIO_RATE_LIMIT_ENABLED=false (grown with deploy/bench/load-synthetic.sh, which stops project-service:
# reconciliation needs it, so it is started again here, its consumer group first moved past the synthetic agreements
# on portfolio.funding.v1, which it never held and would otherwise record one by one).
# Usage: deploy/bench/memory.sh [READ_SECONDS]   (10 by default, for each of the two reports)
# PHASES="reads reconciliation" runs only those after the idle one (the baseline, always run).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
READ_SECONDS=${1:-10}
AS_OF=2024-12-31
XMX_KB=$((384 * 1024))
SERVICES=(project-service funding-service reporting-service)
read -r -a PHASES <<<"${PHASES:-reads reconciliation rebuild}"
PHASES=(idle "${PHASES[@]}")
command -v wrk >/dev/null || { echo "memory.sh needs wrk: apt-get install -y wrk" >&2; exit 1; }
command -v jstat >/dev/null || { echo "memory.sh needs a JDK's jstat" >&2; exit 1; }
WORK=$(mktemp -d)
SAMPLERS=()
trap 'stop_samplers; rm -rf "$WORK"' EXIT

if [ ! -f "$RUN/project-service.pid" ] || ! kill -0 "$(cat "$RUN/project-service.pid")" 2>/dev/null; then
  kafka_tool org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
    --group project-service --topic portfolio.funding.v1 --reset-offsets --to-latest --execute >/dev/null
  "$ROOT/deploy/local/portfolio.sh" start project-service >/dev/null
  # its first answers pay for the JIT's warm-up: reconciliation's would pass the 10 s the sources are given
  curl -fso /dev/null -H "Authorization: Bearer $(token viewer)" \
    "http://127.0.0.1:${PROJECT_SERVICE_PORT:-8081}/api/projects?sort=projectNumber&size=200"
fi
declare -A PID LOG_LINES
for s in "${SERVICES[@]}"; do
  PID[$s]=$(cat "$RUN/$s.pid")
  LOG_LINES[$s]=$(wc -l < "$RUN/logs/$s.log")
done

# Every service's VmRSS (kB) and jstat -gc line, every half second, into $WORK/PHASE.SERVICE.{rss,gc}.
start_samplers() {
  local s
  for s in "${SERVICES[@]}"; do
    jstat -gc "${PID[$s]}" 500 > "$WORK/$1.$s.gc" 2>/dev/null &
    SAMPLERS+=($!)
    (while :; do awk '/^VmRSS/ { print $2 }' "/proc/${PID[$s]}/status"; sleep 0.5; done) > "$WORK/$1.$s.rss" &
    SAMPLERS+=($!)
  done
}

stop_samplers() {
  local p
  for p in "${SAMPLERS[@]+"${SAMPLERS[@]}"}"; do kill "$p" 2>/dev/null || true; done
  for p in "${SAMPLERS[@]+"${SAMPLERS[@]}"}"; do wait "$p" 2>/dev/null || true; done
  SAMPLERS=()
}

# Runs a phase's command with the samplers on, a second of sampling before and after it.
phase() {
  local name=$1; shift
  start_samplers "$name"
  sleep 1
  "$@"
  sleep 1
  stop_samplers
}

idle() { sleep "$READ_SECONDS"; }

reads() {
  local viewer path
  viewer=$(token viewer)
  for path in "/api/reports/portfolio-by-region?asOf=$AS_OF" "/api/reports/portfolio-by-partner?asOf=$AS_OF"; do
    wrk -t 2 -c 8 -d "${READ_SECONDS}s" --timeout 120s -H "Authorization: Bearer $viewer" "$REPORTING$path" \
      | awk -v p="${path%%\?*}" '/Requests\/sec/ { printf "  reads %s requests/s=%s\n", p, $2 }'
  done
}

reconciliation() {
  local out
  out=$(curl -s -o "$WORK/reconciliation.json" -w '%{http_code} %{time_total} %{size_download}' \
    -H "Authorization: Bearer $(token admin)" "$REPORTING/api/admin/reconciliation?asOf=$AS_OF")
  read -r status seconds bytes <<<"$out"
  echo "  reconciliation status=$status seconds=$seconds bytes=$bytes" \
    "$(jq -r 'if .differences then "differences listed=\(.differences | length) found=\(.differenceCount // "-")"
              else "problem: \(.detail // .title)" end' "$WORK/reconciliation.json" 2>/dev/null)"
}

max_kb() { sort -n "$1" | tail -1; }

# "peak_used_kb peak_kept_kb gc_seconds full_gcs" from a jstat -gc log (its header names the columns).
heap() {
  awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
       $1 ~ /^[0-9.]+$/ {
         kept = $col["S0U"] + $col["S1U"] + $col["OU"]; used = kept + $col["EU"]
         if (used > pu) pu = used; if (kept > pk) pk = kept
         if (n++ == 0) { gc0 = $col["GCT"]; fgc0 = $col["FGC"] }
         gc = $col["GCT"]; fgc = $col["FGC"] }
       END { printf "%d %d %.2f %d\n", pu, pk, gc - gc0, fgc - fgc0 }' "$1"
}

mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

projects=$(psql -d "$REPORTING_DB" -qAtc "select count(*) from $(active_schema).project_fact")
echo "memory projects=$projects $(date -u +%FT%TZ) commit=$(git -C "$ROOT" rev-parse --short HEAD)" \
  "load=$(cut -d' ' -f1-3 /proc/loadavg) Xmx=384m"
rebuild() { "$(dirname "${BASH_SOURCE[0]}")/rebuild.sh"; }
for p in "${PHASES[@]}"; do phase "$p" "$p"; done

printf '%-18s %-15s %9s %10s %10s %9s %9s %7s %4s\n' service phase rss_mib heap_mib kept_mib heap/xmx rss/idle \
  gc_s fgc
declare -A IDLE_RSS
for s in "${SERVICES[@]}"; do IDLE_RSS[$s]=$(max_kb "$WORK/idle.$s.rss"); done
for s in "${SERVICES[@]}"; do
  for p in "${PHASES[@]}"; do
    rss=$(max_kb "$WORK/$p.$s.rss")
    read -r used kept gc fgc < <(heap "$WORK/$p.$s.gc")
    printf '%-18s %-15s %9s %10s %10s %9s %9s %7s %4s\n' "$s" "$p" "$(mib "$rss")" "$(mib "$used")" \
      "$(mib "$kept")" "$(ratio "$used" "$XMX_KB")" "$(ratio "$rss" "${IDLE_RSS[$s]}")" "$gc" "$fgc"
  done
done
for s in "${SERVICES[@]}"; do
  alive=yes; kill -0 "${PID[$s]}" 2>/dev/null || alive=no
  oom=$(tail -n +"$((LOG_LINES[$s] + 1))" "$RUN/logs/$s.log" | grep -c OutOfMemoryError || true)
  echo "$s alive=$alive OutOfMemoryError_logged=$oom VmHWM_mib=$(mib "$(awk '/^VmHWM/ { print $2 }' \
    "/proc/${PID[$s]}/status" 2>/dev/null || echo 0)")"
done
