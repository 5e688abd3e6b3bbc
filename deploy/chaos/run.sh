#!/usr/bin/env bash
# The fault-injection harness (issue 12): against the system started by deploy/local/portfolio.sh up, a load of at
# least 10,000 agreements from 4 clients while it kills each service in turn (kill -9, then portfolio.sh start), stops
# the broker for 30 s, takes the databases away (db-outage; pg-restart restarts PostgreSQL itself) and rewinds
# reporting-service's consumer group; then checks that every accepted agreement is stored and counted exactly once
# in every report, that reconciliation is empty and the ICT-DF balance never negative, and prints per fault the
# time from the failed part being back to the reports being exact again. docs/reliability.md says more.
#
#   deploy/chaos/run.sh [--agreements N] [--clients N] [--rate OPS_PER_CLIENT_PER_S] [--faults a,b,...]
#                       [--broker-down S] [--db-outage S] [--converge-within S] [--goal S] [--restart-with start|up]
#                       [--results FILE] [--run-id XY]
#   faults: kill-project-service kill-funding-service kill-reporting-service broker-stop db-outage pg-restart
#           rewind-group (default: all but pg-restart, which restarts a PostgreSQL others may share)
# Exit status 0 when nothing was lost or double-counted and the reports were exact again within --goal seconds (10)
# of each failed part being back, 1 otherwise.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN="$ROOT/deploy/local/.run"
TOOLS="$ROOT/deploy/portfolio-tools"
[ -s "$RUN/kafka.classpath" ] && [ -f "$RUN/funding-service.pid" ] \
  || { echo "start the system first: deploy/local/portfolio.sh up" >&2; exit 2; }
# portfolio.sh up (which the harness runs to restart what it killed) builds everything again when a source is newer
# than its last build: that must not happen in the middle of a fault
if [ -n "$(find "$ROOT" -path "$RUN" -prune -o \( -name target -prune \) -o \( -path '*/src/*' -o -name pom.xml \) \
      -newer "$RUN/build.stamp" -print -quit)" ]; then
  echo "sources changed since the last build: run deploy/local/portfolio.sh up first (it builds them)" >&2; exit 2
fi
cd "$ROOT"
exec java -Xmx512m -cp "$TOOLS/target/classes:$(cat "$TOOLS/target/classpath.txt")" \
  org.itu.bdt.portfolio.tools.chaos.ChaosRun --script "$ROOT/deploy/chaos/faults.sh" "$@"
