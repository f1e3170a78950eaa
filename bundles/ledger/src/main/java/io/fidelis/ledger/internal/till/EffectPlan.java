package io.fidelis.ledger.internal.till;

import io.fidelis.api.program.Effect;
import io.fidelis.ledger.api.RuleRejectedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one till call will book, from the core (payments, top-ups) and from the programs, checked and
 * ordered before anything is applied: renewals first, then credits, then debits, so that today's renewed
 * credit or a top-up's bonus can pay in the same call.
 */
final class EffectPlan {

    record Movement(String programId, String asset, long delta, String reason, Instant validUntil) {
    }

    record Renewal(String programId, String asset, long amount, String reason) {
    }

    record Grant(String programId, Effect.GrantReward reward) {
    }

    private final Map<String, Renewal> renewals = new LinkedHashMap<>();
    private final List<Movement> credits = new ArrayList<>();
    private final List<Movement> debits = new ArrayList<>();
    private final List<Grant> grants = new ArrayList<>();
    private final List<String> tillMessages = new ArrayList<>();
    private final List<String> receiptMessages = new ArrayList<>();
    private long discountMinor;

    void add(String programId, List<Effect> effects) {
        for (Effect effect : effects) {
            if (effect instanceof Effect.Reject reject) {
                throw new RuleRejectedException(reject.code(), reject.reason());
            } else if (effect instanceof Effect.Credit credit) {
                credits.add(new Movement(programId, credit.asset().code(), credit.amount(), credit.reason(), credit.validUntil()));
            } else if (effect instanceof Effect.Debit debit) {
                debits.add(new Movement(programId, debit.asset().code(), -debit.amount(), debit.reason(), null));
            } else if (effect instanceof Effect.Renew renew) {
                renewals.put(renew.asset().code(), new Renewal(programId, renew.asset().code(), renew.amount(), renew.reason()));
            } else if (effect instanceof Effect.GrantReward grant) {
                grants.add(new Grant(programId, grant));
            } else if (effect instanceof Effect.Discount discount) {
                discountMinor = Math.addExact(discountMinor, discount.amountMinor());
                receiptMessages.add(discount.reason());
            } else if (effect instanceof Effect.Message message) {
                (message.channel() == Effect.Channel.TILL ? tillMessages : receiptMessages).add(message.text());
            }
        }
    }

    void credit(String asset, long amount, String reason) {
        credits.add(new Movement(null, asset, amount, reason, null));
    }

    void debit(String asset, long amount, String reason) {
        debits.add(new Movement(null, asset, -amount, reason, null));
    }

    void tillMessage(String text) {
        tillMessages.add(text);
    }

    void receiptMessage(String text) {
        receiptMessages.add(text);
    }

    /** Renewals, then credits, then debits. */
    List<Movement> movements() {
        List<Movement> ordered = new ArrayList<>(credits);
        ordered.addAll(debits);
        return ordered;
    }

    List<Renewal> renewals() {
        return List.copyOf(renewals.values());
    }

    List<Grant> grants() {
        return grants;
    }

    boolean booksNothing() {
        return renewals.isEmpty() && credits.isEmpty() && debits.isEmpty() && grants.isEmpty();
    }

    long discountMinor() {
        return discountMinor;
    }

    List<String> tillMessages() {
        return tillMessages;
    }

    List<String> receiptMessages() {
        return receiptMessages;
    }
}
