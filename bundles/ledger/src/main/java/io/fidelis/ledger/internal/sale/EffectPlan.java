package io.fidelis.ledger.internal.sale;

import io.fidelis.api.program.Effect;
import io.fidelis.ledger.api.RuleRejectedException;
import java.util.ArrayList;
import java.util.List;

/** The effects all programs returned for one event, checked and sorted before anything is applied. */
final class EffectPlan {

    record Movement(String programId, String asset, long delta, String reason) {
    }

    private final List<Movement> movements = new ArrayList<>();
    private final List<String> tillMessages = new ArrayList<>();
    private final List<String> receiptMessages = new ArrayList<>();

    void add(String programId, List<Effect> effects) {
        for (Effect effect : effects) {
            if (effect instanceof Effect.Reject reject) {
                throw new RuleRejectedException(reject.code(), reject.reason());
            } else if (effect instanceof Effect.Credit credit) {
                movements.add(new Movement(programId, credit.asset().code(), credit.amount(), credit.reason()));
            } else if (effect instanceof Effect.Debit debit) {
                movements.add(new Movement(programId, debit.asset().code(), -debit.amount(), debit.reason()));
            } else if (effect instanceof Effect.Message message) {
                (message.channel() == Effect.Channel.TILL ? tillMessages : receiptMessages).add(message.text());
            }
        }
    }

    void tillMessage(String text) {
        tillMessages.add(text);
    }

    List<Movement> movements() {
        return movements;
    }

    List<String> tillMessages() {
        return tillMessages;
    }

    List<String> receiptMessages() {
        return receiptMessages;
    }
}
