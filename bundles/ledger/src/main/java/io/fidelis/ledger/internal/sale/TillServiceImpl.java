package io.fidelis.ledger.internal.sale;

import io.fidelis.ledger.api.Balance;
import io.fidelis.ledger.api.CardView;
import io.fidelis.ledger.api.MemberSummary;
import io.fidelis.ledger.api.NotFoundException;
import io.fidelis.ledger.api.Messages;
import io.fidelis.ledger.api.SaleRequest;
import io.fidelis.ledger.api.TillAnswer;
import io.fidelis.ledger.api.TillIdentity;
import io.fidelis.ledger.api.TillService;
import io.fidelis.ledger.internal.entity.CardEntity;
import io.fidelis.ledger.internal.entity.MemberEntity;
import io.fidelis.ledger.internal.program.ProgramRunner;
import io.fidelis.ledger.internal.program.ProgramTypeRegistry;
import io.fidelis.ledger.internal.program.TenantProfile;
import io.fidelis.ledger.internal.program.TenantProfiles;
import io.fidelis.ledger.internal.tx.DuplicateKeyException;
import io.fidelis.ledger.internal.tx.TenantTransactions;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

@Component(service = TillService.class, configurationPid = "io.fidelis.ledger")
@Designate(ocd = LedgerConfig.class)
public class TillServiceImpl implements TillService {

    @Reference
    private TenantTransactions transactions;

    @Reference
    private ProgramTypeRegistry programTypes;

    @Reference
    private TenantProfiles tenantProfiles;

    private ProgramRunner runner;

    @Activate
    void activate(LedgerConfig config) {
        runner = new ProgramRunner(config.programBudgetMillis());
    }

    @Deactivate
    void deactivate() {
        runner.close();
    }

    @Override
    public TillAnswer sale(TillIdentity till, String idempotencyKey, SaleRequest request) {
        SaleRequestValidator.validate(idempotencyKey, request);
        String hash = RequestHash.of(request);
        try {
            return recordSale(till, idempotencyKey, hash, request);
        } catch (DuplicateKeyException raced) {
            // Another call with the same key (or enrolling the same new card) committed first.
            Optional<TillAnswer> first = transactions.inTenant(till.tenantId(),
                    em -> SaleTransaction.replay(em, till, idempotencyKey, hash));
            return first.orElseGet(() -> recordSale(till, idempotencyKey, hash, request));
        }
    }

    private TillAnswer recordSale(TillIdentity till, String idempotencyKey, String hash, SaleRequest request) {
        TenantProfile tenant = tenantProfiles.get(till.tenantId()).filter(TenantProfile::active)
                .orElseThrow(() -> new NotFoundException("Tenant " + till.tenantId() + " is not registered or not active"));
        return transactions.inTenant(till.tenantId(),
                em -> new SaleTransaction(em, till, idempotencyKey, hash, request, tenant, programTypes, runner).record());
    }

    @Override
    public Optional<CardView> card(String tenantId, String cardCode) {
        return transactions.inTenant(tenantId, em -> {
            CardEntity card = em.find(CardEntity.class, cardCode);
            if (card == null) {
                return Optional.empty();
            }
            MemberEntity member = em.find(MemberEntity.class, card.memberId());
            List<Balance> balances = new AccountBook(em, tenantId).balances(member.memberId()).entrySet().stream()
                    .map(e -> new Balance(e.getKey(), e.getValue())).toList();
            List<String> tillMessages = card.isActive() ? List.of() : List.of("Card is " + card.status().toLowerCase());
            return Optional.of(new CardView(card.cardCode(), card.status(),
                    new MemberSummary(member.memberId(), member.displayName(), member.category()),
                    balances, new Messages(tillMessages, List.of())));
        });
    }
}
