package io.fidelis.ledger.internal.till;

import io.fidelis.api.event.EventKind;
import io.fidelis.api.event.TillEvent;
import io.fidelis.api.event.TillLine;
import io.fidelis.api.event.TillPayment;
import io.fidelis.api.program.ProgramContext;
import io.fidelis.ledger.api.Balance;
import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.Messages;
import io.fidelis.ledger.api.Movement;
import io.fidelis.ledger.api.NotFoundException;
import io.fidelis.ledger.api.RewardView;
import io.fidelis.ledger.api.RuleRejectedException;
import io.fidelis.ledger.api.TillIdentity;
import io.fidelis.ledger.api.TillReceipt;
import io.fidelis.ledger.internal.Json;
import io.fidelis.ledger.internal.program.ActiveProgram;
import io.fidelis.ledger.internal.program.ProgramRunner;
import io.fidelis.ledger.internal.program.ProgramTypeRegistry;
import io.fidelis.ledger.internal.program.TenantProfile;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import io.fidelis.ledger.internal.tx.Sql;

/**
 * One till call inside one database transaction, whatever its kind: it finds (or enrols) the card, asks the
 * programs, applies the plan to the accounts, and writes the transaction with its entries. Everything it books
 * commits together or not at all.
 */
final class TillCall {

    final Sql sql;
    final TillIdentity till;
    final TenantProfile tenant;
    final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    final LocalDate businessDay;
    final EffectPlan plan = new EffectPlan();
    private final ProgramTypeRegistry programTypes;
    private final ProgramRunner runner;
    private final String idempotencyKey;
    private final String requestHash;
    private MemberSnapshot member;
    private Accounts accounts;
    private final Map<String, Balance> balances = new LinkedHashMap<>();
    private final List<RewardView> rewards = new ArrayList<>();
    private String receiptJson;
    /** Rewards the programs grant in this call are handed over at once (a catalogue redemption) rather than kept. */
    boolean grantsUsedNow;

    TillCall(Sql sql, TillIdentity till, TenantProfile tenant, ProgramTypeRegistry programTypes, ProgramRunner runner,
             String idempotencyKey, String requestHash) {
        this.sql = sql;
        this.till = till;
        this.tenant = tenant;
        this.programTypes = programTypes;
        this.runner = runner;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.businessDay = BusinessDay.of(now, tenant.zone(), tenant.dayCutoffHour());
    }

    void checkPlace(String storeCode, String staffCode) {
        if (till.storeCode() != null && !till.storeCode().equals(storeCode)) {
            throw new InvalidRequestException("storeCode", "must be " + till.storeCode() + ", the store of this till");
        }
        if (!tenant.storeCodes().contains(storeCode)) {
            throw new InvalidRequestException("storeCode", "is not a store of this merchant");
        }
        if (!tenant.staffCodes().contains(staffCode)) {
            throw new InvalidRequestException("staffCode", "is not a staff member of this merchant");
        }
    }

    /** The card's member, enrolling a new member for an unknown card when {@code enrol} is true. */
    MemberSnapshot member(String cardCode, boolean enrol) {
        Optional<MemberSnapshot> found = MemberSnapshots.lock(sql, till.tenantId(), cardCode);
        if (found.isEmpty() && !enrol) {
            throw new NotFoundException("No card " + cardCode + " for this merchant");
        }
        MemberSnapshot snapshot = found.orElseGet(() -> enrol(cardCode));
        if (!snapshot.cardActive()) {
            throw new RuleRejectedException("card-blocked", "Card " + cardCode + " is " + snapshot.cardStatus().toLowerCase()
                    + "; nothing was recorded");
        }
        return use(snapshot);
    }

    /** Works on a member already read (a card look-up reads it first to show blocked cards too). */
    MemberSnapshot use(MemberSnapshot snapshot) {
        member = snapshot;
        accounts = new Accounts(member.accounts().values());
        member.accounts().values().forEach(a -> balances.put(a.asset(),
                new Balance(a.asset(), a.expiredAt(now) ? Math.min(0, a.balance()) : a.balance(), a.floor(), a.validUntil())));
        return member;
    }

    /** Reopens the member of an earlier transaction (a refund), even if its card was replaced since. */
    MemberSnapshot memberById(String memberId, String cardCode) {
        MemberSnapshot found = MemberSnapshots.lockByMember(sql, till.tenantId(), memberId)
                .orElseThrow(() -> new NotFoundException("No card " + cardCode + " for this merchant"));
        member = found;
        accounts = new Accounts(found.accounts().values());
        found.accounts().values().forEach(a -> balances.put(a.asset(), new Balance(a.asset(), a.balance(), a.floor(), a.validUntil())));
        return found;
    }

    private MemberSnapshot enrol(String cardCode) {
        String memberId = UUID.randomUUID().toString();
        sql.update("WITH m AS (INSERT INTO member (tenant_id, member_id, display_name, created_at) "
                        + "VALUES (?1, ?2::uuid, ?3, ?4::timestamptz)) "
                        + "INSERT INTO card (tenant_id, card_code, member_id, status, issued_at) VALUES (?1, ?5, ?2::uuid, 'ACTIVE', ?4::timestamptz)",
                till.tenantId(), memberId, "Card " + cardCode, Timestamp.from(now), cardCode);
        plan.tillMessage("New card " + cardCode + " registered");
        return new MemberSnapshot(cardCode, "ACTIVE", memberId, "Card " + cardCode, null, true, Map.of(), List.of());
    }

    TillEvent event(EventKind kind, String storeCode, String staffCode, List<TillLine> lines, List<TillPayment> payments,
                    String reference) {
        return new TillEvent(till.tenantId(), storeCode, till.tillCode(), staffCode, member.cardCode(), kind, now, businessDay,
                tenant.currency(), lines, payments, reference);
    }

    /** Asks every active program of the tenant about the event; a program whose type is not installed is paused. */
    void runPrograms(TillEvent event) {
        var state = member.stateAt(now);
        for (ActiveProgram program : tenant.programs()) {
            var type = programTypes.find(program.typeId());
            if (type.isEmpty()) {
                if (event.kind() != EventKind.LOOKUP) {
                    plan.tillMessage("Program '" + program.name() + "' is paused: nothing earned from it");
                }
                continue;
            }
            ProgramContext context = new ProgramContext(program.programId(), program.name(), program.config(), state);
            plan.add(program.programId(), runner.run(type.get(), context, event));
        }
    }

    /** Applies expiries, then the plan's renewals, credits and debits, then its rewards; any refusal rolls everything back. */
    void applyPlan(TransactionRecord record) {
        for (AccountRow account : member.accounts().values()) {
            if (account.expiredAt(now) && account.balance() > 0) {
                accounts.expire(account.asset(), now).ifPresent(m -> updateBalance(account.asset(), m.balance(), null));
            }
        }
        for (EffectPlan.Renewal renewal : plan.renewals()) {
            accounts.renew(renewal.asset(), renewal.amount(), businessDay, renewal.programId(), renewal.reason())
                    .ifPresent(m -> updateBalance(renewal.asset(), m.balance(), null));
        }
        for (EffectPlan.Movement movement : plan.movements()) {
            Accounts.Moved moved = accounts.move(movement.asset(), movement.delta(), movement.validUntil(), "MOVE",
                    movement.programId(), movement.reason()).orElseThrow(() -> refusal(movement));
            updateBalance(movement.asset(), moved.balance(), movement.validUntil());
        }
        for (EffectPlan.Grant grant : plan.grants()) {
            grantReward(record, grant.programId(), grant.reward().rewardCode(), grant.reward().title(),
                    grant.reward().valueMinor(), grant.reward().validUntil(), grantsUsedNow);
        }
        record.entries.addAll(accounts.entries());
    }

    void grantReward(TransactionRecord record, String programId, String code, String title, long valueMinor, Instant validUntil,
                     boolean usedNow) {
        String rewardId = UUID.randomUUID().toString();
        record.rewards.add(new TransactionRecord.Reward(rewardId, programId, code, title, valueMinor, validUntil, usedNow));
        rewards.add(new RewardView(rewardId, code, title, valueMinor, validUntil, usedNow ? "USED" : "ACTIVE"));
        plan.receiptMessage((usedNow ? "Reward given: " : "Reward kept for later: ") + title);
    }

    /** The granted rewards of this call, for the answer. */
    List<RewardView> rewards() {
        return rewards;
    }

    void rewardUsed(RewardView reward) {
        rewards.add(reward);
    }

    Accounts accounts() {
        return accounts;
    }

    MemberSnapshot member() {
        return member;
    }

    long balance(String asset) {
        Balance balance = balances.get(asset);
        return balance == null ? 0 : balance.balance();
    }

    void updateBalance(String asset, long balance, Instant validUntil) {
        Balance old = balances.get(asset);
        Instant valid = old == null ? validUntil : later(old.validUntil(), validUntil);
        balances.put(asset, new Balance(asset, balance, old == null ? 0 : old.floor(), valid));
    }

    void updateFloor(String asset, long floor) {
        Balance old = balances.get(asset);
        balances.put(asset, new Balance(asset, old == null ? 0 : old.balance(), floor, old == null ? null : old.validUntil()));
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isAfter(b) ? a : b;
    }

    private RuleRejectedException refusal(EffectPlan.Movement movement) {
        long wanted = -movement.delta();
        return switch (movement.asset()) {
            case "TAB" -> new RuleRejectedException("ceiling-reached", "This purchase of " + wanted
                    + " would take the tab past its ceiling; nothing was recorded");
            case "COMP" -> new RuleRejectedException("comp-exhausted", "The comp allowance on this card does not cover "
                    + wanted + "; nothing was recorded");
            default -> new RuleRejectedException("insufficient-balance", "Not enough " + movement.asset()
                    + " on this card for " + wanted + " (balance " + accounts.balance(movement.asset()) + "); nothing was recorded");
        };
    }

    TransactionRecord record(EventKind kind) {
        TransactionRecord record = new TransactionRecord(UUID.randomUUID().toString(), kind.name(), now, businessDay);
        record.cardCode = member.cardCode();
        record.memberId = member.memberId();
        record.currency = tenant.currency();
        return record;
    }

    /** Builds the answer, stores it with the transaction, commits (the call's last statement) and returns it. */
    TillReceipt finish(TransactionRecord record, long dueMinor, long pointsEarned) {
        List<Movement> movements = record.entries.stream()
                .map(e -> new Movement(e.asset(), e.amount(), e.kind(), e.reason())).toList();
        TillReceipt receipt = new TillReceipt(record.transactionId, record.kind, now, record.cardCode, record.memberId,
                member.enrolledNow(), record.totalMinor, record.discountMinor, dueMinor, record.currency, pointsEarned,
                movements, List.copyOf(balances.values()), List.copyOf(rewards), record.originalTransactionId,
                new Messages(plan.tillMessages(), plan.receiptMessages()));
        record.responseJson = Json.write(receipt);
        receiptJson = record.responseJson;
        TransactionWriter.write(sql, till.tenantId(), till.tillCode(), idempotencyKey, requestHash, record, accounts.changed());
        return receipt;
    }

    /** The receipt as written with the transaction by {@link #finish}. */
    String receiptJson() {
        return receiptJson;
    }

    static long pointsEarned(TransactionRecord record) {
        return record.entries.stream()
                .filter(e -> "POINTS".equals(e.asset()) && "MOVE".equals(e.kind()) && e.programId() != null && e.amount() > 0)
                .mapToLong(LedgerEntry::amount).sum();
    }
}
