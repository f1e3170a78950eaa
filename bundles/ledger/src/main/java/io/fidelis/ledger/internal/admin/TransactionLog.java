package io.fidelis.ledger.internal.admin;

import io.fidelis.ledger.api.EntryView;
import io.fidelis.ledger.api.LineView;
import io.fidelis.ledger.api.Page;
import io.fidelis.ledger.api.TransactionFilter;
import io.fidelis.ledger.api.TransactionView;
import io.fidelis.ledger.internal.entity.MemberEntity;
import io.fidelis.ledger.internal.entity.TillTransactionEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.persistence.EntityManager;
import javax.persistence.Query;

/** The tenant's transaction log with its lines and ledger movements: who, where, when and what. */
final class TransactionLog {

    private final EntityManager em;
    private final String tenantId;

    TransactionLog(EntityManager em, String tenantId) {
        this.em = em;
        this.tenantId = tenantId;
    }

    /** The filters in SQL (the asset filter needs the ledger, which has no entity), then the page's rows by id. */
    Page<TransactionView> page(TransactionFilter filter, int offset, int limit) {
        StringBuilder where = new StringBuilder(" WHERE t.tenant_id = ?1");
        List<Object> parameters = new ArrayList<>(List.of(tenantId));
        condition(where, parameters, "t.occurred_at >= ?::timestamptz", filter.from());
        condition(where, parameters, "t.occurred_at < ?::timestamptz", filter.to());
        condition(where, parameters, "t.till_code = ?", filter.tillCode());
        condition(where, parameters, "t.staff_code = ?", filter.staffCode());
        condition(where, parameters, "t.card_code = ?", filter.cardCode());
        condition(where, parameters, "t.kind = ?", filter.kind());
        condition(where, parameters, "EXISTS (SELECT 1 FROM ledger_entry e JOIN account a ON a.tenant_id = e.tenant_id "
                + "AND a.account_id = e.account_id WHERE e.tenant_id = t.tenant_id AND e.transaction_id = t.transaction_id "
                + "AND a.asset = ?)", filter.asset());
        long total = ((Number) bind(em.createNativeQuery("SELECT COUNT(*) FROM till_transaction t" + where), parameters)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object> ids = bind(em.createNativeQuery("SELECT t.transaction_id::text FROM till_transaction t" + where
                + " ORDER BY t.occurred_at DESC, t.transaction_id LIMIT " + limit + " OFFSET " + offset), parameters)
                .getResultList();
        if (ids.isEmpty()) {
            return new Page<>(total, List.of());
        }
        Map<String, TillTransactionEntity> byId = new HashMap<>();
        em.createQuery("SELECT t FROM TillTransactionEntity t WHERE t.transactionId IN :ids", TillTransactionEntity.class)
                .setParameter("ids", ids).getResultList().forEach(t -> byId.put(t.transactionId(), t));
        return new Page<>(total, views(ids.stream().map(id -> byId.get((String) id)).toList()));
    }

    private static void condition(StringBuilder where, List<Object> parameters, String clause, Object value) {
        if (value != null) {
            parameters.add(value instanceof java.time.Instant instant ? java.sql.Timestamp.from(instant) : value);
            where.append(" AND ").append(clause.replace("?", "?" + parameters.size()));
        }
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private List<TransactionView> views(List<TillTransactionEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(TillTransactionEntity::transactionId).toList();
        Map<String, List<LineView>> lines = lines(ids);
        Map<String, List<EntryView>> entries = entries(ids);
        Map<String, String> names = new HashMap<>();
        em.createQuery("SELECT m FROM MemberEntity m WHERE m.memberId IN :ids", MemberEntity.class)
                .setParameter("ids", rows.stream().map(TillTransactionEntity::memberId).distinct().toList())
                .getResultList().forEach(m -> names.put(m.memberId(), m.displayName()));
        return rows.stream().map(t -> new TransactionView(t.transactionId(), t.occurredAt(), t.kind(), t.storeCode(),
                t.tillCode(), t.staffCode(), t.cardCode(), t.memberId(), names.get(t.memberId()), t.totalMinor(), t.currency(),
                lines.getOrDefault(t.transactionId(), List.of()), entries.getOrDefault(t.transactionId(), List.of()))).toList();
    }

    private Map<String, List<LineView>> lines(List<String> ids) {
        Map<String, List<LineView>> lines = new HashMap<>();
        for (Object[] row : rowsFor("SELECT t.transaction_id, x.l->>'sku', x.l->>'category', (x.l->>'quantity')::int,"
                + " (x.l->>'unitPriceMinor')::bigint FROM till_transaction t, jsonb_array_elements(t.lines) WITH ORDINALITY AS x (l, n)"
                + " WHERE t.tenant_id = ?1 AND t.transaction_id IN (%s) ORDER BY t.transaction_id, x.n", ids)) {
            int quantity = ((Number) row[3]).intValue();
            long unitPrice = ((Number) row[4]).longValue();
            lines.computeIfAbsent(row[0].toString(), k -> new ArrayList<>())
                    .add(new LineView((String) row[1], (String) row[2], quantity, unitPrice, unitPrice * quantity));
        }
        return lines;
    }

    private Map<String, List<EntryView>> entries(List<String> ids) {
        Map<String, List<EntryView>> entries = new HashMap<>();
        for (Object[] row : rowsFor("SELECT e.transaction_id, a.asset, SUM(e.amount) FROM ledger_entry e"
                + " JOIN account a ON a.tenant_id = e.tenant_id AND a.account_id = e.account_id"
                + " WHERE e.tenant_id = ?1 AND e.transaction_id IN (%s) GROUP BY e.transaction_id, a.asset ORDER BY a.asset", ids)) {
            entries.computeIfAbsent(row[0].toString(), k -> new ArrayList<>())
                    .add(new EntryView((String) row[1], ((Number) row[2]).longValue()));
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rowsFor(String sqlWithIdList, List<String> ids) {
        StringJoiner placeholders = new StringJoiner(", ");
        for (int i = 0; i < ids.size(); i++) {
            placeholders.add("?" + (i + 2) + "::uuid");
        }
        Query query = em.createNativeQuery(String.format(sqlWithIdList, placeholders)).setParameter(1, tenantId);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 2, ids.get(i));
        }
        return query.getResultList();
    }
}
