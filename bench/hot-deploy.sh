#!/usr/bin/env bash
# Hot deployment under till load, on a fresh Karaf of its own: starts the built distribution on ports
# 48181/48101 against a database of its own (fidelis_hotdeploy on the PostgreSQL at 127.0.0.1:5432 unless
# HOTDEPLOY_DB_URL says otherwise) and the running product's Keycloak, runs bench/HotDeployLoad.java against it
# (options are passed on, e.g. --cycles 5 --tills 16), then stops that Karaf and drops its database.
# It never touches the product's own Karaf or database.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TARBALL=$(ls "$REPO"/features/distribution/target/fidelis-distribution-*.tar.gz)
KEYCLOAK=${FIDELIS_KEYCLOAK_URL:-http://localhost:8180}
PG_HOST=${HOTDEPLOY_PG_HOST:-127.0.0.1}
PG_PORT=${HOTDEPLOY_PG_PORT:-5432}
PG_USER=${HOTDEPLOY_PG_USER:-postgres}
DB=fidelis_hotdeploy
DB_URL=${HOTDEPLOY_DB_URL:-jdbc:postgresql://$PG_HOST:$PG_PORT/$DB}
PORT=48181
JDK17=${FIDELIS_JDK17:-$(for j in /usr/lib/jvm/*; do grep -qs 'JAVA_VERSION="17' "$j/release" && echo "$j" && break; done)}
[[ -n $JDK17 ]] || { echo "no Java 17 JDK found (set FIDELIS_JDK17)" >&2; exit 1; }
curl -sf "$KEYCLOAK/realms/fidelis" >/dev/null || { echo "Keycloak is not up at $KEYCLOAK: start the product with tenants/fidelis run" >&2; exit 1; }
for p in bar-offerts casino-regulars hairdresser-prepaid gym-bonos; do
  ls "$REPO"/bundles/plugins/$p/target/fidelis-plugin-$p-*.jar >/dev/null 2>&1 || { echo "build the plugins first: mvn -o verify -DskipTests" >&2; exit 1; }
done

psql_() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -qAt "$@"; }
if [[ -z ${HOTDEPLOY_DB_URL:-} ]]; then
  psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  psql_ -d postgres -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fidelis_app') THEN CREATE ROLE fidelis_app LOGIN; END IF; END \$\$"
fi

WORK=$(mktemp -d)
cleanup() {
  [[ -x $WORK/karaf/bin/stop ]] && JAVA_HOME=$JDK17 "$WORK/karaf/bin/stop" >/dev/null 2>&1 || true
  sleep 3
  pid=$(pgrep -f "karaf.home=$WORK/karaf" || true)
  [[ -n $pid ]] && kill $pid 2>/dev/null || true
  [[ -z ${HOTDEPLOY_DB_URL:-} ]] && psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
  rm -rf "$WORK"
}
trap cleanup EXIT
mkdir "$WORK/karaf" && tar -xzf "$TARBALL" -C "$WORK/karaf" --strip-components=1
sed -i 's/^sshPort = .*/sshPort = 48101/' "$WORK/karaf/etc/org.apache.karaf.shell.cfg"

JAVA_HOME=$JDK17 FIDELIS_HTTP_PORT=$PORT FIDELIS_DB_URL=$DB_URL FIDELIS_DB_OWNER=$PG_USER \
  FIDELIS_KEYCLOAK_URL=$KEYCLOAK "$WORK/karaf/bin/start"
for _ in $(seq 1 1200); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/api/till/v1/cards/x" || true) == 401 ]] && break
  sleep 0.1
done
echo "Karaf of this run: $WORK/karaf (http $PORT); deploy folder $WORK/karaf/deploy"
java "$REPO/bench/HotDeployLoad.java" --api "http://localhost:$PORT/api" --keycloak "$KEYCLOAK" --repo "$REPO" "$@"
