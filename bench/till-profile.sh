#!/usr/bin/env bash
# Runs bench/TillLoad.java (without pgbench) and profiles the product while it runs:
#  - CPU seconds used during the measured window by Karaf, PostgreSQL (all its processes), Keycloak
#    and the load generator, from /proc/<pid>/stat;
#  - PostgreSQL work per sale: pg_stat_database (commits, rows) and pg_stat_user_tables (index scans,
#    inserts, updates) deltas on the fidelis database, divided by the sales of the window;
#  - where Karaf's request threads are: jstack samples, each request thread classified by the first
#    telling frame (waiting on PostgreSQL, pool wait, EclipseLink, JSON, token check, program pool...).
# Needs the product running (tenants/fidelis run). Usage:
#   bench/till-profile.sh [--samples 10] [TillLoad options, e.g. --tills 32 --seconds 30]
# Read-only on the product: it only reads statistics views and takes thread dumps.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FIDELIS_HOME=${FIDELIS_HOME:-$HOME/.fidelis}
JAVA=${JAVA:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
JSTACK=${JSTACK:-$(dirname "$JAVA")/jstack}
SAMPLES=10
if [[ ${1:-} == --samples ]]; then SAMPLES=$2; shift 2; fi
ARGS=("$@")
arg() { local name=$1 dflt=$2 i; for ((i = 0; i < ${#ARGS[@]}; i++)); do [[ ${ARGS[i]} == "$name" ]] && { echo "${ARGS[i+1]}"; return; }; done; echo "$dflt"; }
SECONDS_RUN=$(arg --seconds 30); WARMUP=$(arg --warmup 5)
PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-15432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
export PGHOST PGPORT PGUSER PGPASSWORD
psqlq() { psql -X -At -d fidelis -c "$1"; }

KARAF=$(pgrep -f "karaf.home=$FIDELIS_HOME/karaf" | head -1)
PGMAIN=$(head -1 "$FIDELIS_HOME/pgdata/postmaster.pid")
KEYCLOAK=$(pgrep -f 'kc.script.pid|keycloak' | head -1 || true)
[[ -n $KARAF && -n $PGMAIN ]] || { echo "product not running (karaf=$KARAF postgres=$PGMAIN)" >&2; exit 1; }
OUT=$(mktemp -d)

ticks() { # total utime+stime ticks of a pid (and, with 'tree', of its direct children)
  local pid=$1 sum=0 p
  for p in $pid $( [[ ${2:-} == tree ]] && pgrep -P "$pid" ); do
    [[ -r /proc/$p/stat ]] && sum=$((sum + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo $sum
}
dbstats() {
  psqlq "SELECT xact_commit, xact_rollback, tup_inserted, tup_updated, tup_fetched, tup_returned FROM pg_stat_database WHERE datname = 'fidelis'"
  psqlq "SELECT relname, coalesce(idx_scan,0), coalesce(seq_scan,0), n_tup_ins, n_tup_upd FROM pg_stat_user_tables ORDER BY relname" | tr '\n' ' '
  echo
}

"$JAVA" "$REPO/bench/TillLoad.java" --no-pgbench "$@" >"$OUT/load.txt" 2>&1 &
LOADPID=$!
sleep "$WARMUP"
sleep 1 # the first second of the window: let the tills reach full speed
LOADJAVA=$(pgrep -P $LOADPID | head -1 || echo $LOADPID)
psqlq "SELECT pg_stat_clear_snapshot()" >/dev/null
dbstats >"$OUT/db0"
read -r _ u0 n0 s0 i0 w0 q0 sq0 _ < /proc/stat; k0=$(ticks "$KARAF"); p0=$(ticks "$PGMAIN" tree); c0=$(ticks "${KEYCLOAK:-$KARAF}"); l0=$(ticks "$LOADPID" tree); t0=$(date +%s.%N)
WINDOW=$((SECONDS_RUN - 6)); ((WINDOW > 2)) || WINDOW=2
START=$(date +%s.%N)
for ((i = 1; i <= SAMPLES; i++)); do
  due=$(echo "$START + $WINDOW * $i / ($SAMPLES + 1)" | bc -l)
  wait_s=$(echo "$due - $(date +%s.%N)" | bc -l)
  [[ $wait_s == -* ]] || sleep "$wait_s"
  "$JSTACK" "$KARAF" >"$OUT/jstack.$i" 2>/dev/null || true
  psqlq "SELECT coalesce(wait_event_type,'cpu') || ':' || coalesce(wait_event,'running') || ' ' || state || ' ' || left(regexp_replace(query, '\s+', ' ', 'g'), 60) FROM pg_stat_activity WHERE datname = 'fidelis' AND backend_type = 'client backend' AND pid <> pg_backend_pid()" >>"$OUT/pgactivity" || true
done
wait_s=$(echo "$START + $WINDOW - $(date +%s.%N)" | bc -l)
[[ $wait_s == -* ]] || sleep "$wait_s"
read -r _ u1 n1 s1 i1 w1 q1 sq1 _ < /proc/stat; k1=$(ticks "$KARAF"); p1=$(ticks "$PGMAIN" tree); c1=$(ticks "${KEYCLOAK:-$KARAF}"); l1=$(ticks "$LOADPID" tree); t1=$(date +%s.%N)
dbstats >"$OUT/db1"
wait $LOADPID || true

cat "$OUT/load.txt"
HZ=$(getconf CLK_TCK)
el=$(echo "$t1 - $t0" | bc)
echo "--- CPU during ${el%.*} s of the measured window (2 cores = 200 %)"
for n in karaf:$k0:$k1 postgres:$p0:$p1 keycloak:$c0:$c1 loadgen:$l0:$l1; do
  IFS=: read -r name a b <<<"$n"
  printf 'cpu %-9s %6.1f %%\n' "$name" "$(echo "scale=3; ($b - $a) / $HZ / $el * 100" | bc)"
done
tot=$(( (u1+n1+s1+i1+w1+q1+sq1) - (u0+n0+s0+i0+w0+q0+sq0) ))
printf 'cpu machine   user %.0f %% system %.0f %% softirq %.0f %% idle %.0f %% (of 100 %% = both cores)\n' \
  "$(echo "100*($u1+$n1-$u0-$n0)/$tot" | bc -l)" "$(echo "100*($s1-$s0)/$tot" | bc -l)" "$(echo "100*($sq1+$q1-$sq0-$q0)/$tot" | bc -l)" "$(echo "100*($i1+$w1-$i0-$w0)/$tot" | bc -l)"
python3 - "$OUT" "$el" <<'PY'
import sys, re, collections, glob
out, el = sys.argv[1], float(sys.argv[2])
load = open(out + "/load.txt").read()
m = re.search(r"sales_per_s=([0-9.]+)", load)
ops = re.search(r"ops_per_s=([0-9.]+)", load)
sales = float(m.group(1)) * el if m else 0
a, b = [l.split() for l in open(out + "/db0")], [l.split() for l in open(out + "/db1")]
names = ["xact_commit", "xact_rollback", "tup_inserted", "tup_updated", "tup_fetched", "tup_returned"]
d0 = dict(zip(names, map(int, a[0][0].split("|")))); d1 = dict(zip(names, map(int, b[0][0].split("|"))))
print("--- PostgreSQL per till operation (all ops of the window; %.0f ops, %.0f sales est. from the load rate)" % (float(ops.group(1)) * el if ops else 0, sales))
nops = float(ops.group(1)) * el if ops else 1
for k in names:
    print("pg %-13s %8d  per_op=%.2f" % (k, d1[k] - d0[k], (d1[k] - d0[k]) / nops))
t0 = {r.split("|")[0]: list(map(int, r.split("|")[1:])) for r in a[1]}
t1 = {r.split("|")[0]: list(map(int, r.split("|")[1:])) for r in b[1]}
for rel in sorted(t1):
    d = [y - x for x, y in zip(t0.get(rel, [0] * 4), t1[rel])]
    if any(d):
        print("table %-18s idx_scan/op=%.2f seq_scan/op=%.2f ins/op=%.2f upd/op=%.2f" % (rel, d[0] / nops, d[1] / nops, d[2] / nops, d[3] / nops))

# jstack: classify Jetty request threads (qtp...) by the first telling frame
rules = [  # checked frame by frame from the top of the stack: the first frame that matches names the thread
    ("idle (Jetty pool)", r"QueuedThreadPool\.idleJobPoll|ReservedThreadExecutor"),
    ("accept/select", r"ManagedSelector|ServerSocketChannelImpl\.accept|\.Acceptor"),
    ("waiting for PostgreSQL (socket read)", r"org\.postgresql\.core\.(VisibleBufferedInputStream|PGStream\.receive)"),
    ("writing to PostgreSQL", r"org\.postgresql\.core\.PGStream\.(send|flush)"),
    ("program thread pool (ProgramRunner)", r"io\.fidelis\.ledger\.internal\.program\.ProgramRunner"),
    ("pax-transx pool / transaction manager", r"org\.ops4j\.pax\.transx|org\.apache\.geronimo\.transaction"),
    ("token verification (nimbus)", r"com\.nimbusds"),
    ("JSON (Jackson)", r"com\.fasterxml\.jackson"),
    ("EclipseLink", r"org\.eclipse\.persistence"),
    ("PostgreSQL JDBC (other)", r"org\.postgresql"),
    ("Fidelis code", r"io\.fidelis"),
    ("CXF", r"org\.apache\.cxf"),
    ("Jetty / HTTP", r"org\.eclipse\.jetty"),
]
counts = collections.Counter(); total = 0; progs = collections.Counter()
for f in sorted(glob.glob(out + "/jstack.*")):
    text = open(f).read()
    for block in text.split("\n\n"):
        if not block.startswith('"'):
            continue
        name = block.split('"')[1]
        frames = [l.strip()[3:] for l in block.splitlines() if l.strip().startswith("at ")]
        if name.startswith("fidelis-program"):
            progs["running" if any("onEvent" in fr for fr in frames) else "idle"] += 1
        if not name.startswith("qtp"):
            continue
        total += 1
        parked = bool(frames) and re.match(r"(jdk\.internal\.misc\.Unsafe\.park|java\.lang\.Object\.wait|java\.lang\.Thread\.sleep)", frames[0]) is not None
        label = None
        if any(re.search(r"QueuedThreadPool\$Runner\.idleJobPoll|ReservedThread\.reservedWait", fr) for fr in frames):
            label = "idle (Jetty pool)"
        elif not any("org.apache.cxf" in fr for fr in frames) and any(re.search(r"ManagedSelector|Acceptor|ServerSocketChannelImpl\.accept", fr) for fr in frames):
            label = "accept/select"
        elif any(re.search(r"org\.postgresql\.core\.(VisibleBufferedInputStream|PGStream\.receive)", fr) for fr in frames[:12]):
            label = "waiting for PostgreSQL (socket read)"
        elif any(re.search(r"org\.postgresql\.(util\.internal\.PgBufferedOutputStream|core\.PGStream\.(send|flush))", fr) for fr in frames[:12]):
            label = "writing to PostgreSQL (socket write)"
        for fr in ([] if label else frames):
            hit = next((lab for lab, rx in rules if re.search(rx, fr)), None)
            if hit:
                label = hit
                break
        label = label or "other"
        if parked and not label.startswith("idle"):
            label += " [parked]"
        counts[label] += 1
n = len(glob.glob(out + "/jstack.*"))
print("--- Karaf Jetty threads over %d jstack samples (%d thread observations)" % (n, total))
for lab, c in counts.most_common():
    print("jstack %-40s %5.1f %%  (%.1f threads on average)" % (lab, 100.0 * c / max(total, 1), c / max(n, 1)))
if progs:
    print("jstack fidelis-program threads: " + ", ".join("%s %d" % kv for kv in progs.items()))
acts = collections.Counter(l.strip() for l in open(out + "/pgactivity") if l.strip())
na = sum(acts.values())
print("--- PostgreSQL backends of database fidelis over the same samples (%d observations)" % na)
for lab, c in acts.most_common(12):
    print("pgact %5.1f %%  %s" % (100.0 * c / max(na, 1), lab))
PY
echo "raw samples: $OUT"
