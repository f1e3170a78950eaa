package io.fidelis.ledger.internal.admin;

import io.fidelis.ledger.api.AdminQueries;
import io.fidelis.ledger.api.Balance;
import io.fidelis.ledger.api.CardSummary;
import io.fidelis.ledger.api.MemberView;
import io.fidelis.ledger.api.Page;
import io.fidelis.ledger.api.TenantView;
import io.fidelis.ledger.api.TransactionFilter;
import io.fidelis.ledger.api.TransactionView;
import io.fidelis.ledger.internal.entity.AccountEntity;
import io.fidelis.ledger.internal.entity.CardEntity;
import io.fidelis.ledger.internal.entity.MemberEntity;
import io.fidelis.ledger.internal.entity.TenantEntity;
import io.fidelis.ledger.internal.tx.TenantTransactions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = AdminQueries.class)
public class AdminQueriesImpl implements AdminQueries {

    @Reference
    private TenantTransactions transactions;

    @Override
    public Optional<TenantView> tenant(String tenantId) {
        return transactions.inTenant(tenantId, em -> Optional.ofNullable(em.find(TenantEntity.class, tenantId)).map(TenantViews::of));
    }

    @Override
    public Page<MemberView> members(String tenantId, String query, int offset, int limit) {
        return transactions.inTenant(tenantId, em -> {
            String pattern = query == null || query.isBlank() ? "%" : "%" + query.trim().toLowerCase() + "%";
            String where = " WHERE LOWER(m.displayName) LIKE :q OR LOWER(m.email) LIKE :q"
                    + " OR EXISTS (SELECT c FROM CardEntity c WHERE c.memberId = m.memberId AND LOWER(c.cardCode) LIKE :q)";
            long total = em.createQuery("SELECT COUNT(m) FROM MemberEntity m" + where, Long.class)
                    .setParameter("q", pattern).getSingleResult();
            List<MemberEntity> members = em.createQuery("SELECT m FROM MemberEntity m" + where
                            + " ORDER BY m.createdAt DESC, m.memberId", MemberEntity.class)
                    .setParameter("q", pattern).setFirstResult(offset).setMaxResults(limit).getResultList();
            return new Page<>(total, views(em, members));
        });
    }

    private static List<MemberView> views(EntityManager em, List<MemberEntity> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        List<String> ids = members.stream().map(MemberEntity::memberId).toList();
        Map<String, List<CardSummary>> cards = em.createQuery("SELECT c FROM CardEntity c WHERE c.memberId IN :ids ORDER BY c.cardCode", CardEntity.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(CardEntity::memberId, Collectors.mapping(c -> new CardSummary(c.cardCode(), c.status()), Collectors.toList())));
        Map<String, List<Balance>> balances = em.createQuery("SELECT a FROM AccountEntity a WHERE a.memberId IN :ids ORDER BY a.asset", AccountEntity.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(AccountEntity::memberId, Collectors.mapping(a -> new Balance(a.asset(), a.balance()), Collectors.toList())));
        return members.stream().map(m -> new MemberView(m.memberId(), m.displayName(), m.email(), m.category(), m.createdAt(),
                cards.getOrDefault(m.memberId(), List.of()), balances.getOrDefault(m.memberId(), List.of()))).toList();
    }

    @Override
    public Page<TransactionView> transactions(String tenantId, TransactionFilter filter, int offset, int limit) {
        return transactions.inTenant(tenantId, em -> new TransactionLog(em, tenantId).page(filter, offset, limit));
    }

    static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
