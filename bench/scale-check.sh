#!/usr/bin/env bash
# The scale check of issue 4: till p99 with 1,000,000 members / 20,000,000 ledger entries must be no worse
# than 1.3 x the p99 with 10,000 members. Needs the product running (tenants/fidelis run); takes ~20 min
# (the 1M seed is most of it) and ~13 GB of disk while the seed is there. See bench/README.md.
#
#   bench/scale-check.sh [--runs 2] [--keep] [TillLoad options, e.g. --seconds 30 --mix sale=60,wallet=15,...]
#
# 1. drops any earlier seed, seeds 10,000 members of demo-bar (bench/seed-scale.sh), runs TillLoad --runs
#    times over those cards (the till of demo-bar only) and keeps the last run (the JIT needs the first);
# 2. extends the seed to 1,000,000 members and runs TillLoad --runs times over all of them;
# 3. prints the p99 of each operation at both sizes and their ratio, then drops the seed (unless --keep).
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAVA=${JAVA:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
RUNS=2
KEEP=0
LOAD_ARGS=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) RUNS=$2; shift ;;
    --keep) KEEP=1 ;;
    *) LOAD_ARGS+=("$1") ;;
  esac
  shift
done
[[ $RUNS =~ ^[1-9]$ ]] || { echo "scale-check: --runs must be 1..9" >&2; exit 2; }
OUT=$(mktemp -d /tmp/scale-check.XXXXXX)
echo "scale-check: outputs in $OUT"

load() { # $1 = members, $2 = output file
  local i
  for (( i = 1; i <= RUNS; i++ )); do
    { echo "uptime $(uptime)"; "$JAVA" "$REPO/bench/TillLoad.java" --no-pgbench \
        --client till-demo-bar-main-1=demo-bar-main-1-secret --card-prefix SCALE- --cards "$1" --cards-exist \
        ${LOAD_ARGS[@]+"${LOAD_ARGS[@]}"}; echo "uptime $(uptime)"; } > "$2.run$i" 2>&1
    cat "$2.run$i"
  done
  cp "$2.run$RUNS" "$2"
}

"$REPO/bench/seed-scale.sh" --drop
"$REPO/bench/seed-scale.sh" --members 10000
load 10000 "$OUT/10k.txt"
"$REPO/bench/seed-scale.sh" --members 1000000
load 1000000 "$OUT/1m.txt"

# rows of the TillLoad table: op count ops/s p50 p95 p99 max errors refused
echo "scale-check: p99 (ms) of the last run at each size; target ratio <= 1.30"
printf '%-8s %10s %10s %7s %s\n' op p99_10k p99_1m ratio verdict
awk 'FNR == 1 { file++ }
     $1 ~ /^(sale|wallet|topup|lookup|refund|retry|all)$/ && NF == 9 { p99[file, $1] = $6; if (file == 1) ops[++n] = $1 }
     END { for (i = 1; i <= n; i++) { o = ops[i]; a = p99[1, o]; b = p99[2, o];
             r = a > 0 ? b / a : 0; printf "%-8s %10.1f %10.1f %7.2f %s\n", o, a, b, r, r <= 1.3 ? "PASS" : "FAIL" } }' \
    "$OUT/10k.txt" "$OUT/1m.txt"
(( KEEP )) || "$REPO/bench/seed-scale.sh" --drop
