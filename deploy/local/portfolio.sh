#!/usr/bin/env bash
# Local launcher for the BDT portfolio backend: PostgreSQL check, a real Keycloak (the identity provider), a real
# single-node Kafka broker, the three services, and the reference portfolio loaded through the public REST APIs.
#
#   deploy/local/portfolio.sh up       build if needed, start Keycloak + broker + services, load the reference portfolio
#   deploy/local/portfolio.sh start NAME   start one part that is not running (kafka or a service), as up would, no loading
#   deploy/local/portfolio.sh stop NAME    stop one part (kafka, keycloak or a service)
#   deploy/local/portfolio.sh down     stop what `up` started
#   deploy/local/portfolio.sh status   what runs, and whether it is ready
#   deploy/local/portfolio.sh reset    stop, then wipe the local databases, the broker's data and Keycloak's store
#   deploy/local/portfolio.sh logs [name]   last lines of each log, or follow one (keycloak, kafka, ...)
#   deploy/local/portfolio.sh token ROLE [PARTNER_ID]   print an access token of a demo user, for curl:
#                                      ROLE: admin, project-manager, finance, board, viewer, or partner with its id (EC)
#   deploy/local/portfolio.sh test     the whole test suite (unit, service, end-to-end)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN="$ROOT/deploy/local/.run"
LOGS="$RUN/logs"

export PGHOST=${PGHOST:-127.0.0.1}
export PGPORT=${PGPORT:-5432}
export PGUSER=${PGUSER:-postgres}
export PGPASSWORD=${PGPASSWORD:-}
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
KEYCLOAK_MANAGEMENT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-8190}
KEYCLOAK_HOME="$RUN/keycloak"
REALM_URL="http://127.0.0.1:$KEYCLOAK_PORT/realms/bdt-portfolio"
PROJECT_SERVICE_PORT=${PROJECT_SERVICE_PORT:-8081}
FUNDING_SERVICE_PORT=${FUNDING_SERVICE_PORT:-8082}
REPORTING_SERVICE_PORT=${REPORTING_SERVICE_PORT:-8083}
SERVICES=(project-service funding-service reporting-service)
# The services' databases (the services read the same variables): another set lets a second system share the server
DATABASES=("${PROJECTS_DB:-projects}" "${FUNDING_DB:-funding}" "${REPORTING_DB:-reporting}")
# The dashboard is served by reporting-service: its browser calls the other two services from that origin (CORS)
DASHBOARD_ORIGIN="http://127.0.0.1:$REPORTING_SERVICE_PORT"

say() { printf '%s\n' "$*"; }
die() { printf 'portfolio.sh: %s\n' "$*" >&2; exit 1; }

port_of() {
  case "$1" in
    project-service) echo "$PROJECT_SERVICE_PORT" ;;
    funding-service) echo "$FUNDING_SERVICE_PORT" ;;
    reporting-service) echo "$REPORTING_SERVICE_PORT" ;;
  esac
}

tcp_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

require_tools() {
  command -v java >/dev/null || die "no java on PATH: install a JDK 17 or newer."
  local v
  v=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
  [ "${v%%.*}" -ge 17 ] 2>/dev/null || die "java $v found; a JDK 17 or newer is needed."
  command -v curl >/dev/null || die "no curl on PATH: install curl (used to wait for the services)."
}

require_postgres() {
  tcp_open "$PGHOST" "$PGPORT" && return 0
  cat >&2 <<EOF
portfolio.sh: PostgreSQL does not answer at $PGHOST:$PGPORT.
  Start it (Debian: pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start),
  or point PGHOST / PGPORT / PGUSER / PGPASSWORD at a PostgreSQL 15+ server whose user may create databases.
EOF
  exit 1
}

mvnw() { "$ROOT/mvnw" -B -q "$@"; }

# Rebuild when any source or POM is newer than the last build.
build_if_needed() {
  local stamp="$RUN/build.stamp"
  if [ -f "$stamp" ] && [ -z "$(find "$ROOT" -path "$RUN" -prune -o \( -name target -prune \) -o \
        \( -path '*/src/*' -o -name pom.xml \) -newer "$stamp" -print -quit)" ]; then
    return 0
  fi
  say "Building the services (the first build takes a few minutes)..."
  mvnw package -DskipTests -DskipITs
  mkdir -p "$RUN"
  touch "$stamp"
}

tools() {
  java -cp "$ROOT/deploy/portfolio-tools/target/classes:$(cat "$ROOT/deploy/portfolio-tools/target/classpath.txt")" "$@"
}

kafka_classpath() {
  local cp="$RUN/kafka.classpath"
  [ -s "$cp" ] || mvnw -f "$ROOT/deploy/local/kafka/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp"
  cat "$cp"
}

running() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

# Keycloak's server distribution from Maven Central, unpacked into .run/keycloak; another version in the POM
# replaces it, store included (the realm is imported again).
keycloak_distribution() {
  local pom="$ROOT/deploy/local/keycloak/pom.xml" version
  version=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$pom")
  grep -qsx "Keycloak - Version $version" "$KEYCLOAK_HOME/version.txt" && return 0
  say "Unpacking Keycloak $version..."
  rm -rf "$KEYCLOAK_HOME"
  mvnw -f "$pom" dependency:unpack
}

# start-dev on Keycloak's embedded dev store (.run/keycloak/data); --import-realm imports the realm file once and
# skips it while the realm exists, so a changed realm file (or reset) starts a fresh store. The bootstrap admin
# (admin/admin) opens /admin; the heap stays within 512 MB (kc.sh reads JAVA_OPTS_KC_HEAP).
start_keycloak() {
  local realm="$ROOT/deploy/local/keycloak/bdt-portfolio-realm.json"
  local imported="$KEYCLOAK_HOME/data/import/bdt-portfolio-realm.json"
  if running keycloak; then say "keycloak already running (pid $(cat "$RUN/keycloak.pid"))"; return 0; fi
  tcp_open 127.0.0.1 "$KEYCLOAK_PORT" && die "port $KEYCLOAK_PORT is taken by another program: set KEYCLOAK_PORT."
  tcp_open 127.0.0.1 "$KEYCLOAK_MANAGEMENT_PORT" \
    && die "port $KEYCLOAK_MANAGEMENT_PORT is taken by another program: set KEYCLOAK_MANAGEMENT_PORT."
  keycloak_distribution
  if [ -f "$imported" ] && ! cmp -s "$realm" "$imported"; then
    say "The realm file changed: Keycloak starts on a fresh store and imports it."
    rm -rf "$KEYCLOAK_HOME/data"
  fi
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$realm" "$imported"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx512m}" \
    nohup sh "$KEYCLOAK_HOME/bin/kc.sh" start-dev --import-realm --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
    --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" --health-enabled=true > "$LOGS/keycloak.log" 2>&1 &
  echo $! > "$RUN/keycloak.pid"
}

# Ready once healthy and the realm is imported: the services read its discovery document when they start.
keycloak_ready() {
  running keycloak && curl -fs -o /dev/null "http://127.0.0.1:$KEYCLOAK_MANAGEMENT_PORT/health/ready" \
    && curl -fs -o /dev/null "$REALM_URL/.well-known/openid-configuration"
}

start_kafka() {
  if running kafka; then say "kafka already running (pid $(cat "$RUN/kafka.pid"))"; return 0; fi
  tcp_open 127.0.0.1 "$KAFKA_PORT" && die "port $KAFKA_PORT is taken by another program: set KAFKA_PORT."
  local cp data="$RUN/kafka-data" conf="$RUN/server.properties"
  cp=$(kafka_classpath)
  sed -e "s#@KAFKA_PORT@#$KAFKA_PORT#g" -e "s#@CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" -e "s#@DATA_DIR@#$data#g" \
    "$ROOT/deploy/local/kafka/server.properties" > "$conf"
  if [ ! -f "$data/meta.properties" ]; then
    local id
    id=$(java -cp "$cp" kafka.tools.StorageTool random-uuid)
    java -Dlog4j2.configurationFile="$ROOT/deploy/local/kafka/log4j2.yaml" -cp "$cp" \
      kafka.tools.StorageTool format --standalone -t "$id" -c "$conf" > "$LOGS/kafka-format.log" 2>&1
  fi
  nohup java -Xms256m -Xmx512m -Dlog4j2.configurationFile="$ROOT/deploy/local/kafka/log4j2.yaml" \
    -cp "$cp" kafka.Kafka "$conf" >> "$LOGS/kafka.log" 2>&1 &
  echo $! > "$RUN/kafka.pid"
  wait_until "kafka" 60 kafka_ready
  create_topics "$cp"
}

kafka_ready() { running kafka && tcp_open 127.0.0.1 "$KAFKA_PORT"; }

create_topics() {
  local topic
  for topic in portfolio.projects.v1 portfolio.funding.v1; do
    java -Dlog4j2.configurationFile="$ROOT/deploy/local/kafka/log4j2.yaml" -cp "$1" org.apache.kafka.tools.TopicCommand \
      --bootstrap-server "127.0.0.1:$KAFKA_PORT" --create --if-not-exists --topic "$topic" \
      --partitions 3 --replication-factor 1 --config retention.ms=-1 >> "$LOGS/kafka-topics.log" 2>&1
  done
}

# The day this local system first started: partner-report deadlines before it belong to the reference portfolio's
# past and are not tracked (PARTNER_REPORTS_TRACKED_FROM overrides it; `reset` forgets it).
go_live_date() {
  [ -s "$RUN/go-live" ] || date +%F > "$RUN/go-live"
  cat "$RUN/go-live"
}

start_service() {
  local name=$1 port
  port=$(port_of "$name")
  if running "$name"; then say "$name already running (pid $(cat "$RUN/$name.pid"))"; return 0; fi
  tcp_open 127.0.0.1 "$port" && die "port $port is taken by another program: set $(echo "${name//-/_}" | tr a-z A-Z)_PORT."
  HTTP_PORT=$port KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
    PROJECT_SERVICE_URL="http://127.0.0.1:$PROJECT_SERVICE_PORT" FUNDING_SERVICE_URL="http://127.0.0.1:$FUNDING_SERVICE_PORT" \
    PARTNER_REPORTS_TRACKED_FROM="${PARTNER_REPORTS_TRACKED_FROM:-$(go_live_date)}" \
    OIDC_AUTH_SERVER_URL="$REALM_URL" OIDC_CLIENT_ID="$name" OIDC_CLIENT_SECRET="$name-local-secret" \
    PORTAL_ORIGINS="${PORTAL_ORIGINS:-$DASHBOARD_ORIGIN,http://localhost:$REPORTING_SERVICE_PORT,http://localhost:3000,http://127.0.0.1:3000}" \
    nohup java -Xmx384m -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" >> "$LOGS/$name.log" 2>&1 &
  echo $! > "$RUN/$name.pid"
}

service_ready() { running "$1" && curl -fs -o /dev/null "http://127.0.0.1:$(port_of "$1")/q/health/ready"; }

wait_until() {
  local what=$1 seconds=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    if [ $SECONDS -ge $deadline ]; then
      die "$what did not become ready in ${seconds}s: see deploy/local/portfolio.sh logs ${what}"
    fi
    sleep 0.5
  done
}

up() {
  require_tools
  require_postgres
  mkdir -p "$LOGS"
  build_if_needed
  tools org.itu.bdt.portfolio.tools.LocalDatabases create "${DATABASES[@]}"
  start_keycloak
  start_kafka
  wait_until keycloak 180 keycloak_ready
  local s
  for s in "${SERVICES[@]}"; do start_service "$s"; done
  for s in "${SERVICES[@]}"; do wait_until "$s" 120 service_ready "$s"; done
  say "Loading the reference portfolio through the REST APIs..."
  tools org.itu.bdt.portfolio.tools.ReferencePortfolioLoader \
    --data "$ROOT/deploy/reference-data" \
    --project-service "http://127.0.0.1:$PROJECT_SERVICE_PORT" \
    --funding-service "http://127.0.0.1:$FUNDING_SERVICE_PORT" \
    --reporting-service "http://127.0.0.1:$REPORTING_SERVICE_PORT" \
    --token-url "$REALM_URL/protocol/openid-connect/token" \
    --client-id portfolio-loader --client-secret portfolio-loader-local-secret
  cat <<EOF

The portfolio is up.
  project-service    http://127.0.0.1:$PROJECT_SERVICE_PORT/api/projects        (Swagger UI: /q/swagger-ui)
  funding-service    http://127.0.0.1:$FUNDING_SERVICE_PORT/api/agreements      (Swagger UI: /q/swagger-ui)
  reporting-service  http://127.0.0.1:$REPORTING_SERVICE_PORT/api/reports/portfolio-by-region?asOf=2024-12-31
  Dashboard          $DASHBOARD_ORIGIN/dashboard   (sign in as viewer, password viewer; partner-ec for a partner's view)
  Kafka broker       127.0.0.1:$KAFKA_PORT
  Keycloak           $REALM_URL   (admin console: http://127.0.0.1:$KEYCLOAK_PORT/admin, admin/admin)

  Figure 1 as printed:
    TOKEN=\$(deploy/local/portfolio.sh token viewer)
    curl -H "Authorization: Bearer \$TOKEN" -H 'Accept: text/csv' 'http://127.0.0.1:$REPORTING_SERVICE_PORT/api/reports/portfolio-by-region?asOf=2024-12-31'
  Stop with: deploy/local/portfolio.sh down
EOF
}

# One part started again as `up` starts it, without building or loading the reference portfolio: what an operator
# (or deploy/chaos/faults.sh) does after that part died.
start_one() {
  local name=${1:-}
  require_tools
  mkdir -p "$LOGS"
  case "$name" in
    kafka) start_kafka ;;
    project-service|funding-service|reporting-service)
      start_service "$name"
      wait_until "$name" 120 service_ready "$name" ;;
    *) die "usage: start kafka|project-service|funding-service|reporting-service" ;;
  esac
}

stop_pid() {
  local name=$1 pid i
  running "$name" || { rm -f "$RUN/$name.pid"; return 0; }
  pid=$(cat "$RUN/$name.pid")
  kill "$pid" 2>/dev/null || true
  for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    # kc.sh runs Keycloak as its child: a kill -9 of the script alone would leave the server running
    pkill -9 -P "$pid" 2>/dev/null || true
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$RUN/$name.pid"
  say "stopped $name (pid $pid)"
}

down() {
  local s
  for s in reporting-service funding-service project-service keycloak kafka; do stop_pid "$s"; done
}

status() {
  local s port
  for s in keycloak kafka "${SERVICES[@]}"; do
    if ! running "$s"; then printf '%-18s stopped\n' "$s"; continue; fi
    if [ "$s" = kafka ]; then
      printf '%-18s running (pid %s) 127.0.0.1:%s\n' "$s" "$(cat "$RUN/$s.pid")" "$KAFKA_PORT"
    elif [ "$s" = keycloak ]; then
      if keycloak_ready; then state=ready; else state="not ready"; fi
      printf '%-18s running (pid %s) %s %s\n' "$s" "$(cat "$RUN/$s.pid")" "$REALM_URL" "$state"
    else
      port=$(port_of "$s")
      if service_ready "$s"; then state=ready; else state="not ready"; fi
      printf '%-18s running (pid %s) http://127.0.0.1:%s %s\n' "$s" "$(cat "$RUN/$s.pid")" "$port" "$state"
    fi
  done
}

reset() {
  require_tools
  require_postgres
  down
  rm -rf "$RUN/kafka-data" "$RUN/server.properties" "$RUN/go-live" "$KEYCLOAK_HOME/data"
  build_if_needed
  tools org.itu.bdt.portfolio.tools.LocalDatabases drop "${DATABASES[@]}"
  say "local databases, broker data and Keycloak's store wiped (the next up imports the realm again)"
}

logs() {
  mkdir -p "$LOGS"
  if [ $# -gt 0 ]; then exec tail -n 100 -f "$LOGS/$1.log"; fi
  local f
  for f in "$LOGS"/*.log; do
    [ -e "$f" ] || { say "no logs yet"; return 0; }
    say "==> $f <=="
    tail -n 20 "$f"
  done
}

# A demo user's access token (password = username) by the password grant of the public client portfolio-cli.
token() {
  local role=${1:-} partner=${2:-} user response access partners=deploy/reference-data/partners.csv
  case "$role" in
    admin|project-manager|finance|board|viewer) user=$role ;;
    partner)
      [ -n "$partner" ] || die "token partner needs a partner id, such as EC or JP-MIC ($partners)"
      user="partner-$(printf '%s' "$partner" | tr '[:upper:]' '[:lower:]')" ;;
    *) die "usage: token ROLE [PARTNER_ID]; ROLE: admin, project-manager, finance, board, viewer, partner" ;;
  esac
  curl -fs -o /dev/null "$REALM_URL/.well-known/openid-configuration" \
    || die "Keycloak does not answer at $REALM_URL: start the system with deploy/local/portfolio.sh up"
  response=$(curl -s --data-urlencode grant_type=password --data-urlencode client_id=portfolio-cli \
    --data-urlencode "username=$user" --data-urlencode "password=$user" "$REALM_URL/protocol/openid-connect/token")
  access=$(printf '%s' "$response" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  if [ -z "$access" ]; then
    [ "$role" = partner ] && die "no user $user: $partner is not a reference partner ($partners)"
    die "Keycloak gave no token for $user: $response"
  fi
  printf '%s\n' "$access"
}

# The dashboard's browser tests drive Debian's Chromium through its chromedriver (the paths CHROMIUM and CHROMEDRIVER
# name, /usr/bin/... by default) and read its PDFs with pdftotext: installs what is missing, with apt-get.
require_browser() {
  local packages=() sudo=()
  [ -x "${CHROMIUM:-/usr/bin/chromium}" ] || packages+=(chromium)
  [ -x "${CHROMEDRIVER:-/usr/bin/chromedriver}" ] || packages+=(chromium-driver)
  command -v pdftotext >/dev/null || packages+=(poppler-utils)
  [ ${#packages[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null \
    || die "the browser tests need Debian's ${packages[*]}, and there is no apt-get here: install them yourself."
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "installing ${packages[*]} for the browser tests needs root, or sudo."
    sudo=(sudo)
  fi
  say "Installing ${packages[*]} for the browser tests (apt-get install -y)..."
  local install=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends)
  # the package lists may be missing or stale (a fresh container): update them only if the install fails
  "${install[@]}" "${packages[@]}" || { "${sudo[@]}" apt-get update -q && "${install[@]}" "${packages[@]}"; } \
    || die "could not install ${packages[*]}: install them (apt-get install -y ${packages[*]}) and run the tests again."
  [ -x "${CHROMIUM:-/usr/bin/chromium}" ] && [ -x "${CHROMEDRIVER:-/usr/bin/chromedriver}" ] \
    && command -v pdftotext >/dev/null \
    || die "after installing ${packages[*]}: still no ${CHROMIUM:-/usr/bin/chromium}, ${CHROMEDRIVER:-/usr/bin/chromedriver} or pdftotext."
}

run_tests() {
  require_tools
  require_browser
  # the event contract first: docs/asyncapi.yaml must be a valid AsyncAPI document before the contract tests use it
  "$ROOT/deploy/contracts/validate.sh"
  require_postgres
  # coverage data appends across runs: start each run from none
  rm -f "$ROOT"/*/target/jacoco-quarkus.exec
  "$ROOT/mvnw" -B verify "$@"
  coverage_summary
}

# Line coverage of each module, summed from the JaCoCo report the build wrote (target/site/jacoco/).
coverage_summary() {
  local csv module
  say "Line coverage (JaCoCo; details in <module>/target/site/jacoco/index.html):"
  for csv in "$ROOT"/*/target/site/jacoco/jacoco.csv; do
    [ -f "$csv" ] || continue
    module=${csv#"$ROOT/"}; module=${module%%/*}
    awk -F, -v m="$module" 'NR > 1 { missed += $(NF - 5); covered += $(NF - 4) }
      END { if (missed + covered) printf "  %-20s %5.1f %%  (%d of %d lines)\n", m, 100 * covered / (missed + covered), covered, missed + covered }' "$csv"
  done
}

case "${1:-}" in
  up) up ;;
  start) shift; start_one "$@" ;;
  stop) shift; stop_pid "${1:?usage: stop kafka|keycloak|project-service|funding-service|reporting-service}" ;;
  down) down ;;
  status) status ;;
  reset) reset ;;
  logs) shift; logs "$@" ;;
  token) shift; token "$@" ;;
  test) shift; run_tests "$@" ;;
  *) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
