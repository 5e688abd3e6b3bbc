#!/usr/bin/env bash
# Rebuild: POST /api/admin/rebuild replays both topics into a fresh read model and switches over; timed from its
# startedAt to its finishedAt as reporting-service records them, in events (records replayed) per second. Baseline in
# the same run: Kafka's own ConsumerPerformance reading the same two topics from the beginning, one after the other.
# Needs the system started by deploy/local/portfolio.sh up (grown with deploy/bench/load-synthetic.sh).
# Usage: deploy/bench/rebuild.sh
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

admin=$(token admin)
started=$(curl -s -X POST -H "Authorization: Bearer $admin" "$REPORTING/api/admin/rebuild")
id=$(jq -r '.id // empty' <<<"$started")
[ -n "$id" ] || { echo "rebuild.sh: the rebuild did not start: $started" >&2; exit 1; }
location="$REPORTING/api/admin/rebuild/$id"
while :; do
  state=$(curl -fs -H "Authorization: Bearer $admin" "$location")
  [ "$(jq -r .state <<<"$state")" = RUNNING ] || break
  sleep 0.5
done
[ "$(jq -r .state <<<"$state")" = FINISHED ] || { echo "rebuild.sh: $state" >&2; exit 1; }
records=$(jq -r .recordsReplayed <<<"$state")
seconds=$(jq -r '[.startedAt, .finishedAt] | map(sub("\\.[0-9]+"; "") | fromdateiso8601) | .[1] - .[0]' <<<"$state")
millis=$(jq -r '[.startedAt, .finishedAt] | map(capture("\\.(?<f>[0-9]{1,3})").f // "0" | (. + "00")[0:3] | tonumber)
  | .[1] - .[0]' <<<"$state")
seconds=$(awk -v s="$seconds" -v m="$millis" 'BEGIN { printf "%.2f", s + m / 1000 }')
rebuild_rate=$(awk -v n="$records" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }')
echo "rebuild $(jq -c '{id, targetSchema, recordsReplayed}' <<<"$state") seconds=$seconds events_per_s=$rebuild_rate"

# ConsumerPerformance prints start.time, end.time, MB, MB/s, records, records/s, rebalance ms, fetch ms, ...
kafka_records=0 kafka_seconds=0
for topic in "${TOPICS[@]}"; do
  n=$(topic_records "$topic")
  line=$(kafka_tool org.apache.kafka.tools.ConsumerPerformance --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
    --topic "$topic" --messages "$n" --group "bench-consumer-performance-$$" --hide-header --timeout 30000 2>/dev/null \
    | tail -1)
  read -r got ms < <(awk -F', ' '{ printf "%d %d\n", $5, $7 + $8 }' <<<"$line")
  echo "kafka ConsumerPerformance topic=$topic records=$got" \
    "seconds=$(awk -v m="$ms" 'BEGIN { printf "%.2f", m / 1000 }')"
  kafka_records=$((kafka_records + got))
  kafka_seconds=$(awk -v a="$kafka_seconds" -v m="$ms" 'BEGIN { printf "%.3f", a + m / 1000 }')
done
kafka_rate=$(awk -v n="$kafka_records" -v s="$kafka_seconds" 'BEGIN { printf "%.0f", n / s }')
echo "kafka ConsumerPerformance records=$kafka_records seconds=$kafka_seconds events_per_s=$kafka_rate"
echo "ratio rebuild / kafka events_per_s = $(ratio "$rebuild_rate" "$kafka_rate")"
