#!/usr/bin/env bash
# What the benchmarks of deploy/bench share: the local system's ports (the launcher's variables), a token, Kafka's
# tools, the tools module and its benchmark classes, and reads of the reporting-service. Sourced, not run.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN="$ROOT/deploy/local/.run"
KAFKA_PORT=${KAFKA_PORT:-9092}
REPORTING_SERVICE_PORT=${REPORTING_SERVICE_PORT:-8083}
REPORTING="http://127.0.0.1:$REPORTING_SERVICE_PORT"
REPORTING_DB=${REPORTING_DB:-reporting}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
TOPICS=(portfolio.projects.v1 portfolio.funding.v1)
[ -s "$RUN/kafka.classpath" ] || { echo "start the system first: deploy/local/portfolio.sh up" >&2; exit 1; }

token() { "$ROOT/deploy/local/portfolio.sh" token "$1"; }

kafka_tool() {
  java -Dlog4j2.configurationFile="$ROOT/deploy/local/kafka/log4j2.yaml" -cp "$(cat "$RUN/kafka.classpath")" "$@"
}

tools() {
  java -cp "$ROOT/deploy/portfolio-tools/target/classes:$(cat "$ROOT/deploy/portfolio-tools/target/classpath.txt")" "$@"
}

# Records on a topic (the sum of its partitions' end offsets).
topic_records() {
  kafka_tool org.apache.kafka.tools.GetOffsetShell --bootstrap-server "127.0.0.1:$KAFKA_PORT" --topic "$1" --time -1 \
    | awk -F: '{ n += $3 } END { print n + 0 }'
}

# reporting-service's consumer lag over both topics, from the group's committed offsets; "-" until it committed.
group_lag() {
  kafka_tool org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
    --describe --group reporting-service 2>/dev/null \
    | awk '$2 ~ /^portfolio\.(projects|funding)\.v1$/ { rows++; if ($6 ~ /^[0-9]+$/) lag += $6; else unknown = 1 }
           END { if (rows == 0 || unknown) print "-"; else print lag }'
}

# Figure 1's total line on a date: "projects partnerFunding ituFunding".
figure1_total() {
  curl -fs -H "Authorization: Bearer $1" "$REPORTING/api/reports/portfolio-by-region?asOf=$2" \
    | jq -r '.total | "\(.projects) \(.partnerFunding) \(.ituFunding)"'
}

# The schema the reports answer from (a rebuild moves them to read_model_N).
active_schema() {
  psql -d "$REPORTING_DB" -qAtc "select active_schema from reporting_admin.read_model" 2>/dev/null || echo public
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0 && a != "-") printf "%.3g", a / b; else print "-" }'; }

# Runs a benchmark class of the tools module (package tools.bench) against the local system, as its loader client.
bench_tool() {
  tools "org.itu.bdt.portfolio.tools.bench.$1" \
    --project-service "http://127.0.0.1:${PROJECT_SERVICE_PORT:-8081}" \
    --funding-service "http://127.0.0.1:${FUNDING_SERVICE_PORT:-8082}" \
    --reporting-service "$REPORTING" \
    --token-url "http://127.0.0.1:${KEYCLOAK_PORT:-8180}/realms/bdt-portfolio/protocol/openid-connect/token" \
    "${@:2}"
}
