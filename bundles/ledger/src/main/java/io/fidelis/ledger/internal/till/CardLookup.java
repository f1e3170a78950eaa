package io.fidelis.ledger.internal.till;

import io.fidelis.api.Asset;
import io.fidelis.api.event.EventKind;
import io.fidelis.api.program.AccountState;
import io.fidelis.ledger.api.Balance;
import io.fidelis.ledger.api.CardView;
import io.fidelis.ledger.api.MemberSummary;
import io.fidelis.ledger.api.Messages;
import io.fidelis.ledger.api.RuleRejectedException;
import io.fidelis.ledger.internal.program.ProgramRunner;
import io.fidelis.ledger.internal.program.ProgramTypeRegistry;
import io.fidelis.ledger.internal.program.TenantProfile;
import io.fidelis.ledger.api.TillIdentity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.fidelis.ledger.internal.tx.Sql;

/**
 * A card look-up: the balances as the next call will find them (expired accounts empty, today's renewals done),
 * the rewards held and the programs' messages. Nothing is written.
 */
final class CardLookup {

    private CardLookup() {
    }

    static Optional<CardView> find(Sql sql, TillIdentity till, TenantProfile tenant, ProgramTypeRegistry types,
                                   ProgramRunner runner, String cardCode) {
        Optional<MemberSnapshot> found = MemberSnapshots.readOnly(sql, till.tenantId(), cardCode);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MemberSnapshot member = found.get();
        MemberSummary summary = new MemberSummary(member.memberId(), member.displayName(), member.category());
        if (!member.cardActive()) {
            return Optional.of(new CardView(cardCode, member.cardStatus(), summary, balances(member, Map.of(), null),
                    member.rewards(), new Messages(List.of("Card is " + member.cardStatus().toLowerCase()), List.of())));
        }
        TillCall call = new TillCall(sql, till, tenant, types, runner, null, null);
        call.use(member);
        try {
            call.runPrograms(call.event(EventKind.LOOKUP, till.storeCode(), null, List.of(), List.of(), null));
        } catch (RuleRejectedException refused) {
            call.plan.tillMessage(refused.getMessage());
        }
        Map<String, Long> renewed = new LinkedHashMap<>();
        call.plan.renewals().forEach(r -> {
            boolean alreadyToday = member.account(r.asset()).map(a -> call.businessDay.equals(a.renewedOn())).orElse(false);
            if (!alreadyToday) {
                renewed.put(r.asset(), r.amount());
            }
        });
        return Optional.of(new CardView(cardCode, member.cardStatus(), summary, balances(member, renewed, call),
                member.rewards(), new Messages(call.plan.tillMessages(), call.plan.receiptMessages())));
    }

    private static List<Balance> balances(MemberSnapshot member, Map<String, Long> renewed, TillCall call) {
        List<Balance> balances = new ArrayList<>();
        for (AccountRow account : member.accounts().values()) {
            AccountState state = call == null ? AccountState.ofBalance(account.balance()) : account.stateAt(call.now);
            long balance = renewed.getOrDefault(account.asset(), state.balance());
            balances.add(new Balance(account.asset(), balance, account.floor(), account.validUntil()));
        }
        renewed.forEach((asset, amount) -> {
            if (member.account(asset).isEmpty()) {
                balances.add(new Balance(Asset.of(asset).code(), amount, 0, null));
            }
        });
        return balances;
    }
}
