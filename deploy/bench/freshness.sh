#!/usr/bin/env bash
# Freshness benchmark: how long after a signed agreement is accepted (POST 201) it shows in the regional totals,
# next to Kafka's own end-to-end latency measured on the same broker in the same run, and their ratio.
# Needs the system started by deploy/local/portfolio.sh up.
# Usage: deploy/bench/freshness.sh [AGREEMENTS] [KAFKA_RECORDS] [RATE SECONDS]
#   one at a time by default; with RATE and SECONDS, RATE agreements a second for SECONDS (an open loop), measured
#   as the time until Figure 1's total holds each one.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
AGREEMENTS=${1:-200}
KAFKA_RECORDS=${2:-2000}

if [ -n "${3:-}" ]; then
  ours=$(bench_tool SteadyLoadFreshness --rate "$3" --seconds "${4:-60}")
else
  ours=$(bench_tool FreshnessBenchmark --agreements "$AGREEMENTS")
fi
echo "$ours"

# Kafka's own tool: produce one record (acks=all) and consume it, one at a time; prints percentiles in ms.
kafka=$(java -Dlog4j2.configurationFile="$ROOT/deploy/local/kafka/log4j2.yaml" -cp "$(cat "$RUN/kafka.classpath")" \
  org.apache.kafka.tools.EndToEndLatency "127.0.0.1:$KAFKA_PORT" bench.end-to-end-latency "$KAFKA_RECORDS" all 100 2>&1)
kafka_p99=$(echo "$kafka" | sed -n 's/.*99th = \([0-9.]*\).*/\1/p' | head -1)
[ -n "$kafka_p99" ] || { echo "could not read EndToEndLatency output:"; echo "$kafka"; exit 1; }
echo "kafka EndToEndLatency records=$KAFKA_RECORDS $(echo "$kafka" | grep -i percentile | head -1)"
ours_p99=$(echo "$ours" | sed -n 's/.*p99_ms=\([0-9.]*\).*/\1/p')
awk -v a="$ours_p99" -v b="$kafka_p99" 'BEGIN { printf "ratio freshness_p99 / kafka_p99 = %.1f\n", (b > 0 ? a / b : 0) }'
