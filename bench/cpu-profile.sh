#!/usr/bin/env bash
# CPU profile of the running Karaf (and, with perf installed and root, of PostgreSQL) while TillLoad runs.
# Java side: async-profiler 3.0 (tools.profiler:async-profiler from Maven Central), attached to Karaf for
# the middle of the measured window; unlike JFR it sees kernel time (socket writes, context switches) and
# does not over-count JIT intrinsics. Prints the share of Karaf's CPU by package (self and inclusive).
# Usage: bench/cpu-profile.sh [--seconds-profiled 15] [TillLoad options, e.g. --mix sale=100]
# Needs the product running (tenants/fidelis run). Collapsed stacks are kept for flame graphs.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FIDELIS_HOME=${FIDELIS_HOME:-$HOME/.fidelis}
JAVA=${JAVA:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
PROFILED=15
if [[ ${1:-} == --seconds-profiled ]]; then PROFILED=$2; shift 2; fi
KARAF=$(pgrep -f "karaf.home=$FIDELIS_HOME/karaf" | head -1)
[[ -n $KARAF ]] || { echo "Karaf is not running (tenants/fidelis run)" >&2; exit 1; }
OUT=$(mktemp -d)
AP_JAR=$HOME/.m2/repository/tools/profiler/async-profiler/3.0/async-profiler-3.0.jar
[[ -f $AP_JAR ]] || mvn -q dependency:get -Dartifact=tools.profiler:async-profiler:3.0 >/dev/null
(cd "$OUT" && unzip -q -o "$AP_JAR" 'linux-x64/*')
LIB=$OUT/linux-x64/libasyncProfiler.so
cat >"$OUT/Attach.java" <<'JAVA'
public class Attach {
    public static void main(String[] a) throws Exception {
        var vm = com.sun.tools.attach.VirtualMachine.attach(a[0]);
        vm.loadAgentPath(a[1], a[2]);
        vm.detach();
    }
}
JAVA
"$JAVA" "$REPO/bench/TillLoad.java" --no-pgbench --seconds $((PROFILED + 15)) --warmup 5 "$@" >"$OUT/load.txt" 2>&1 &
LOAD=$!
sleep 12
"$JAVA" "$OUT/Attach.java" "$KARAF" "$LIB" "start,event=cpu,interval=1000000"
PERF=""
if command -v perf >/dev/null && [[ $(id -u) == 0 ]]; then
  perf record -a -F 499 -g -o "$OUT/perf.data" -- sleep "$PROFILED" >/dev/null 2>&1 && PERF=yes
else
  sleep "$PROFILED"
fi
"$JAVA" "$OUT/Attach.java" "$KARAF" "$LIB" "stop,file=$OUT/karaf.collapsed,collapsed"
wait $LOAD || true
grep -E '^(sale|wallet|topup|lookup|refund|retry|all) ' "$OUT/load.txt" || cat "$OUT/load.txt"
python3 - "$OUT/karaf.collapsed" <<'PY'
import collections, sys
total = 0; own = collections.Counter(); incl = collections.Counter()
def group(frame):
    if frame.endswith('_[k]'): return 'kernel'
    frame = frame[:-4] if frame[-4:] in ('_[j]', '_[i]', '_[0]') else frame
    if '/' not in frame and '.' not in frame: return 'JVM (JIT compiler, GC, stubs)'
    return '.'.join(frame.replace('/', '.').split('.')[:3])
for line in open(sys.argv[1]):
    stack, _, n = line.rstrip().rpartition(' '); n = int(n); total += n
    frames = stack.split(';'); own[group(frames[-1])] += n
    for g in {group(f) for f in frames}: incl[g] += n
print(f'--- Karaf CPU by package ({total} samples of 1 ms): self / inclusive')
for name, n in own.most_common(15):
    print(f'{100 * n / total:5.1f} % / {100 * incl[name] / total:5.1f} %  {name}')
PY
if [[ -n $PERF ]]; then
  echo "--- whole machine by process (perf, $PROFILED s)"
  perf report -i "$OUT/perf.data" --sort comm --stdio --no-children -g none 2>/dev/null | grep -E '^ +[0-9.]+%' | head -8
fi
echo "raw: $OUT (karaf.collapsed${PERF:+, perf.data})"
