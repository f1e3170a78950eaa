package io.fidelis.api.event;

import io.fidelis.api.Asset;
import java.util.Optional;
import java.util.Set;

/**
 * How part of a basket was paid. {@code tender} is {@code CASH}, {@code CARD} or {@code OTHER} for money the
 * merchant takes, or the code of a loyalty asset the core debits ({@code WALLET}, {@code POINTS}, {@code TAB},
 * {@code COMP}, {@code CREDIT:casino}). {@code amountMinor} is money in minor units, whatever the tender.
 */
public record TillPayment(String tender, long amountMinor) {

    public static final Set<String> MONEY_TENDERS = Set.of("CASH", "CARD", "OTHER");

    /** The loyalty asset this payment debits, or empty for cash, card and other money. */
    public Optional<Asset> asset() {
        return MONEY_TENDERS.contains(tender) ? Optional.empty() : Optional.of(Asset.of(tender));
    }

    /** Paid with something the member did not pay money for: points, renewed credit or a staff comp allowance. */
    public boolean isLoyaltyFunded() {
        return asset().map(a -> a.equals(Asset.POINTS) || a.equals(Asset.COMP) || a.code().startsWith("CREDIT:")).orElse(false);
    }
}
