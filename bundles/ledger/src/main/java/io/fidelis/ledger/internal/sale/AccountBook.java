package io.fidelis.ledger.internal.sale;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import javax.persistence.EntityManager;

/**
 * Accounts and their append-only ledger, in SQL. A balance moves only through {@link #move}, whose
 * conditional update lets PostgreSQL refuse, row-locked, any movement that would cross the floor,
 * however many tills touch the card at once.
 */
public final class AccountBook {

    private final EntityManager em;
    private final String tenantId;
    /** Account ids seen by {@link #balances}, so that booking on an existing account needs no lookup. */
    private final Map<String, String> knownAccounts = new HashMap<>();

    public AccountBook(EntityManager em, String tenantId) {
        this.em = em;
        this.tenantId = tenantId;
    }

    public Map<String, Long> balances(String memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT asset, balance, account_id FROM account WHERE tenant_id = ?1 AND member_id = ?2::uuid ORDER BY asset")
                .setParameter(1, tenantId).setParameter(2, memberId).getResultList();
        Map<String, Long> balances = new LinkedHashMap<>();
        for (Object[] row : rows) {
            balances.put((String) row[0], ((Number) row[1]).longValue());
            knownAccounts.put(memberId + "/" + row[0], row[2].toString());
        }
        return balances;
    }

    /** The account of a member for an asset, opened on first use. */
    public String accountFor(String memberId, String asset, long floor) {
        String known = knownAccounts.get(memberId + "/" + asset);
        if (known != null) {
            return known;
        }
        em.createNativeQuery("INSERT INTO account (tenant_id, account_id, member_id, asset, balance, floor) "
                        + "VALUES (?1, ?2::uuid, ?3::uuid, ?4, 0, ?5) ON CONFLICT (tenant_id, member_id, asset) DO NOTHING")
                .setParameter(1, tenantId).setParameter(2, UUID.randomUUID().toString())
                .setParameter(3, memberId).setParameter(4, asset).setParameter(5, floor)
                .executeUpdate();
        Object id = em.createNativeQuery("SELECT account_id FROM account WHERE tenant_id = ?1 AND member_id = ?2::uuid AND asset = ?3")
                .setParameter(1, tenantId).setParameter(2, memberId).setParameter(3, asset)
                .getSingleResult();
        knownAccounts.put(memberId + "/" + asset, id.toString());
        return id.toString();
    }

    /** Applies {@code delta} unless the balance would fall below the floor; returns the new balance, or empty if refused. */
    public OptionalLong move(String accountId, long delta) {
        @SuppressWarnings("unchecked")
        List<Object> updated = em.createNativeQuery("UPDATE account SET balance = balance + ?1 "
                        + "WHERE tenant_id = ?2 AND account_id = ?3::uuid AND balance + ?1 >= floor RETURNING balance")
                .setParameter(1, delta).setParameter(2, tenantId).setParameter(3, accountId)
                .getResultList();
        return updated.isEmpty() ? OptionalLong.empty() : OptionalLong.of(((Number) updated.get(0)).longValue());
    }

    public void record(String transactionId, String accountId, long amount, String programId, String reason, Instant at) {
        em.createNativeQuery("INSERT INTO ledger_entry (tenant_id, entry_id, transaction_id, account_id, amount, program_id, reason, created_at) "
                        + "VALUES (?1, ?2::uuid, ?3::uuid, ?4::uuid, ?5, ?6, ?7, ?8)")
                .setParameter(1, tenantId).setParameter(2, UUID.randomUUID().toString())
                .setParameter(3, transactionId).setParameter(4, accountId).setParameter(5, amount)
                .setParameter(6, programId).setParameter(7, truncate(reason, 200)).setParameter(8, Timestamp.from(at))
                .executeUpdate();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
