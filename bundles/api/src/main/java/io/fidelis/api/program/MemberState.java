package io.fidelis.api.program;

import io.fidelis.api.Asset;
import java.util.Map;

/** The member's state a program type may look at: category and current balances per asset. */
public record MemberState(String memberId, String category, boolean enrolledNow, Map<Asset, Long> balances) {

    public MemberState {
        balances = Map.copyOf(balances);
    }

    public long balance(Asset asset) {
        return balances.getOrDefault(asset, 0L);
    }
}
