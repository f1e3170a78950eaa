package io.fidelis.ledger.internal.till;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.Test;

public class BusinessDayTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    public void aNightclubNightBelongsToTheDayItStarted() {
        // 04:30 in Paris on 15 March is still the night of 14 March with a 06:00 cut-off
        assertEquals(LocalDate.of(2026, 3, 14), BusinessDay.of(Instant.parse("2026-03-15T03:30:00Z"), PARIS, 6));
        assertEquals(LocalDate.of(2026, 3, 15), BusinessDay.of(Instant.parse("2026-03-15T05:30:00Z"), PARIS, 6));
    }

    @Test
    public void midnightCutOffIsTheCalendarDay() {
        assertEquals(LocalDate.of(2026, 3, 15), BusinessDay.of(Instant.parse("2026-03-14T23:30:00Z"), PARIS, 0));
    }
}
