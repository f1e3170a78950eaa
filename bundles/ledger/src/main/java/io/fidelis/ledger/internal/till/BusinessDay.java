package io.fidelis.ledger.internal.till;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A tenant's business day: a nightclub's night that ends at 06:00 belongs to the day it started. */
public final class BusinessDay {

    private BusinessDay() {
    }

    public static LocalDate of(Instant instant, ZoneId zone, int cutoffHour) {
        return instant.atZone(zone).minusHours(cutoffHour).toLocalDate();
    }
}
