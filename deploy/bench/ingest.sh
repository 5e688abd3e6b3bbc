#!/usr/bin/env bash
# Ingest: the agreements per second that several clients get accepted (201) and then visible in Figure 1, next to
# pgbench's single-row insert transactions per second with as many clients on the same PostgreSQL, and the ratio.
# Needs the system started by deploy/local/portfolio.sh up; adds agreements to it (reset clears them).
# Usage: deploy/bench/ingest.sh [CLIENTS] [SECONDS]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
CLIENTS=${1:-4}
SECONDS_RUN=${2:-30}

ours=$(bench_tool IngestBenchmark --clients "$CLIENTS" --seconds "$SECONDS_RUN")
echo "$ours"

# The baseline: one row per transaction, as wide as an agreement's, into a table of a scratch database.
psql -qAt -d postgres -c "select 1 from pg_database where datname = 'bench_ingest'" | grep -q 1 \
  || psql -q -d postgres -c "create database bench_ingest"
psql -q -d bench_ingest -c "drop table if exists agreement_row; create table agreement_row (
  id bigserial primary key, agreement_number text not null unique, project_number text not null,
  partner_id text, currency text not null, original_amount numeric(19,2) not null, chf_amount numeric(19,2) not null,
  signed_on date not null, created_at timestamptz not null default now())"
script=$(mktemp)
trap 'rm -f "$script"' EXIT
cat > "$script" <<'SQL'
insert into agreement_row (agreement_number, project_number, partner_id, currency, original_amount, chf_amount, signed_on)
values (md5(random()::text || clock_timestamp()::text), '9BEN00001', 'BENCH', 'CHF', 1.00, 1.00, current_date);
SQL
pg=$(pgbench -n -c "$CLIENTS" -j "$CLIENTS" -T "$SECONDS_RUN" -f "$script" bench_ingest 2>&1)
pg_tps=$(echo "$pg" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | tail -1)
[ -n "$pg_tps" ] || { echo "could not read pgbench output:"; echo "$pg"; exit 1; }
echo "pgbench single-row inserts clients=$CLIENTS tps=$pg_tps"
ours_rate=$(echo "$ours" | sed -n 's/.*visible_per_second=\([0-9.]*\).*/\1/p')
awk -v a="$ours_rate" -v b="$pg_tps" 'BEGIN { printf "ratio visible_per_second / pgbench_tps = %.3f (%.1f %%)\n", a / b, 100 * a / b }'
