package io.fidelis.api.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What happened at a till, as program types see it. Immutable.
 *
 * <p>{@code reference} depends on the kind: for {@code REDEEM} the catalogue code asked for, for
 * {@code CHECKIN} the session asset asked for (or null to let the program choose), for {@code TOPUP} the
 * asset topped up. For a {@code TOPUP} the lines hold one line with the amount paid in.
 */
public record TillEvent(
        String tenantId,
        String storeCode,
        String tillCode,
        String staffCode,
        String cardCode,
        EventKind kind,
        Instant occurredAt,
        LocalDate businessDay,
        String currency,
        List<TillLine> lines,
        List<TillPayment> payments,
        String reference) {

    public TillEvent {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }

    public TillEvent(String tenantId, String storeCode, String tillCode, String staffCode, String cardCode, EventKind kind,
                     Instant occurredAt, LocalDate businessDay, String currency, List<TillLine> lines) {
        this(tenantId, storeCode, tillCode, staffCode, cardCode, kind, occurredAt, businessDay, currency, lines, List.of(), null);
    }

    public long totalMinor() {
        return lines.stream().mapToLong(TillLine::amountMinor).sum();
    }

    public int articleCount() {
        return lines.stream().mapToInt(TillLine::quantity).sum();
    }

    /** The part of the basket paid with money: what loyalty programs usually reward (not points, credit or comps). */
    public long moneyPaidMinor() {
        long loyaltyFunded = payments.stream().filter(TillPayment::isLoyaltyFunded).mapToLong(TillPayment::amountMinor).sum();
        return Math.max(0, totalMinor() - loyaltyFunded);
    }

    public List<TillLine> linesInCategory(String category) {
        return lines.stream().filter(l -> category.equals(l.category())).toList();
    }
}
