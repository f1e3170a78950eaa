package io.fidelis.api.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What happened at a till, as program types see it. Immutable. */
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
        List<TillLine> lines) {

    public TillEvent {
        lines = List.copyOf(lines);
    }

    public long totalMinor() {
        return lines.stream().mapToLong(TillLine::amountMinor).sum();
    }

    public int articleCount() {
        return lines.stream().mapToInt(TillLine::quantity).sum();
    }
}
