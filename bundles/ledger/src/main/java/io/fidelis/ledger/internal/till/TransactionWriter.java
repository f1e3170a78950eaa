package io.fidelis.ledger.internal.till;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import io.fidelis.ledger.internal.tx.Sql;

/**
 * Writes a {@link TransactionRecord} and the accounts it changed as one statement of chained INSERTs and UPDATEs,
 * and commits: one round trip to PostgreSQL whatever the basket. The unique (tenant, till, idempotency key) makes a concurrent
 * duplicate fail here, before commit; so does the unique (tenant, member, asset) for an account that a concurrent
 * call opened first.
 */
final class TransactionWriter {

    private final List<String> parts = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    static void write(Sql sql, String tenantId, String tillCode, String idempotencyKey, String requestHash,
                      TransactionRecord t, List<Accounts.State> accounts) {
        TransactionWriter writer = new TransactionWriter();
        writer.insert("account (tenant_id, account_id, member_id, asset, balance, floor, renewed_on, valid_until)",
                accounts.stream().filter(a -> a.opened).map(a -> row(tenantId, uuid(a.accountId), uuid(t.memberId), a.asset,
                        a.balance, a.floor, date(a.renewedOn), time(a.validUntil))).toList());
        writer.updateAccounts(tenantId, accounts.stream().filter(a -> !a.opened).toList());
        writer.insert("till_transaction (tenant_id, transaction_id, till_code, idempotency_key, request_hash, kind, store_code, "
                        + "staff_code, card_code, member_id, currency, total_minor, discount_minor, occurred_at, business_day, "
                        + "response_json, payments_json, reference, original_transaction_id, lines)",
                List.of(row(tenantId, uuid(t.transactionId), tillCode, idempotencyKey, requestHash, t.kind, t.storeCode,
                        t.staffCode, t.cardCode, uuid(t.memberId), t.currency, t.totalMinor, t.discountMinor,
                        Timestamp.from(t.occurredAt), Date.valueOf(t.businessDay), t.responseJson, t.paymentsJson,
                        t.reference, uuid(t.originalTransactionId), new Typed(t.linesJson(), "jsonb"))));
        writer.insert("ledger_entry (tenant_id, entry_id, transaction_id, account_id, amount, entry_kind, program_id, reason, "
                        + "expires_at, created_at)",
                t.entries.stream().map(e -> row(tenantId, uuid(UUID.randomUUID().toString()), uuid(t.transactionId),
                        uuid(e.accountId()), e.amount(), e.kind(), e.programId(), truncate(e.reason()),
                        time(e.expiresAt()), Timestamp.from(t.occurredAt))).toList());
        writer.insert("member_reward (tenant_id, reward_id, member_id, program_id, reward_code, title, value_minor, valid_until, "
                        + "status, granted_in, used_in, granted_at)",
                t.rewards.stream().map(r -> row(tenantId, uuid(r.rewardId()), uuid(t.memberId), r.programId(), r.rewardCode(),
                        r.title(), r.valueMinor(), time(r.validUntil()),
                        r.usedNow() ? "USED" : "ACTIVE", uuid(t.transactionId), uuid(r.usedNow() ? t.transactionId : null),
                        Timestamp.from(t.occurredAt))).toList());
        writer.execute(sql);
    }

    /** A typed value: the SQL cast a parameter needs, since null parameters carry no type of their own. */
    private record Typed(Object value, String cast) {
    }

    private static Typed time(java.time.Instant instant) {
        return new Typed(instant == null ? null : Timestamp.from(instant), "timestamptz");
    }

    private static Typed date(java.time.LocalDate day) {
        return new Typed(day == null ? null : Date.valueOf(day), "date");
    }

    private static Typed uuid(String id) {
        return new Typed(id, "uuid");
    }

    private static List<Object> row(Object... columns) {
        return java.util.Arrays.asList(columns);
    }

    private void insert(String table, List<List<Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" VALUES ");
        appendRows(sql, rows);
        parts.add(sql.toString());
    }

    /** One UPDATE for all the existing accounts the call changed, from a VALUES list of their new state. */
    private void updateAccounts(String tenantId, List<Accounts.State> accounts) {
        if (accounts.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("UPDATE account a SET balance = v.balance, floor = v.floor, renewed_on = v.renewed_on, "
                + "valid_until = v.valid_until FROM (VALUES ");
        appendRows(sql, accounts.stream().map(a -> row(uuid(a.accountId), a.balance, a.floor, date(a.renewedOn),
                time(a.validUntil))).toList());
        values.add(tenantId);
        sql.append(") AS v (account_id, balance, floor, renewed_on, valid_until) WHERE a.tenant_id = ?").append(values.size())
                .append(" AND a.account_id = v.account_id");
        parts.add(sql.toString());
    }

    /** Appends {@code (?1, ?2::uuid, ...), (...)} and remembers the values in the same order. */
    private void appendRows(StringBuilder sql, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r == 0 ? "(" : ", (");
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                values.add(value instanceof Typed typed ? typed.value() : value);
                sql.append(c == 0 ? "" : ", ").append('?').append(values.size()).append(cast(value));
            }
            sql.append(')');
        }
    }

    private static String cast(Object value) {
        if (value instanceof Typed typed) {
            return "::" + typed.cast();
        }
        if (value instanceof Timestamp) {
            return "::timestamptz";
        }
        return value == null ? "::text" : "";
    }

    private void execute(Sql sql) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size() - 1; i++) {
            text.append(i == 0 ? "WITH " : ", ").append("p").append(i).append(" AS (").append(parts.get(i)).append(") ");
        }
        text.append(parts.get(parts.size() - 1));
        sql.updateAndCommit(text.toString(), values.toArray());
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200);
    }
}
