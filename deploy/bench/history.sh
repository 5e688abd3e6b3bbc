#!/usr/bin/env bash
# One project's history: the time from an accepted agreement to its arrival in Figure 1, for projects holding 10,
# 1,000 and 10,000 agreements, the smallest history being the baseline (issue 13: flat, <= 1.5x).
# Needs the system started by deploy/local/portfolio.sh up; adds ~11,000 agreements to it (reset clears them).
# Usage: deploy/bench/history.sh [HISTORIES] [MEASURED_PER_PROJECT] [PROJECTS]   e.g. 10,1000,10000 50
# PROJECTS (comma-separated, in the order of HISTORIES) measures the projects an earlier run loaded, without loading.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_tool HistoryBenchmark --histories "${1:-10,1000,10000}" --agreements "${2:-50}" ${3:+--projects "$3"}
