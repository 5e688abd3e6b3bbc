# Sourced by the benchmarks: the tools' classpath, the local system's addresses (the launcher's port variables),
# and `bench_tool CLASS ARGS...`, which runs a benchmark class of deploy/portfolio-tools against that system.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN="$ROOT/deploy/local/.run"
KAFKA_PORT=${KAFKA_PORT:-9092}
[ -s "$RUN/kafka.classpath" ] || { echo "start the system first: deploy/local/portfolio.sh up" >&2; exit 1; }
TOOLS_CP="$ROOT/deploy/portfolio-tools/target/classes:$(cat "$ROOT/deploy/portfolio-tools/target/classpath.txt")"

bench_tool() {
  java -cp "$TOOLS_CP" "org.itu.bdt.portfolio.tools.bench.$1" \
    --project-service "http://127.0.0.1:${PROJECT_SERVICE_PORT:-8081}" \
    --funding-service "http://127.0.0.1:${FUNDING_SERVICE_PORT:-8082}" \
    --reporting-service "http://127.0.0.1:${REPORTING_SERVICE_PORT:-8083}" \
    --token-url "http://127.0.0.1:${KEYCLOAK_PORT:-8180}/realms/bdt-portfolio/protocol/openid-connect/token" \
    "${@:2}"
}
