#!/usr/bin/env bash
# Cold start of the Karaf distribution to the first served till call, Karaf's RSS after start,
# and the distribution's size. Needs the product running (tenants/fidelis run) for its PostgreSQL
# and Keycloak; starts a second, fresh Karaf from the built tar.gz on ports 27181/27101
# (below Linux's ephemeral range, where an outgoing connection may hold a port).
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FIDELIS_HOME=${FIDELIS_HOME:-$HOME/.fidelis}
TARBALL=$(ls "$REPO"/features/distribution/target/fidelis-distribution-*.tar.gz)
KEYCLOAK=${FIDELIS_KEYCLOAK_URL:-http://localhost:8180}
DB_URL=${FIDELIS_DB_URL:-jdbc:postgresql://localhost:15432/fidelis}
PORT=27181
JDK17=${FIDELIS_JDK17:-$(for j in /usr/lib/jvm/*; do grep -qs 'JAVA_VERSION="17' "$j/release" && echo "$j" && break; done)}
[[ -n $JDK17 ]] || { echo "no Java 17 JDK found (set FIDELIS_JDK17)" >&2; exit 1; }
curl -sf "$KEYCLOAK/realms/fidelis" >/dev/null || { echo "Keycloak is not up at $KEYCLOAK: start the product with tenants/fidelis run" >&2; exit 1; }

WORK=$(mktemp -d)
trap '[[ -x $WORK/karaf/bin/stop ]] && JAVA_HOME=$JDK17 "$WORK/karaf/bin/stop" >/dev/null 2>&1; sleep 2; pkill -f "$WORK/karaf" || true; rm -rf "$WORK"' EXIT
mkdir "$WORK/karaf" && tar -xzf "$TARBALL" -C "$WORK/karaf" --strip-components=1
sed -i 's/^sshPort = .*/sshPort = 27101/' "$WORK/karaf/etc/org.apache.karaf.shell.cfg"

TOKEN=$(curl -s -d grant_type=client_credentials -d client_id=till-demo-bar-main-1 -d client_secret=demo-bar-main-1-secret \
  "$KEYCLOAK/realms/fidelis/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
BODY='{"cardCode":"BENCH-COLD","storeCode":"main","staffCode":"alex","lines":[{"sku":"BEER-25","category":"drinks","quantity":1,"unitPriceMinor":450}]}'

start=$(date +%s.%N)
JAVA_HOME=$JDK17 FIDELIS_HTTP_PORT=$PORT FIDELIS_DB_URL=$DB_URL \
  FIDELIS_DB_PASSWORD=${FIDELIS_DB_PASSWORD:-postgres} FIDELIS_DB_OWNER_PASSWORD=${FIDELIS_DB_OWNER_PASSWORD:-postgres} \
  FIDELIS_KEYCLOAK_URL=$KEYCLOAK "$WORK/karaf/bin/start"
status=000
for _ in $(seq 1 1200); do
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://localhost:$PORT/api/till/v1/transactions" \
    -H "Authorization: Bearer $TOKEN" -H "Idempotency-Key: cold-$(date +%s%N)" -H 'Content-Type: application/json' -d "$BODY" || true)
  [[ $status == 201 ]] && break
  sleep 0.1
done
end=$(date +%s.%N)
[[ $status == 201 ]] || { echo "no till call served within 120 s (last status $status)" >&2; exit 1; }
sleep 5
pid=$(pgrep -f "karaf.home=$WORK/karaf" | head -1)
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
bundles=$(ls "$WORK/karaf/data/cache" | grep -c '^bundle')
printf 'cold start to first served till call: %.1f s\n' "$(echo "$end - $start" | bc)"
printf 'Karaf RSS 5 s after: %d MB (%d bundles)\n' $((rss_kb / 1024)) "$bundles"
printf 'distribution tar.gz: %d MB\n' $(( $(stat -c %s "$TARBALL") / 1024 / 1024 ))
