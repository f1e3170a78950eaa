package io.fidelis.ledger.internal.sale;

import io.fidelis.api.Asset;
import io.fidelis.api.event.EventKind;
import io.fidelis.api.event.TillEvent;
import io.fidelis.api.event.TillLine;
import io.fidelis.api.program.AccountState;
import io.fidelis.api.program.MemberState;
import io.fidelis.api.program.ProgramContext;
import io.fidelis.ledger.api.Balance;
import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.Messages;
import io.fidelis.ledger.api.RuleRejectedException;
import io.fidelis.ledger.api.SaleLine;
import io.fidelis.ledger.api.SaleReceipt;
import io.fidelis.ledger.api.SaleRequest;
import io.fidelis.ledger.api.TillAnswer;
import io.fidelis.ledger.api.TillIdentity;
import io.fidelis.ledger.internal.Json;
import io.fidelis.ledger.internal.entity.CardEntity;
import io.fidelis.ledger.internal.entity.MemberEntity;
import io.fidelis.ledger.internal.entity.TillTransactionEntity;
import io.fidelis.ledger.internal.program.ActiveProgram;
import io.fidelis.ledger.internal.program.ProgramRunner;
import io.fidelis.ledger.internal.program.ProgramTypeRegistry;
import io.fidelis.ledger.internal.program.TenantProfile;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import javax.persistence.EntityManager;
import javax.persistence.Query;

/** One sale, inside one database transaction: everything it books commits together or not at all. */
final class SaleTransaction {

    private final EntityManager em;
    private final TillIdentity till;
    private final String idempotencyKey;
    private final String requestHash;
    private final SaleRequest request;
    private final TenantProfile tenant;
    private final ProgramTypeRegistry programTypes;
    private final ProgramRunner runner;
    private final AccountBook book;

    SaleTransaction(EntityManager em, TillIdentity till, String idempotencyKey, String requestHash, SaleRequest request,
                    TenantProfile tenant, ProgramTypeRegistry programTypes, ProgramRunner runner) {
        this.em = em;
        this.tenant = tenant;
        this.till = till;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.request = request;
        this.programTypes = programTypes;
        this.runner = runner;
        this.book = new AccountBook(em, till.tenantId());
    }

    /** The stored answer of an earlier call with this key, if there was one. */
    static Optional<TillAnswer> replay(EntityManager em, TillIdentity till, String idempotencyKey, String requestHash) {
        List<TillTransactionEntity> earlier = em.createQuery("SELECT t FROM TillTransactionEntity t "
                        + "WHERE t.tillCode = :till AND t.idempotencyKey = :key", TillTransactionEntity.class)
                .setParameter("till", till.tillCode()).setParameter("key", idempotencyKey)
                .getResultList();
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        TillTransactionEntity first = earlier.get(0);
        if (!first.requestHash().equals(requestHash)) {
            throw new RuleRejectedException("idempotency-key-reused",
                    "Idempotency-Key " + idempotencyKey + " was already used by this till for a different request");
        }
        return Optional.of(new TillAnswer(Json.read(first.responseJson(), SaleReceipt.class), true));
    }

    TillAnswer record() {
        Optional<TillAnswer> earlier = replay(em, till, idempotencyKey, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        checkReferences();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String currency = request.currency() == null ? tenant.currency() : request.currency();
        CardEntity existing = em.find(CardEntity.class, request.cardCode());
        boolean memberCreated = existing == null;
        CardEntity card = memberCreated ? enrol(now) : existing;
        if (!card.isActive()) {
            throw new RuleRejectedException("card-blocked", "Card " + card.cardCode() + " is " + card.status().toLowerCase());
        }
        MemberEntity member = em.find(MemberEntity.class, card.memberId());
        Map<String, Long> balances = new TreeMap<>(book.balances(member.memberId()));
        TillEvent event = new TillEvent(till.tenantId(), request.storeCode(), till.tillCode(), request.staffCode(),
                card.cardCode(), EventKind.SALE, now, BusinessDay.of(now, tenant.zone(), tenant.dayCutoffHour()),
                currency, tillLines());
        EffectPlan plan = evaluatePrograms(event, new MemberState(member.memberId(), member.category(), memberCreated, assets(balances), List.of()));
        if (memberCreated) {
            plan.tillMessage("New card " + card.cardCode() + " registered");
        }
        String transactionId = UUID.randomUUID().toString();
        long pointsEarned = apply(plan, transactionId, member.memberId(), balances, now);
        SaleReceipt receipt = new SaleReceipt(transactionId, now, card.cardCode(), member.memberId(), memberCreated,
                event.totalMinor(), currency, pointsEarned,
                balances.entrySet().stream().map(e -> new Balance(e.getKey(), e.getValue())).toList(),
                new Messages(plan.tillMessages(), plan.receiptMessages()));
        store(transactionId, event, member.memberId(), receipt);
        return new TillAnswer(receipt, false);
    }

    private void checkReferences() {
        if (till.storeCode() != null && !till.storeCode().equals(request.storeCode())) {
            throw new InvalidRequestException("storeCode", "must be " + till.storeCode() + ", the store of this till");
        }
        if (request.currency() != null && !request.currency().equals(tenant.currency())) {
            throw new InvalidRequestException("currency", "must be " + tenant.currency() + ", the currency of this merchant");
        }
        if (!tenant.storeCodes().contains(request.storeCode())) {
            throw new InvalidRequestException("storeCode", "is not a store of this merchant");
        }
        if (!tenant.staffCodes().contains(request.staffCode())) {
            throw new InvalidRequestException("staffCode", "is not a staff member of this merchant");
        }
    }

    private CardEntity enrol(Instant now) {
        MemberEntity member = new MemberEntity(UUID.randomUUID().toString(), "Card " + request.cardCode(), now);
        em.persist(member);
        em.flush(); // no mapped relationship tells EclipseLink that the card row needs the member row first
        CardEntity card = new CardEntity(request.cardCode(), member.memberId(), now);
        em.persist(card);
        em.flush();
        return card;
    }

    private List<TillLine> tillLines() {
        return request.lines().stream()
                .map(l -> new TillLine(l.sku(), l.category(), l.quantity(), l.unitPriceMinor()))
                .toList();
    }

    private EffectPlan evaluatePrograms(TillEvent event, MemberState member) {
        EffectPlan plan = new EffectPlan();
        for (ActiveProgram program : tenant.programs()) {
            var type = programTypes.find(program.typeId());
            if (type.isEmpty()) {
                plan.tillMessage("Program '" + program.name() + "' is paused: nothing earned from it");
                continue;
            }
            ProgramContext context = new ProgramContext(program.programId(), program.name(), program.config(), member);
            plan.add(program.programId(), runner.run(type.get(), context, event));
        }
        return plan;
    }

    private long apply(EffectPlan plan, String transactionId, String memberId, Map<String, Long> balances, Instant now) {
        long pointsEarned = 0;
        for (EffectPlan.Movement movement : plan.movements()) {
            String accountId = book.accountFor(memberId, movement.asset(), 0);
            long newBalance = book.move(accountId, movement.delta()).orElseThrow(() -> new RuleRejectedException(
                    "insufficient-balance", "Not enough " + movement.asset() + " on this card for " + -movement.delta()));
            book.record(transactionId, accountId, movement.delta(), movement.programId(), movement.reason(), now);
            balances.put(movement.asset(), newBalance);
            if (Asset.POINTS.code().equals(movement.asset())) {
                pointsEarned += movement.delta();
            }
        }
        return pointsEarned;
    }

    private void store(String transactionId, TillEvent event, String memberId, SaleReceipt receipt) {
        TillTransactionEntity row = new TillTransactionEntity(transactionId, till.tillCode(), idempotencyKey, requestHash);
        row.describe(EventKind.SALE.name(), event.storeCode(), event.staffCode(), event.cardCode(), memberId);
        row.amounts(event.currency(), event.totalMinor(), event.occurredAt(), event.businessDay());
        row.answer(Json.write(receipt));
        em.persist(row);
        insertLines(transactionId);
    }

    /** All basket lines in one statement: one round trip whatever the basket size. */
    private void insertLines(String transactionId) {
        List<SaleLine> lines = request.lines();
        StringBuilder sql = new StringBuilder(
                "INSERT INTO transaction_line (tenant_id, transaction_id, line_no, sku, category, quantity, unit_price_minor) VALUES ");
        for (int i = 0; i < lines.size(); i++) {
            int p = 3 + i * 5;
            sql.append(i == 0 ? "" : ", ").append("(?1, ?2::uuid, ?").append(p).append(", ?").append(p + 1)
                    .append(", ?").append(p + 2).append(", ?").append(p + 3).append(", ?").append(p + 4).append(')');
        }
        Query insert = em.createNativeQuery(sql.toString())
                .setParameter(1, till.tenantId()).setParameter(2, transactionId);
        for (int i = 0; i < lines.size(); i++) {
            SaleLine line = lines.get(i);
            int p = 3 + i * 5;
            insert.setParameter(p, i + 1).setParameter(p + 1, line.sku()).setParameter(p + 2, line.category())
                    .setParameter(p + 3, line.quantity()).setParameter(p + 4, line.unitPriceMinor());
        }
        insert.executeUpdate();
    }

    private static Map<Asset, AccountState> assets(Map<String, Long> balances) {
        Map<Asset, AccountState> byAsset = new HashMap<>();
        balances.forEach((code, balance) -> byAsset.put(Asset.of(code), AccountState.ofBalance(balance)));
        return byAsset;
    }
}
