#!/usr/bin/env bash
# The faults the chaos harness injects into the local system of deploy/local/portfolio.sh, one command each.
# The Java driver (org.itu.bdt.portfolio.tools.chaos.ChaosRun) calls it; it can be used by hand as well.
#
#   faults.sh kill SERVICE          kill -9 of project-service, funding-service or reporting-service
#   faults.sh stop SERVICE          a graceful stop (SIGTERM, then wait) of a service or of kafka
#   faults.sh start [NAME]          deploy/local/portfolio.sh start NAME (kafka or a service), or with no NAME
#                                   portfolio.sh up: starts whatever is not running (log: .run/logs/chaos-up.log)
#   faults.sh pg-restart            restarts the PostgreSQL cluster (every database on it!), logged in PG_RESTART_LOG
#   faults.sh db-outage SECONDS     the local system's databases only: new connections refused, open ones ended, for SECONDS
#   faults.sh rewind-group ISO_TIME the reporting-service consumer group back to the offsets of ISO_TIME on both topics
#                                   (reporting-service must be stopped)
#   faults.sh lag                   the reporting-service group's offsets and lag, per partition
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN="$ROOT/deploy/local/.run"
LOGS="$RUN/logs"
KAFKA_PORT=${KAFKA_PORT:-9092}
GROUP=reporting-service
TOPICS=(portfolio.projects.v1 portfolio.funding.v1)
DATABASES=(${PROJECTS_DB:-projects} ${FUNDING_DB:-funding} ${REPORTING_DB:-reporting})
PG_RESTART_LOG=${PG_RESTART_LOG:-$ROOT/deploy/local/.run/logs/pg-restarts.log}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

die() { printf 'faults.sh: %s\n' "$*" >&2; exit 1; }
pid_of() { [ -f "$RUN/$1.pid" ] && cat "$RUN/$1.pid"; }

kafka_tool() {
  java -Duser.timezone=UTC -Dlog4j2.configurationFile="$ROOT/deploy/local/kafka/log4j2.yaml" -cp "$(cat "$RUN/kafka.classpath")" "$@"
}

case "${1:-}" in
  kill)
    pid=$(pid_of "$2") || die "$2 is not running"
    kill -9 "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    ;;
  stop)
    pid=$(pid_of "$2") || die "$2 is not running"
    kill "$pid"
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    rm -f "$RUN/$2.pid"
    ;;
  start)
    if [ -n "${2:-}" ]; then
      "$ROOT/deploy/local/portfolio.sh" start "$2" >> "$LOGS/chaos-up.log" 2>&1
    else
      "$ROOT/deploy/local/portfolio.sh" up >> "$LOGS/chaos-up.log" 2>&1
    fi
    ;;
  pg-restart)
    mkdir -p "$(dirname "$PG_RESTART_LOG")"
    echo "$(date -u +%FT%TZ) chaos harness ($ROOT): pg_ctlcluster restart" >> "$PG_RESTART_LOG"
    cluster=$(pg_lsclusters -h | awk -v port="$PGPORT" '$3 == port { print $1 " " $2 }' | head -1)
    [ -n "$cluster" ] || die "no local PostgreSQL cluster on port $PGPORT"
    # shellcheck disable=SC2086
    pg_ctlcluster --skip-systemctl-redirect $cluster restart -m fast
    ;;
  db-outage)
    seconds=${2:-10}
    for db in "${DATABASES[@]}"; do
      psql -d postgres -qAtc "alter database \"$db\" with allow_connections false" >/dev/null
    done
    names=$(printf "'%s'," "${DATABASES[@]}")
    psql -d postgres -qAtc "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname in (${names%,})" >/dev/null
    sleep "$seconds"
    for db in "${DATABASES[@]}"; do
      psql -d postgres -qAtc "alter database \"$db\" with allow_connections true" >/dev/null
    done
    ;;
  rewind-group)
    args=()
    for t in "${TOPICS[@]}"; do args+=(--topic "$t"); done
    kafka_tool org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
      --group "$GROUP" --reset-offsets "${args[@]}" --to-datetime "$2" --execute
    ;;
  lag)
    kafka_tool org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
      --describe --group "$GROUP"
    ;;
  *)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
