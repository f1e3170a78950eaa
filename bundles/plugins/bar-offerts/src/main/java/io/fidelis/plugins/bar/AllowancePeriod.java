package io.fidelis.plugins.bar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How often a comp allowance starts again: each business day, each week (from Monday) or each month. */
enum AllowancePeriod {
    DAY, WEEK, MONTH;

    static Optional<AllowancePeriod> parse(String text) {
        return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(text.trim())).findFirst();
    }

    /** Whether {@code renewedOn} (null: never) lies in an earlier period than {@code today}. */
    boolean isDue(LocalDate renewedOn, LocalDate today) {
        if (renewedOn == null) {
            return true;
        }
        return switch (this) {
            case DAY -> !renewedOn.equals(today);
            case WEEK -> !renewedOn.with(DayOfWeek.MONDAY).equals(today.with(DayOfWeek.MONDAY));
            case MONTH -> !YearMonth.from(renewedOn).equals(YearMonth.from(today));
        };
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
