#!/usr/bin/env bash
# Report reads at the portfolio's current size: requests/s and p99 of five reports under wrk, against two baselines
# measured in the same run with the same clients: (a) the same service's /q/health/live under the same wrk settings
# (the framework's ceiling) and (b) Figure 1 written as a SQL GROUP BY over the fact tables
# (deploy/bench/sql/figure1-group-by.sql), run by pgbench against the reporting database.
# Needs wrk (Debian: apt-get install -y wrk), pgbench and psql, and a system started by deploy/local/portfolio.sh up
# (grown with deploy/bench/load-synthetic.sh) with PORTFOLIO_RATE_LIMIT_ENABLED=false: the per-caller limit of 200
# requests a second (docs/security.md) would answer most of wrk's requests with 429.
# Usage: deploy/bench/reads.sh [DURATION_SECONDS]
# THREADS (2) and CONNECTIONS (8) set the clients of both tools; PARTNER (EC) the partner report's partner.
# Each measurement starts once reporting-service is idle (answers of the last one may still be computed). A report
# whose one request alone takes more than a twentieth of the run is not put under wrk (8 of them at once would keep
# the service busy for minutes after the run): its line has that one request's time and no requests/s.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
DURATION=${1:-15}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-8}
PARTNER=${PARTNER:-EC}
AS_OF=2024-12-31
command -v wrk >/dev/null || { echo "reads.sh needs wrk: apt-get install -y wrk" >&2; exit 1; }
command -v pgbench >/dev/null || { echo "reads.sh needs pgbench (Debian: postgresql-client)" >&2; exit 1; }
REPORTS=(
  "figure1 /api/reports/portfolio-by-region?asOf=$AS_OF"
  "by-partner /api/reports/portfolio-by-partner?asOf=$AS_OF"
  "figure4 /api/reports/ictdf-projects?year=2024&asOf=$AS_OF"
  "partner-$PARTNER /api/reports/partners/$PARTNER?asOf=$AS_OF"
  "quarterly /api/reports/quarterly/2024-Q4?asOf=$AS_OF"
)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Waits until reporting-service used less than a tenth of a core over a second (at most ten minutes).
quiet() {
  local pid ticks last i
  pid=$(cat "$RUN/reporting-service.pid")
  last=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  for i in $(seq 600); do
    sleep 1
    ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
    [ $((ticks - last)) -lt $(($(getconf CLK_TCK) / 10)) ] && return 0
    last=$ticks
  done
}

# One request alone, in ms.
alone() {
  curl -fso /dev/null -w '%{time_total}' -H "Authorization: Bearer $viewer" "$REPORTING$1" \
    | awk '{ printf "%.2f", $1 * 1000 }'
}

# "requests/s p99_ms requests" of one path under wrk; fails on errors or answers other than 2xx.
measure() {
  local out
  quiet
  out=$(wrk -t "$THREADS" -c "$CONNECTIONS" -d "${DURATION}s" --timeout 120s --latency \
    -H "Authorization: Bearer $viewer" "$REPORTING$1")
  if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then
    echo "reads.sh: $1 answered with errors (429s? start the system with PORTFOLIO_RATE_LIMIT_ENABLED=false):" >&2
    echo "$out" >&2; exit 1
  fi
  awk '/Requests\/sec/ { rps = $2 }
       / requests in / { n = $1 }
       $1 == "99%" { v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
                     p99 = v * (unit == "us" ? 0.001 : unit == "s" ? 1000 : unit == "m" ? 60000 : 1) }
       END { printf "%.1f %.2f %d\n", rps, p99, n }' <<<"$out"
}

# "transactions/s p99_ms" of the GROUP BY under pgbench, from its per-transaction log (latency in microseconds).
group_by() {
  local out
  quiet
  out=$(cd "$WORK" && PGOPTIONS="-c search_path=$(active_schema)" \
    pgbench -n -f "$ROOT/deploy/bench/sql/figure1-group-by.sql" -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" \
    -l --log-prefix=groupby "$REPORTING_DB" 2>&1)
  local tps
  tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$out")
  [ -n "$tps" ] || { echo "reads.sh: pgbench failed:" >&2; echo "$out" >&2; exit 1; }
  cat "$WORK"/groupby.* | awk '{ print $3 }' | sort -n \
    | awk -v tps="$tps" '{ v[NR] = $1 }
                         END { i = int(NR * 0.99); if (i < NR) i++; printf "%.0f %.2f\n", tps, v[i] / 1000 }'
}

viewer=$(token viewer)
projects=$(psql -d "$REPORTING_DB" -qAtc "select count(*) from $(active_schema).project_fact")
agreements=$(psql -d "$REPORTING_DB" -qAtc "select count(*) from $(active_schema).agreement_fact")
echo "reads projects=$projects agreements=$agreements wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s," \
  "pgbench -c$CONNECTIONS -j$THREADS -T$DURATION"
# the JIT's warm-up, not measured: a freshly started service is several times slower for its first seconds (the
# ledger reads only: the others are measured after one request alone, which warms them too)
for report in "/q/health/live" "${REPORTS[0]#* }" "${REPORTS[1]#* }"; do
  wrk -t 1 -c 1 -d 3s --timeout 120s -H "Authorization: Bearer $viewer" "$REPORTING$report" >/dev/null
done
read -r health_rps health_p99 _ < <(measure /q/health/live)
read -r sql_tps sql_p99 < <(group_by)
echo "baseline health rps=$health_rps p99_ms=$health_p99"
echo "baseline figure1-group-by tps=$sql_tps p99_ms=$sql_p99"
for report in "${REPORTS[@]}"; do
  read -r name path <<<"$report"
  quiet
  single=$(alone "$path")
  if awk -v t="$single" -v d="$DURATION" 'BEGIN { exit !(t > d * 1000 / 20) }'; then
    rps=- p99=$single n="1 alone"
  else
    read -r rps p99 n < <(measure "$path")
  fi
  printf 'report=%-12s rps=%-7s p99_ms=%-9s rps/health=%-6s p99/group-by=%-7s requests=%s alone_ms=%s\n' "$name" \
    "$rps" "$p99" "$(ratio "$rps" "$health_rps")" "$(ratio "$p99" "$sql_p99")" "$n" "$single"
done
