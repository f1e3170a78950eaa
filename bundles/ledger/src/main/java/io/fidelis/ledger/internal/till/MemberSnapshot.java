package io.fidelis.ledger.internal.till;

import io.fidelis.api.Asset;
import io.fidelis.api.program.AccountState;
import io.fidelis.api.program.MemberState;
import io.fidelis.api.program.RewardState;
import io.fidelis.ledger.api.RewardView;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A card, its member, the member's accounts and active rewards, read in one round trip at the start of a call. */
record MemberSnapshot(String cardCode, String cardStatus, String memberId, String displayName, String category,
                      boolean enrolledNow, Map<String, AccountRow> accounts, List<RewardView> rewards) {

    boolean cardActive() {
        return "ACTIVE".equals(cardStatus);
    }

    Optional<AccountRow> account(String asset) {
        return Optional.ofNullable(accounts.get(asset));
    }

    MemberState stateAt(Instant now) {
        Map<Asset, AccountState> states = new HashMap<>();
        accounts.values().forEach(a -> states.put(Asset.of(a.asset()), a.stateAt(now)));
        List<RewardState> held = rewards.stream()
                .filter(r -> r.validUntil() == null || r.validUntil().isAfter(now))
                .map(r -> new RewardState(r.rewardId(), r.rewardCode(), r.title(), r.valueMinor(), r.validUntil()))
                .toList();
        return new MemberState(memberId, category, enrolledNow, states, held);
    }
}
