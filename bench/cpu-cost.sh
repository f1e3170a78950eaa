#!/usr/bin/env bash
# CPU cost of one sale against one pgbench TPC-B transaction, on the same PostgreSQL, in one run.
# The throughput ratio of the issue (sales/s over pgbench tps, both with the 2 cores saturated) is about the
# inverse ratio of these costs, which drifts less with the VM's speed than throughput does.
#  1. bench/TillLoad.java --no-pgbench (your options, default --mix sale=100): CPU of Karaf, of PostgreSQL
#     (postmaster and all its children) and of the whole machine over the measured window, per sale;
#  2. pgbench TPC-B (-M prepared, scale 10, 32 clients, -j 2) on a scratch database of the same server:
#     the same figures per transaction (pgbench's own client counts in "machine").
# Needs the product running (tenants/fidelis run). Usage: bench/cpu-cost.sh [TillLoad options]
# Leaves nothing behind: the scratch database pgbench_cost is dropped.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FIDELIS_HOME=${FIDELIS_HOME:-$HOME/.fidelis}
JAVA=${JAVA:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-15432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
export PGHOST PGPORT PGUSER PGPASSWORD
ARGS=("$@")
[[ " ${ARGS[*]:-} " == *" --mix "* ]] || ARGS+=(--mix sale=100)
[[ " ${ARGS[*]} " == *" --seconds "* ]] || ARGS+=(--seconds 25)
[[ " ${ARGS[*]} " == *" --warmup "* ]] || ARGS+=(--warmup 5)
arg() { local i; for ((i = 0; i < ${#ARGS[@]}; i++)); do [[ ${ARGS[i]} == "$1" ]] && { echo "${ARGS[i+1]}"; return; }; done; }
SECONDS_RUN=$(arg --seconds); WARMUP=$(arg --warmup)

KARAF=$(pgrep -f "karaf.home=$FIDELIS_HOME/karaf" | head -1 || true)
PGMAIN=$(head -1 "$FIDELIS_HOME/pgdata/postmaster.pid" 2>/dev/null || true)
[[ -n $KARAF && -n $PGMAIN ]] || { echo "product not running (karaf=$KARAF postgres=$PGMAIN)" >&2; exit 1; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"; dropdb --if-exists pgbench_cost 2>/dev/null || true' EXIT

ticks() { # utime+stime clock ticks of a pid and, with 'tree', of its children (PostgreSQL's backends)
  local sum=0 p
  for p in $1 $( [[ ${2:-} == tree ]] && pgrep -P "$1" ); do
    [[ -r /proc/$p/stat ]] && sum=$((sum + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo $sum
}
busy() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; } # user nice system irq softirq steal
snapshot() { echo "$(ticks "$KARAF") $(ticks "$PGMAIN" tree) $(busy) $(date +%s.%N)"; }
HZ=$(getconf CLK_TCK)
report() { # label operations-per-second before after: ms of CPU per operation
  python3 - "$@" "$HZ" <<'PY'
import sys
label, rate = sys.argv[1], float(sys.argv[2])
k0, p0, m0, t0 = map(float, sys.argv[3].split()); k1, p1, m1, t1 = map(float, sys.argv[4].split()); hz = float(sys.argv[5])
ops = rate * (t1 - t0)
ms = lambda ticks: ticks / hz * 1000 / ops
print(f"{label}: {rate:.1f}/s over {t1 - t0:.1f} s; ms of CPU per operation: karaf {ms(k1 - k0):.3f} "
      f"postgresql {ms(p1 - p0):.3f} machine {ms(m1 - m0):.3f}")
PY
}

# 1. sales: sample inside the measured window, after its first second
"$JAVA" "$REPO/bench/TillLoad.java" --no-pgbench "${ARGS[@]}" >"$OUT/load.txt" 2>&1 &
LOAD=$!
sleep $((WARMUP + 1))
before=$(snapshot)
sleep $((SECONDS_RUN - 3))
after=$(snapshot)
wait $LOAD || { cat "$OUT/load.txt"; exit 1; }
grep -E '^(till-load|measured_s|sale )' "$OUT/load.txt"
SALES=$(sed -n 's/.*sales_per_s=\([0-9.]*\).*/\1/p' "$OUT/load.txt")
report sales "$SALES" "$before" "$after" | tee "$OUT/sales"

# 2. TPC-B: sample between seconds 3 and 21 of a 25 s run, rate from pgbench's progress lines of that span
dropdb --if-exists pgbench_cost 2>/dev/null || true
createdb pgbench_cost && pgbench -i -q -s 10 pgbench_cost >/dev/null 2>&1
pgbench -n -M prepared -c 32 -j 2 -T 25 -P 1 pgbench_cost >"$OUT/pgbench.txt" 2>&1 &
BENCH=$!
sleep 3
before=$(snapshot)
sleep 18
after=$(snapshot)
wait $BENCH
TPS=$(awk '/^progress:/ { t = $2 + 0; if (t >= 4 && t <= 21) { sum += $4; n++ } } END { printf "%.1f", sum / n }' "$OUT/pgbench.txt")
report "pgbench TPC-B" "$TPS" "$before" "$after" | tee "$OUT/tpcb"

python3 - "$OUT/sales" "$OUT/tpcb" <<'PY'
import re, sys
cost = lambda f, what: float(re.search(what + r' ([0-9.]+)', open(f).read()).group(1))
sale, tpcb = sys.argv[1], sys.argv[2]
print(f"a sale costs the machine {cost(sale, 'machine') / cost(tpcb, 'machine'):.2f} TPC-B transactions "
      f"(target <= 2.00 for a ratio >= 0.50); PostgreSQL alone {cost(sale, 'postgresql') / cost(tpcb, 'postgresql'):.2f} "
      f"of its TPC-B cost, {cost(sale, 'postgresql') / cost(tpcb, 'machine'):.2f} of a whole TPC-B transaction")
PY
