package io.fidelis.ledger.internal.admin;

import io.fidelis.ledger.api.CardAdmin;
import io.fidelis.ledger.api.CardStatus;
import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.NotFoundException;
import io.fidelis.ledger.api.RuleRejectedException;
import io.fidelis.ledger.internal.tx.DuplicateKeyException;
import io.fidelis.ledger.internal.tx.TenantTransactions;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Card states change by conditional updates, so two counters acting on one card at once cannot both win. */
@Component(service = CardAdmin.class)
public class CardAdminImpl implements CardAdmin {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Set<String> BLOCKED_STATES = Set.of("BLOCKED", "LOST");

    @Reference
    private TenantTransactions transactions;

    @Override
    public CardStatus block(String tenantId, String cardCode, String status) {
        String wanted = status == null ? "BLOCKED" : status;
        if (!BLOCKED_STATES.contains(wanted)) {
            throw new InvalidRequestException("status", "must be BLOCKED or LOST");
        }
        return change(tenantId, cardCode, wanted, "status = 'ACTIVE'", "is not active");
    }

    @Override
    public CardStatus unblock(String tenantId, String cardCode) {
        return change(tenantId, cardCode, "ACTIVE", "status IN ('BLOCKED', 'LOST')", "is not blocked");
    }

    @Override
    public CardStatus categorise(String tenantId, String cardCode, String category) {
        if (category != null && !CATEGORY.matcher(category).matches()) {
            throw new InvalidRequestException("category", "must be 1 to 64 lowercase letters, digits or dashes, or null to clear it");
        }
        return transactions.inTenant(tenantId, em -> {
            String memberId = memberOf(em, tenantId, cardCode);
            em.createNativeQuery("UPDATE member SET category = ?1 WHERE tenant_id = ?2 AND member_id = ?3::uuid")
                    .setParameter(1, category).setParameter(2, tenantId).setParameter(3, memberId).executeUpdate();
            String status = (String) em.createNativeQuery("SELECT status FROM card WHERE tenant_id = ?1 AND card_code = ?2")
                    .setParameter(1, tenantId).setParameter(2, cardCode).getSingleResult();
            return new CardStatus(cardCode, memberId, status, null);
        });
    }

    @Override
    public CardStatus replace(String tenantId, String cardCode, String newCardCode) {
        if (newCardCode == null || !CODE.matcher(newCardCode).matches()) {
            throw new InvalidRequestException("newCardCode", newCardCode == null ? "is required"
                    : "must be 1 to 64 letters, digits or . _ : - characters");
        }
        try {
            return transactions.inTenant(tenantId, em -> {
                String memberId = memberOf(em, tenantId, cardCode);
                int replaced = em.createNativeQuery("UPDATE card SET status = 'REPLACED' WHERE tenant_id = ?1 AND card_code = ?2 "
                                + "AND status IN ('ACTIVE', 'BLOCKED', 'LOST')")
                        .setParameter(1, tenantId).setParameter(2, cardCode).executeUpdate();
                if (replaced == 0) {
                    throw new RuleRejectedException("card-already-replaced", "Card " + cardCode + " was already replaced");
                }
                em.createNativeQuery("INSERT INTO card (tenant_id, card_code, member_id, status, issued_at) "
                                + "VALUES (?1, ?2, ?3::uuid, 'ACTIVE', ?4::timestamptz)")
                        .setParameter(1, tenantId).setParameter(2, newCardCode).setParameter(3, memberId)
                        .setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
                return new CardStatus(cardCode, memberId, "REPLACED", newCardCode);
            });
        } catch (DuplicateKeyException taken) {
            throw new RuleRejectedException("card-code-in-use", "Card " + newCardCode + " already exists; give a new card");
        }
    }

    private CardStatus change(String tenantId, String cardCode, String status, String condition, String refusal) {
        return transactions.inTenant(tenantId, em -> {
            String memberId = memberOf(em, tenantId, cardCode);
            int changed = em.createNativeQuery("UPDATE card SET status = ?1 WHERE tenant_id = ?2 AND card_code = ?3 AND " + condition)
                    .setParameter(1, status).setParameter(2, tenantId).setParameter(3, cardCode).executeUpdate();
            if (changed == 0) {
                throw new RuleRejectedException("card-state", "Card " + cardCode + " " + refusal);
            }
            return new CardStatus(cardCode, memberId, status, null);
        });
    }

    private static String memberOf(EntityManager em, String tenantId, String cardCode) {
        @SuppressWarnings("unchecked")
        List<Object> member = em.createNativeQuery("SELECT member_id::text FROM card WHERE tenant_id = ?1 AND card_code = ?2")
                .setParameter(1, tenantId).setParameter(2, cardCode).getResultList();
        if (member.isEmpty()) {
            throw new NotFoundException("No card " + cardCode + " for this merchant");
        }
        return (String) member.get(0);
    }
}
