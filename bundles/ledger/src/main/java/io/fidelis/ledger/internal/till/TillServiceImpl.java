package io.fidelis.ledger.internal.till;

import io.fidelis.ledger.api.CardView;
import io.fidelis.ledger.api.CheckInRequest;
import io.fidelis.ledger.api.NotFoundException;
import io.fidelis.ledger.api.RedeemRequest;
import io.fidelis.ledger.api.RefundRequest;
import io.fidelis.ledger.api.RuleRejectedException;
import io.fidelis.ledger.api.SaleRequest;
import io.fidelis.ledger.api.TabOpenRequest;
import io.fidelis.ledger.api.TabSettleRequest;
import io.fidelis.ledger.api.TillAnswer;
import io.fidelis.ledger.api.TillIdentity;
import io.fidelis.ledger.api.TillReceipt;
import io.fidelis.ledger.api.TillService;
import io.fidelis.ledger.api.TopUpRequest;
import io.fidelis.ledger.api.VoidRequest;
import io.fidelis.ledger.internal.program.ProgramRunner;
import io.fidelis.ledger.internal.program.ProgramTypeRegistry;
import io.fidelis.ledger.internal.program.TenantProfile;
import io.fidelis.ledger.internal.program.TenantProfiles;
import io.fidelis.ledger.internal.tx.DuplicateKeyException;
import io.fidelis.ledger.internal.tx.TenantTransactions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import java.util.function.Function;
import io.fidelis.ledger.internal.tx.Sql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Every till operation, idempotent by (till, key). The happy path does not look for an earlier call: the unique
 * key refuses a second booking when the transaction row is written, and only then, or when a rule refuses a call
 * (a retry of a debit that went through would now find too little), is the first answer looked up and replayed.
 */
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
        Set<String> trusted = Set.of(config.trustedProgramBundles());
        runner = new ProgramRunner(config.programBudgetMillis(), type -> {
            Bundle bundle = FrameworkUtil.getBundle(type.getClass());
            return bundle != null && trusted.contains(bundle.getSymbolicName());
        });
    }

    @Deactivate
    void deactivate() {
        runner.close();
    }

    @Override
    public TillAnswer sale(TillIdentity till, String key, SaleRequest request) {
        SaleRequestValidator.validate(key, request);
        return idempotent(till, key, RequestHash.of("sale", request), call -> SaleOperation.run(call, request));
    }

    @Override
    public TillAnswer topUp(TillIdentity till, String key, TopUpRequest request) {
        TopUpOperation.validate(key, request);
        return idempotent(till, key, RequestHash.of("topup", request), call -> TopUpOperation.run(call, request));
    }

    @Override
    public TillAnswer checkIn(TillIdentity till, String key, CheckInRequest request) {
        CheckInOperation.validate(key, request);
        return idempotent(till, key, RequestHash.of("checkin", request), call -> CheckInOperation.run(call, request));
    }

    @Override
    public TillAnswer redeem(TillIdentity till, String key, RedeemRequest request) {
        RedeemOperation.validate(key, request);
        return idempotent(till, key, RequestHash.of("redeem", request), call -> RedeemOperation.run(call, request));
    }

    @Override
    public TillAnswer refund(TillIdentity till, String key, RefundRequest request) {
        ReversalOperation.validate(key, request);
        return idempotent(till, key, RequestHash.of("refund", request), call -> ReversalOperation.refund(call, request));
    }

    @Override
    public TillAnswer voidTransaction(TillIdentity till, String key, VoidRequest request) {
        ReversalOperation.validate(key, request);
        return idempotent(till, key, RequestHash.of("void", request), call -> ReversalOperation.cancel(call, request));
    }

    @Override
    public TillAnswer openTab(TillIdentity till, String key, TabOpenRequest request) {
        TabOperations.validate(key, request);
        return idempotent(till, key, RequestHash.of("tab-open", request), call -> TabOperations.open(call, request));
    }

    @Override
    public TillAnswer settleTab(TillIdentity till, String key, TabSettleRequest request) {
        TabOperations.validate(key, request);
        return idempotent(till, key, RequestHash.of("tab-settle", request), call -> TabOperations.settle(call, request));
    }

    @Override
    public Optional<CardView> card(TillIdentity till, String cardCode) {
        TenantProfile tenant = activeTenant(till);
        return transactions.sqlInTenant(till.tenantId(), sql -> CardLookup.find(sql, till, tenant, programTypes, runner, cardCode));
    }

    private TillAnswer idempotent(TillIdentity till, String key, String hash, Function<TillCall, TillReceipt> operation) {
        try {
            return new TillAnswer(book(till, key, hash, operation), false);
        } catch (DuplicateKeyException raced) {
            // the key was used before (or a concurrent call enrolled the same new card): replay, or try once more
            return replay(till, key, hash).orElseGet(() -> new TillAnswer(book(till, key, hash, operation), false));
        } catch (RuleRejectedException | NotFoundException refused) {
            return replay(till, key, hash).orElseThrow(() -> refused);
        }
    }

    /** Books the call and gives its receipt as stored. */
    private String book(TillIdentity till, String key, String hash, Function<TillCall, TillReceipt> operation) {
        TenantProfile tenant = activeTenant(till);
        return transactions.sqlInTenant(till.tenantId(), sql -> {
            TillCall call = new TillCall(sql, till, tenant, programTypes, runner, key, hash);
            operation.apply(call);
            return call.receiptJson();
        });
    }

    private Optional<TillAnswer> replay(TillIdentity till, String key, String hash) {
        return transactions.sqlInTenant(till.tenantId(), sql -> firstAnswer(sql, till, key, hash));
    }

    private static Optional<TillAnswer> firstAnswer(Sql sql, TillIdentity till, String key, String hash) {
        List<Object[]> rows = sql.rowsAndCommit("SELECT request_hash, response_json FROM till_transaction "
                        + "WHERE tenant_id = ?1 AND till_code = ?2 AND idempotency_key = ?3", till.tenantId(), till.tillCode(), key);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        if (!hash.equals(rows.get(0)[0])) {
            throw new RuleRejectedException("idempotency-key-reused",
                    "Idempotency-Key " + key + " was already used by this till for a different request");
        }
        return Optional.of(new TillAnswer((String) rows.get(0)[1], true));
    }

    private TenantProfile activeTenant(TillIdentity till) {
        return tenantProfiles.get(till.tenantId()).filter(TenantProfile::active)
                .orElseThrow(() -> new NotFoundException("Tenant " + till.tenantId() + " is not registered or not active"));
    }
}
