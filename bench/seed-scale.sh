#!/usr/bin/env bash
# Fills the running product's database with synthetic members for the scale check of issue 4
# (p99 at 1M members / 20M ledger rows <= 1.3 x p99 at 10k members). See bench/README.md.
#
#   bench/seed-scale.sh [--members N] [--entries-per-member M] [--tenant ID] [--prefix P] [--chunk C]
#   bench/seed-scale.sh --status | --check | --drop
#
# Seeded member n (0 <= n < N) gets the card <prefix><n, zero-padded to 6 digits>, a POINTS and a WALLET
# account, M ledger entries and M/2+1 till transactions (a cash top-up of the wallet, then sales that earn
# points and are paid a quarter from the wallet), all set-based with generate_series, one transaction per
# chunk of members. Seeding is additive: members already there (0 .. count-1) are kept, so 10,000 then
# --members 1000000 extends the same seed (use the same --entries-per-member both times).
# Invariants kept: every balance is the sum of its entries, every entry has its till_transaction and
# account, every row carries the tenant_id. Ids are deterministic (5eed000k-0000-4000-8000-<n in hex>)
# so --drop removes exactly the seed and whatever tills booked on seeded cards since.
set -euo pipefail

TENANT=demo-bar
MEMBERS=1000000
PER_MEMBER=20
PREFIX=SCALE-
DIGITS=6
CHUNK=50000
ACTION=seed
VACUUM=1
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-15432} PGUSER=${PGUSER:-postgres}
export PGPASSWORD=${PGPASSWORD:-postgres} PGDATABASE=${PGDATABASE:-fidelis}
DATA_DIR=${FIDELIS_HOME:-$HOME/.fidelis}

die() { echo "seed-scale: $*" >&2; exit 2; }
usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0; }

while [[ $# -gt 0 ]]; do
  case $1 in
    --members) MEMBERS=$2; shift ;;
    --entries-per-member) PER_MEMBER=$2; shift ;;
    --tenant) TENANT=$2; shift ;;
    --prefix) PREFIX=$2; shift ;;
    --chunk) CHUNK=$2; shift ;;
    --no-vacuum) VACUUM=0 ;;
    --status) ACTION=status ;;
    --check) ACTION=check ;;
    --drop) ACTION=drop ;;
    -h|--help) usage ;;
    *) die "unknown option $1 (try --help)" ;;
  esac
  shift
done
[[ $MEMBERS =~ ^[0-9]+$ && $MEMBERS -ge 1 && $MEMBERS -le 1000000 ]] || die "--members must be 1..1000000 (6-digit card numbers)"
[[ $PER_MEMBER =~ ^[0-9]+$ && $PER_MEMBER -ge 2 && $PER_MEMBER -le 200 ]] || die "--entries-per-member must be 2..200"
[[ $CHUNK =~ ^[0-9]+$ && $CHUNK -ge 1000 ]] || die "--chunk must be >= 1000"
[[ $TENANT =~ ^[a-z0-9-]{1,64}$ ]] || die "--tenant: lowercase letters, digits, dashes"
[[ $PREFIX =~ ^[A-Za-z0-9][A-Za-z0-9._:-]{0,40}$ ]] || die "--prefix: letters, digits and . _ : -"

TX_PER_MEMBER=$(( PER_MEMBER / 2 + 1 ))
TILL=seed-scale
uuid() { echo "('5eed000$1-0000-4000-8000-' || lpad(to_hex($2), 12, '0'))::uuid"; }
MEMBER_LO="'5eed0001-0000-4000-8000-000000000000'::uuid"
MEMBER_HI="'5eed0001-0000-4000-8000-ffffffffffff'::uuid"

sql() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }

sql -c "SELECT 1 FROM tenant WHERE tenant_id = '$TENANT'" | grep -q 1 \
  || die "no tenant $TENANT in $PGDATABASE at $PGHOST:$PGPORT (is the product running? tenants/fidelis run)"

seeded_members() {
  sql -c "SELECT count(*) FROM member WHERE tenant_id = '$TENANT' AND member_id BETWEEN $MEMBER_LO AND $MEMBER_HI"
}

status() {
  sql -F ' ' <<SQL
SELECT 'seeded_members=' || (SELECT count(*) FROM member WHERE tenant_id = '$TENANT' AND member_id BETWEEN $MEMBER_LO AND $MEMBER_HI)
    || ' tenant_members=' || (SELECT count(*) FROM member WHERE tenant_id = '$TENANT')
    || ' tenant_ledger_entries=' || (SELECT count(*) FROM ledger_entry WHERE tenant_id = '$TENANT')
    || ' tenant_transactions=' || (SELECT count(*) FROM till_transaction WHERE tenant_id = '$TENANT')
    || ' database_size=' || pg_size_pretty(pg_database_size(current_database()));
SQL
  df -h "$DATA_DIR" | tail -1 | awk '{print "disk " $6 " used=" $3 " avail=" $4 " use=" $5}'
}

# Every balance equals the sum of its entries; no entry without its transaction or account; no card without member.
check() {
  sql -F ' ' <<SQL
SET work_mem = '256MB';
SELECT 'balance_mismatches=' || count(*) FROM account a
  LEFT JOIN (SELECT account_id, sum(amount) AS s FROM ledger_entry WHERE tenant_id = '$TENANT' GROUP BY account_id) l USING (account_id)
  WHERE a.tenant_id = '$TENANT' AND a.balance <> coalesce(l.s, 0);
SELECT 'entries_without_transaction=' || count(*) FROM ledger_entry e
  WHERE e.tenant_id = '$TENANT' AND NOT EXISTS (SELECT 1 FROM till_transaction t WHERE t.tenant_id = e.tenant_id AND t.transaction_id = e.transaction_id);
SELECT 'entries_without_account=' || count(*) FROM ledger_entry e
  WHERE e.tenant_id = '$TENANT' AND NOT EXISTS (SELECT 1 FROM account a WHERE a.tenant_id = e.tenant_id AND a.account_id = e.account_id);
SELECT 'cards_without_member=' || count(*) FROM card c
  WHERE c.tenant_id = '$TENANT' AND NOT EXISTS (SELECT 1 FROM member m WHERE m.tenant_id = c.tenant_id AND m.member_id = c.member_id);
SQL
}

# Deletes the seeded members and everything booked on them (the ledger's append-only trigger and the
# foreign-key triggers are skipped in this session only: session_replication_role = replica), then
# compacts the tables so the disk space goes back to the system.
drop() {
  echo "seed-scale: dropping the seed of $TENANT ($(seeded_members) members) ..."
  local t0=$SECONDS
  sql <<SQL
BEGIN;
SET LOCAL session_replication_role = replica;
SET LOCAL work_mem = '256MB';
CREATE TEMP TABLE seed_member ON COMMIT DROP AS
  SELECT member_id FROM member WHERE tenant_id = '$TENANT' AND member_id BETWEEN $MEMBER_LO AND $MEMBER_HI;
CREATE TEMP TABLE seed_account ON COMMIT DROP AS
  SELECT account_id FROM account WHERE tenant_id = '$TENANT' AND member_id IN (SELECT member_id FROM seed_member);
CREATE TEMP TABLE seed_transaction ON COMMIT DROP AS
  SELECT transaction_id FROM till_transaction WHERE tenant_id = '$TENANT' AND member_id IN (SELECT member_id FROM seed_member);
-- with statistics on the temporary tables and no nested loops, every delete is one pass over its table
-- (hash semi-join) instead of millions of index probes
ANALYZE seed_member;
ANALYZE seed_account;
ANALYZE seed_transaction;
SET LOCAL enable_nestloop = off;
DELETE FROM ledger_entry WHERE tenant_id = '$TENANT' AND account_id IN (SELECT account_id FROM seed_account);
DELETE FROM member_reward WHERE tenant_id = '$TENANT' AND member_id IN (SELECT member_id FROM seed_member);
DELETE FROM till_transaction WHERE tenant_id = '$TENANT' AND transaction_id IN (SELECT transaction_id FROM seed_transaction);
DELETE FROM account WHERE tenant_id = '$TENANT' AND account_id IN (SELECT account_id FROM seed_account);
DELETE FROM card WHERE tenant_id = '$TENANT' AND member_id IN (SELECT member_id FROM seed_member);
DELETE FROM member WHERE tenant_id = '$TENANT' AND member_id IN (SELECT member_id FROM seed_member);
COMMIT;
VACUUM (FULL, ANALYZE) ledger_entry, member_reward, till_transaction, account, card, member;
SQL
  echo "seed-scale: dropped in $(( SECONDS - t0 )) s"
  status
}

seed() {
  local have; have=$(seeded_members)
  if (( have >= MEMBERS )); then
    echo "seed-scale: $have seeded members already (>= $MEMBERS); nothing to do"
    status
    return
  fi
  # rough size on disk per member, with indexes: entries ~230 B, transactions ~450 B, member/card/accounts ~700 B
  local need=$(( (MEMBERS - have) * (PER_MEMBER * 230 + TX_PER_MEMBER * 450 + 700) ))
  local avail; avail=$(df -B1 --output=avail "$DATA_DIR" | tail -1)
  (( avail > 2 * need )) || die "about $(( need / 1024 / 1024 )) MiB needed and only $(( avail / 1024 / 1024 )) MiB free under $DATA_DIR; refusing"
  local currency tz store staff program
  IFS='|' read -r currency tz <<<"$(sql -c "SELECT currency, timezone FROM tenant WHERE tenant_id = '$TENANT'")"
  store=$(sql -c "SELECT store_code FROM store WHERE tenant_id = '$TENANT' ORDER BY store_code LIMIT 1")
  staff=$(sql -c "SELECT staff_code FROM staff WHERE tenant_id = '$TENANT' AND active ORDER BY staff_code LIMIT 1")
  program=$(sql -c "SELECT program_id FROM program WHERE tenant_id = '$TENANT' AND status = 'ACTIVE' ORDER BY program_id LIMIT 1")
  [[ -n $store && -n $staff ]] || die "tenant $TENANT has no store or no active staff"
  local program_sql=NULL; [[ -n $program ]] && program_sql="'$program'"
  echo "seed-scale: tenant $TENANT members $have -> $MEMBERS, $PER_MEMBER entries and $TX_PER_MEMBER transactions per member," \
       "cards $PREFIX$(printf "%0${DIGITS}d" "$have")..$PREFIX$(printf "%0${DIGITS}d" $(( MEMBERS - 1 ))), store $store, staff $staff, program ${program:-none}"
  status
  local m=$PER_MEMBER T=$TX_PER_MEMBER t0=$SECONDS
  # sale t (1..T-1) of member n: its total; it earns total/100 points (entry 2t-1) and, when entry 2t exists,
  # a quarter of it is paid from the wallet; the wallet was topped up first (entry 0) with enough for all of them.
  local total="(500 + ((n::bigint * 37 + t * 101) % 6000))"
  local topup="(2000 * (($m - 1) / 2) + 5000)"
  local at="(timestamptz '2025-01-01 00:00:00+00' + ((n::bigint * $T + t) * 2) * interval '1 second')"
  for (( lo = have; lo < MEMBERS; lo += CHUNK )); do
    local hi=$(( lo + CHUNK < MEMBERS ? lo + CHUNK : MEMBERS ))
    sql <<SQL
BEGIN;
SET LOCAL session_replication_role = replica;
SET LOCAL synchronous_commit = off;
INSERT INTO member (tenant_id, member_id, display_name, email, category, created_at)
  SELECT '$TENANT', $(uuid 1 n), 'Scale member ' || n, NULL, NULL, $at
  FROM generate_series($lo, $hi - 1) n, LATERAL (SELECT 0 AS t) z;
INSERT INTO card (tenant_id, card_code, member_id, status, issued_at)
  SELECT '$TENANT', '$PREFIX' || lpad(n::text, $DIGITS, '0'), $(uuid 1 n), 'ACTIVE', $at
  FROM generate_series($lo, $hi - 1) n, LATERAL (SELECT 0 AS t) z;
INSERT INTO account (tenant_id, account_id, member_id, asset, balance, floor)
  SELECT '$TENANT', $(uuid 2 "(2 * n::bigint + k)"), $(uuid 1 n), CASE k WHEN 0 THEN 'POINTS' ELSE 'WALLET' END,
         CASE k WHEN 0 THEN (SELECT coalesce(sum($total / 100), 0) FROM generate_series(1, $T - 1) t WHERE 2 * t - 1 < $m)
                ELSE $topup - (SELECT coalesce(sum($total / 4), 0) FROM generate_series(1, $T - 1) t WHERE 2 * t < $m) END,
         0
  FROM generate_series($lo, $hi - 1) n, generate_series(0, 1) k
  ORDER BY n, k;
INSERT INTO till_transaction (tenant_id, transaction_id, till_code, idempotency_key, request_hash, kind, store_code, staff_code,
                              card_code, member_id, currency, total_minor, occurred_at, business_day, response_json,
                              discount_minor, payments_json, reference)
  SELECT '$TENANT', $(uuid 3 "(n::bigint * $T + t)"), '$TILL', 'seed-' || lpad(n::text, 9, '0') || '-' || lpad(t::text, 4, '0'),
         'seed', CASE WHEN t = 0 THEN 'TOPUP' ELSE 'SALE' END, '$store', '$staff',
         '$PREFIX' || lpad(n::text, $DIGITS, '0'), $(uuid 1 n), '$currency',
         CASE WHEN t = 0 THEN $topup ELSE $total END, $at, ($at AT TIME ZONE '$tz')::date, '{}', 0,
         CASE WHEN t = 0 THEN '[{"tender":"CASH","amountMinor":' || $topup || '}]'
              WHEN 2 * t < $m THEN '[{"tender":"WALLET","amountMinor":' || ($total / 4) || '}]' END,
         CASE WHEN t = 0 THEN 'WALLET' END
  FROM generate_series($lo, $hi - 1) n, generate_series(0, $T - 1) t
  ORDER BY n, t;
INSERT INTO ledger_entry (tenant_id, entry_id, transaction_id, account_id, amount, program_id, reason, expires_at, created_at, entry_kind)
  SELECT '$TENANT', $(uuid 4 "(n::bigint * $m + e)"), $(uuid 3 "(n::bigint * $T + t)"),
         $(uuid 2 "(2 * n::bigint + CASE WHEN e % 2 = 1 THEN 0 ELSE 1 END)"),
         CASE WHEN e = 0 THEN $topup WHEN e % 2 = 1 THEN $total / 100 ELSE -($total / 4) END,
         CASE WHEN e % 2 = 1 THEN $program_sql END,
         CASE WHEN e = 0 THEN 'Top-up paid cash' WHEN e % 2 = 1 THEN 'Points' ELSE 'Paid ' || ($total / 4) || ' with WALLET' END,
         NULL, $at, 'MOVE'
  FROM generate_series($lo, $hi - 1) n, generate_series(0, $m - 1) e, LATERAL (SELECT (e + 1) / 2 AS t) x
  ORDER BY n, e;
COMMIT;
SQL
    echo "seed-scale: members $lo..$(( hi - 1 )) done ($(( SECONDS - t0 )) s)"
  done
  if (( VACUUM )); then
    echo "seed-scale: VACUUM ANALYZE (sets hint bits and the visibility map now rather than under load) ..."
    sql -c "VACUUM (ANALYZE) member, card, account, till_transaction, ledger_entry"
  else
    sql -c "ANALYZE member, card, account, till_transaction, ledger_entry"
  fi
  echo "seed-scale: seeded in $(( SECONDS - t0 )) s"
  status
}

case $ACTION in
  status) status ;;
  check) check ;;
  drop) drop ;;
  seed) seed ;;
esac
