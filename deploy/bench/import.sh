#!/usr/bin/env bash
# Bulk finance import: ROWS transaction rows posted as CSV to POST /api/finance/transactions in atomic batches of
# BATCH rows by CLIENTS clients (default 1), timed from the first request to the last answer, then until
# funding-service's outbox has published every TransactionRecorded and reporting-service has consumed them. Baseline
# in the same run: psql's \copy of the same CSV file into a table like the service's (same columns, constraints and
# indexes) in a scratch database of the same PostgreSQL; the ratio is our time over COPY's.
# Needs the system started by deploy/local/portfolio.sh up (the reference portfolio's agreements); adds transactions
# with references new to each run (reset clears them).
# Usage: deploy/bench/import.sh [ROWS] [BATCH]      (CLIENTS as a variable)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ROWS=${1:-1000000}
BATCH=${2:-10000}
FUNDING_DB=${FUNDING_DB:-funding}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

psql -qAt -d "$FUNDING_DB" -c "select agreement_number from agreement order by agreement_number" > "$work/agreements"
[ -s "$work/agreements" ] || { echo "import.sh: no agreements in $FUNDING_DB: load the reference portfolio" >&2; exit 1; }
tools org.itu.bdt.portfolio.tools.bench.FinanceTransactions --rows "$ROWS" --run "$(date +%s)" \
  --agreements "$work/agreements" --out "$work/transactions.csv"
echo "rows=$ROWS batch=$BATCH agreements=$(wc -l < "$work/agreements") csv_mb=$(du -m "$work/transactions.csv" | cut -f1)"

# Ours: the import, then its events through the outbox relay and into reporting-service (which records each in its
# inbox and otherwise ignores it).
pending() { psql -qAt -d "$FUNDING_DB" -c "select count(*) from outbox_event where published_at is null"; }
ours=$(bench_tool ImportBenchmark --file "$work/transactions.csv" --batch "$BATCH" --clients "${CLIENTS:-1}")
echo "$ours"
began_ms=$(sed -n 's/.*began_at_ms=\([0-9]*\).*/\1/p' <<<"$ours")
ours_s=$(sed -n 's/.* seconds=\([0-9.]*\).*/\1/p' <<<"$ours")
since_began() { awk -v b="$began_ms" -v n="$(date +%s%3N)" 'BEGIN { printf "%.1f", (n - b) / 1000 }'; }
while [ "$(pending)" -gt 0 ]; do sleep 0.2; done
echo "outbox published all after_s=$(since_began)"
while [ "$(group_lag)" != 0 ]; do sleep 1; done
echo "reporting-service consumed all after_s=$(since_began)"

# The baseline: the same file, COPY FROM STDIN into the service's own table (its migration's DDL, the agreements it
# references as a one-column table), the time recorded taken as the insert's.
migration="$ROOT/funding-service/src/main/resources/db/migration/V5__finance_transactions.sql"
psql -qAt -d postgres -c "select 1 from pg_database where datname = 'bench_import'" | grep -q 1 \
  || psql -q -d postgres -c "create database bench_import"
psql -q -d bench_import -v ON_ERROR_STOP=1 <<SQL
set client_min_messages = warning;
drop table if exists financial_transaction;
drop table if exists agreement;
create table agreement (agreement_number text primary key);
\copy agreement from '$work/agreements'
$(sed -n '/^create table financial_transaction/,/^);/p; /^create index financial_transaction_/p' "$migration")
alter table financial_transaction alter column recorded_at set default now();
SQL
copy_began=$(date +%s%N)
psql -q -d bench_import -v ON_ERROR_STOP=1 -c "\\copy financial_transaction (reference, agreement_number, type_code,
  transaction_date, currency, amount, chf_amount, description) from '$work/transactions.csv' with (format csv, header)"
copy_s=$(awk -v b="$copy_began" -v e="$(date +%s%N)" 'BEGIN { printf "%.2f", (e - b) / 1e9 }')
copied=$(psql -qAt -d bench_import -c "select count(*) from financial_transaction")
echo "psql \\copy rows=$copied seconds=$copy_s rows_per_second=$(awk -v n="$copied" -v s="$copy_s" 'BEGIN { printf "%.0f", n / s }')"
echo "ratio import_seconds / copy_seconds = $(ratio "$ours_s" "$copy_s") (target <= 3)"
