package io.fidelis.ledger.internal.till;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import javax.persistence.EntityManager;

/**
 * A member's accounts, changed only by single conditional SQL statements: PostgreSQL row-locks the account and
 * refuses any movement that would cross its floor, however many tills touch the card at once. Every change
 * adds a {@link LedgerEntry}, written later with the transaction, so that a balance is always the sum of its entries.
 */
final class Accounts {

    record Moved(String accountId, long balance) {
    }

    private static final String MOVE = """
            INSERT INTO account AS a (tenant_id, account_id, member_id, asset, balance, floor, valid_until)
            VALUES (?1, ?2::uuid, ?3::uuid, ?4, ?5, 0, ?6::timestamptz)
            ON CONFLICT (tenant_id, member_id, asset) DO UPDATE
               SET balance = a.balance + EXCLUDED.balance, valid_until = GREATEST(a.valid_until, EXCLUDED.valid_until)
             WHERE a.balance + EXCLUDED.balance >= a.floor
            RETURNING account_id::text, balance
            """;

    /** A debit never goes through INSERT: PostgreSQL checks the floor on the proposed row before it sees the conflict. */
    private static final String DEBIT = """
            UPDATE account SET balance = balance + ?1
             WHERE tenant_id = ?2 AND member_id = ?3::uuid AND asset = ?4 AND balance + ?1 >= floor
            RETURNING account_id::text, balance
            """;

    /** Sets an account to a value and returns what it held, row-locked; {@code ?5} adds a condition on the old row. */
    private static final String SET = """
            UPDATE account a SET balance = ?1, renewed_on = COALESCE(?2::date, a.renewed_on), floor = COALESCE(?3::bigint, a.floor)
              FROM (SELECT account_id, balance, floor, renewed_on, valid_until FROM account
                     WHERE tenant_id = ?4 AND member_id = ?5::uuid AND asset = ?6 FOR UPDATE) old
             WHERE a.tenant_id = ?4 AND a.account_id = old.account_id AND %s
            RETURNING a.account_id::text, old.balance, old.floor
            """;

    private final EntityManager em;
    private final String tenantId;
    private final String memberId;
    private final List<LedgerEntry> entries = new ArrayList<>();

    Accounts(EntityManager em, String tenantId, String memberId) {
        this.em = em;
        this.tenantId = tenantId;
        this.memberId = memberId;
    }

    /**
     * Adds {@code delta} to the member's account for {@code asset}, opening it on a credit; empty if the floor
     * (or a missing account, for a debit) refuses it.
     */
    Optional<Moved> move(String asset, long delta, Instant validUntil, String kind, String programId, String reason, boolean exists) {
        if (!exists && delta < 0) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = delta < 0
                ? em.createNativeQuery(DEBIT).setParameter(1, delta).setParameter(2, tenantId).setParameter(3, memberId)
                        .setParameter(4, asset).getResultList()
                : em.createNativeQuery(MOVE)
                        .setParameter(1, tenantId).setParameter(2, UUID.randomUUID().toString()).setParameter(3, memberId)
                        .setParameter(4, asset).setParameter(5, delta).setParameter(6, timestamp(validUntil))
                        .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Moved moved = new Moved((String) rows.get(0)[0], ((Number) rows.get(0)[1]).longValue());
        entries.add(new LedgerEntry(moved.accountId(), asset, delta, kind, programId, reason, validUntil));
        return Optional.of(moved);
    }

    /**
     * Renews an account to exactly {@code amount} for a business day, unless it was already renewed that day
     * (by a till that got there first): then nothing happens and empty is returned.
     */
    Optional<Moved> renew(String asset, long amount, LocalDate day, String programId, String reason) {
        @SuppressWarnings("unchecked")
        List<Object> opened = em.createNativeQuery("INSERT INTO account (tenant_id, account_id, member_id, asset, balance, floor, renewed_on) "
                        + "VALUES (?1, ?2::uuid, ?3::uuid, ?4, ?5, 0, ?6::date) ON CONFLICT (tenant_id, member_id, asset) DO NOTHING "
                        + "RETURNING account_id::text")
                .setParameter(1, tenantId).setParameter(2, UUID.randomUUID().toString()).setParameter(3, memberId)
                .setParameter(4, asset).setParameter(5, amount).setParameter(6, Date.valueOf(day))
                .getResultList();
        if (!opened.isEmpty()) {
            String accountId = (String) opened.get(0);
            if (amount != 0) {
                entries.add(new LedgerEntry(accountId, asset, amount, "RENEWAL", programId, reason, null));
            }
            return Optional.of(new Moved(accountId, amount));
        }
        return set(asset, amount, day, null, "old.renewed_on IS DISTINCT FROM ?7::date AND ?1 >= old.floor", day)
                .map(old -> record(old, asset, amount, "RENEWAL", programId, reason));
    }

    /** Empties an account whose validity has ended, if it still holds something. */
    Optional<Moved> expire(String asset, Instant now) {
        return set(asset, 0, null, null, "old.balance > 0 AND old.valid_until <= ?7", Timestamp.from(now))
                .map(old -> record(old, asset, 0, "EXPIRY", null, "Validity ended"));
    }

    /** Gives the account a new floor while its balance is 0 (opening a tab); empty if it is not at 0 with floor 0. */
    Optional<String> openFloor(String asset, long floor) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("INSERT INTO account AS a (tenant_id, account_id, member_id, asset, balance, floor) "
                        + "VALUES (?1, ?2::uuid, ?3::uuid, ?4, 0, ?5) ON CONFLICT (tenant_id, member_id, asset) DO UPDATE "
                        + "SET floor = EXCLUDED.floor WHERE a.balance = 0 AND a.floor = 0 RETURNING account_id::text")
                .setParameter(1, tenantId).setParameter(2, UUID.randomUUID().toString()).setParameter(3, memberId)
                .setParameter(4, asset).setParameter(5, floor)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
    }

    /** Brings an account with a negative floor back to 0 and closes that floor (settling a tab); returns what it held. */
    OptionalLong closeFloor(String asset, String reason) {
        Optional<Moved> settled = set(asset, 0, null, 0L, "old.floor < 0", null)
                .map(old -> record(old, asset, 0, "MOVE", null, reason));
        return settled.isEmpty() ? OptionalLong.empty() : OptionalLong.of(settled.get().balance());
    }

    List<LedgerEntry> entries() {
        return entries;
    }

    private record Old(String accountId, long balance) {
    }

    private Optional<Old> set(String asset, long value, LocalDate renewedOn, Long floor, String condition, Object conditionValue) {
        var query = em.createNativeQuery(SET.formatted(condition))
                .setParameter(1, value).setParameter(2, renewedOn == null ? null : Date.valueOf(renewedOn))
                .setParameter(3, floor).setParameter(4, tenantId).setParameter(5, memberId).setParameter(6, asset);
        if (condition.contains("?7")) {
            query.setParameter(7, conditionValue);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Old((String) rows.get(0)[0], ((Number) rows.get(0)[1]).longValue()));
    }

    /** Books the change from the old balance to {@code value}; the returned balance is the old one for a settlement. */
    private Moved record(Old old, String asset, long value, String kind, String programId, String reason) {
        long delta = value - old.balance();
        if (delta != 0) {
            entries.add(new LedgerEntry(old.accountId(), asset, delta, kind, programId, reason, null));
        }
        return new Moved(old.accountId(), "MOVE".equals(kind) ? old.balance() : value);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
