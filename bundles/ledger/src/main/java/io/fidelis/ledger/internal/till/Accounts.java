package io.fidelis.ledger.internal.till;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A member's accounts during one till call. The call read them row-locked ({@code FOR UPDATE}), so no other till
 * can move them until it commits: every rule (a floor, a tab's ceiling, one renewal per business day) is checked
 * here on exact balances, and the changed rows are written with the transaction in its single statement. An
 * account this call opens is inserted there; if a concurrent call opened the same one first, the unique key
 * refuses the insert and the call is booked again on the locked row. Every change adds a {@link LedgerEntry},
 * so that a balance is always the sum of its entries; the {@code CHECK (balance >= floor)} of the table stays
 * as the last guard.
 */
final class Accounts {

    record Moved(String accountId, long balance) {
    }

    /** An account as this call leaves it: inserted if new, updated if changed, untouched otherwise. */
    static final class State {
        final String accountId;
        final String asset;
        final boolean opened;
        long balance;
        long floor;
        LocalDate renewedOn;
        Instant validUntil;
        boolean changed;

        private State(String accountId, String asset, boolean opened, long balance, long floor, LocalDate renewedOn,
                      Instant validUntil) {
            this.accountId = accountId;
            this.asset = asset;
            this.opened = opened;
            this.balance = balance;
            this.floor = floor;
            this.renewedOn = renewedOn;
            this.validUntil = validUntil;
        }
    }

    private final Map<String, State> byAsset = new LinkedHashMap<>();
    private final List<LedgerEntry> entries = new ArrayList<>();

    Accounts(Collection<AccountRow> locked) {
        locked.forEach(a -> byAsset.put(a.asset(),
                new State(a.accountId(), a.asset(), false, a.balance(), a.floor(), a.renewedOn(), a.validUntil())));
    }

    /**
     * Adds {@code delta} to the member's account for {@code asset}, opening it on a credit; empty if the floor
     * (or a missing account, for a debit) refuses it.
     */
    Optional<Moved> move(String asset, long delta, Instant validUntil, String kind, String programId, String reason) {
        State account = byAsset.get(asset);
        if (account == null) {
            if (delta < 0) {
                return Optional.empty();
            }
            account = open(asset, 0, null);
        }
        if (delta < 0 && account.balance + delta < account.floor) {
            return Optional.empty();
        }
        account.balance += delta;
        if (delta >= 0) {
            account.validUntil = later(account.validUntil, validUntil);
        }
        account.changed = true;
        entries.add(new LedgerEntry(account.accountId, asset, delta, kind, programId, reason, validUntil));
        return Optional.of(new Moved(account.accountId, account.balance));
    }

    /**
     * Renews an account to exactly {@code amount} for a business day, unless it was already renewed that day
     * (by a till that got there first): then nothing happens and empty is returned.
     */
    Optional<Moved> renew(String asset, long amount, LocalDate day, String programId, String reason) {
        State account = byAsset.get(asset);
        if (account == null) {
            account = open(asset, 0, day);
        } else if (day.equals(account.renewedOn) || amount < account.floor) {
            return Optional.empty();
        }
        account.renewedOn = day;
        return Optional.of(set(account, amount, "RENEWAL", programId, reason));
    }

    /** Empties an account whose validity has ended, if it still holds something. */
    Optional<Moved> expire(String asset, Instant now) {
        State account = byAsset.get(asset);
        if (account == null || account.balance <= 0 || account.validUntil == null || account.validUntil.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(set(account, 0, "EXPIRY", null, "Validity ended"));
    }

    /** Gives the account a new floor while its balance is 0 (opening a tab); empty if it is not at 0 with floor 0. */
    Optional<String> openFloor(String asset, long floor) {
        State account = byAsset.get(asset);
        if (account == null) {
            account = open(asset, floor, null);
        } else if (account.balance != 0 || account.floor != 0) {
            return Optional.empty();
        }
        account.floor = floor;
        account.changed = true;
        return Optional.of(account.accountId);
    }

    /** Brings an account with a negative floor back to 0 and closes that floor (settling a tab); returns what it held. */
    OptionalLong closeFloor(String asset, String reason) {
        State account = byAsset.get(asset);
        if (account == null || account.floor >= 0) {
            return OptionalLong.empty();
        }
        long held = account.balance;
        account.floor = 0;
        set(account, 0, "MOVE", null, reason);
        return OptionalLong.of(held);
    }

    /** The business day the account was last renewed on, if it exists and ever was. */
    Optional<LocalDate> renewedOn(String asset) {
        State account = byAsset.get(asset);
        return account == null ? Optional.empty() : Optional.ofNullable(account.renewedOn);
    }

    /** The balance as this call has it now (the row is locked: nobody else changed it). */
    long balance(String asset) {
        State account = byAsset.get(asset);
        return account == null ? 0 : account.balance;
    }

    List<LedgerEntry> entries() {
        return entries;
    }

    /** The accounts to insert or update with the transaction. */
    List<State> changed() {
        return byAsset.values().stream().filter(a -> a.changed).toList();
    }

    private State open(String asset, long floor, LocalDate renewedOn) {
        State account = new State(UUID.randomUUID().toString(), asset, true, 0, floor, renewedOn, null);
        account.changed = true;
        byAsset.put(asset, account);
        return account;
    }

    /** Sets the balance to {@code value}, booking the difference. */
    private Moved set(State account, long value, String kind, String programId, String reason) {
        long delta = value - account.balance;
        if (delta != 0) {
            entries.add(new LedgerEntry(account.accountId, account.asset, delta, kind, programId, reason, null));
        }
        account.balance = value;
        account.changed = true;
        return new Moved(account.accountId, value);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isAfter(b) ? a : b;
    }
}
