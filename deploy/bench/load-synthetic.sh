#!/usr/bin/env bash
# Loads the synthetic portfolio (SyntheticPortfolio: the reference proportions at any size, deterministic from the
# seed) straight onto the two topics, and waits until reporting-service has consumed all of it: its consumer group's
# lag is 0, and Figure 1's totals moved by what the generator says the loaded projects add.
# Usage: deploy/bench/load-synthetic.sh --projects N [--seed S] [--from M]
#   --from M loads projects M..N-1 only: on a system that holds the first M (same seed), it grows the portfolio to N.
# project-service is stopped first: it consumes portfolio.funding.v1 too, and would record every synthetic agreement
# and start partner-report schedules of its own. The source services never hold the synthetic projects, so
# reconciliation lists them; that is expected on a benchmark system. Run it on a throw-away system.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PROJECTS= SEED=1 FROM=0 AS_OF=2024-12-31
while [ $# -gt 0 ]; do
  case "$1" in
    --projects) PROJECTS=$2 ;;
    --seed) SEED=$2 ;;
    --from) FROM=$2 ;;
    *) echo "usage: load-synthetic.sh --projects N [--seed S] [--from M]" >&2; exit 2 ;;
  esac
  shift 2
done
[ -n "$PROJECTS" ] || { echo "usage: load-synthetic.sh --projects N [--seed S] [--from M]" >&2; exit 2; }

"$ROOT/deploy/local/portfolio.sh" stop project-service >/dev/null
viewer=$(token viewer)
read -r before_projects before_partner before_itu < <(figure1_total "$viewer" "$AS_OF")
started=$(date +%s.%N)
out=$(tools org.itu.bdt.portfolio.tools.bench.SyntheticLoad --projects "$PROJECTS" --from "$FROM" --seed "$SEED" \
  --bootstrap "127.0.0.1:$KAFKA_PORT" --data "$ROOT/deploy/reference-data" --as-of "$AS_OF" 2> >(grep -v '^SLF4J' >&2))
echo "$out"
events=$(echo "$out" | sed -n 's/.* events=\([0-9]*\).*/\1/p')
read -r exp_projects exp_partner exp_itu < <(echo "$out" \
  | sed -n 's/^expected .* projects=\([0-9]*\) partner_chf=\([0-9.]*\) itu_chf=\([0-9.]*\)/\1 \2 \3/p')

until [ "$(group_lag)" = 0 ]; do sleep 2; done
consumed=$(date +%s.%N)
seconds=$(awk -v a="$started" -v b="$consumed" 'BEGIN { printf "%.1f", b - a }')
rate=$(awk -v n="$events" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }')
echo "consumed events=$events seconds=$seconds events_per_s=$rate (produce and consume, to lag 0)"

read -r after_projects after_partner after_itu < <(figure1_total "$(token viewer)" "$AS_OF")
got=$(awk -v a="$after_projects" -v b="$before_projects" -v c="$after_partner" -v d="$before_partner" \
  -v e="$after_itu" -v f="$before_itu" 'BEGIN { printf "%d %.2f %.2f", a - b, c - d, e - f }')
want=$(awk -v a="$exp_projects" -v c="$exp_partner" -v e="$exp_itu" 'BEGIN { printf "%d %.2f %.2f", a, c, e }')
echo "figure1 asOf=$AS_OF moved by projects/partner/itu: $got; the generator expects $want"
[ "$got" = "$want" ] || { echo "load-synthetic: Figure 1 did not move as expected" >&2; exit 1; }
