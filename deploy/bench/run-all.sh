#!/usr/bin/env bash
# The benchmark suite at growing portfolio sizes: for each size, the synthetic portfolio grown to it
# (load-synthetic.sh, which prints its own load figures), then report reads (reads.sh), then the services' memory
# (memory.sh), whose last phase is a rebuild (rebuild.sh).
# Each size adds its projects to the last one's (same seed), so run it on a fresh system:
#   deploy/local/portfolio.sh reset && PORTFOLIO_RATE_LIMIT_ENABLED=false deploy/local/portfolio.sh up
#   deploy/bench/run-all.sh 100 10000 100000
# Usage: deploy/bench/run-all.sh [SIZE...] (default 100 10000 100000); SEED (1) and READ_SECONDS (15) as variables.
# Everything it prints also goes to deploy/local/.run/bench-<time>.log.
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$BENCH/lib.sh"
SIZES=("$@")
[ $# -gt 0 ] || SIZES=(100 10000 100000)
LOG="$RUN/bench-$(date +%Y%m%d-%H%M%S).log"
exec > >(tee "$LOG") 2>&1
echo "run-all $(date -u +%FT%TZ) sizes=${SIZES[*]} seed=${SEED:-1} commit=$(git -C "$ROOT" rev-parse --short HEAD)"
loaded=0
for size in "${SIZES[@]}"; do
  echo "== $size projects"
  "$BENCH/load-synthetic.sh" --projects "$size" --from "$loaded" --seed "${SEED:-1}"
  loaded=$size
  "$BENCH/reads.sh" "${READ_SECONDS:-15}"
  "$BENCH/memory.sh"
done
echo "log: $LOG"
