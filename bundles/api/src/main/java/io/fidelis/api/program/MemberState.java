package io.fidelis.api.program;

import io.fidelis.api.Asset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The member's state a program type may look at: category, accounts per asset (expired ones already
 * emptied by the core) and the rewards held.
 */
public record MemberState(String memberId, String category, boolean enrolledNow,
                          Map<Asset, AccountState> accounts, List<RewardState> rewards) {

    public MemberState {
        accounts = Map.copyOf(accounts);
        rewards = List.copyOf(rewards);
    }

    /** A member with plain balances and no rewards; handy in program tests. */
    public static MemberState withBalances(String memberId, String category, Map<Asset, Long> balances) {
        Map<Asset, AccountState> accounts = new HashMap<>();
        balances.forEach((asset, balance) -> accounts.put(asset, AccountState.ofBalance(balance)));
        return new MemberState(memberId, category, false, accounts, List.of());
    }

    public long balance(Asset asset) {
        AccountState account = accounts.get(asset);
        return account == null ? 0 : account.balance();
    }

    public Optional<AccountState> account(Asset asset) {
        return Optional.ofNullable(accounts.get(asset));
    }

    public boolean inCategory(String wanted) {
        return wanted != null && wanted.equalsIgnoreCase(category);
    }
}
