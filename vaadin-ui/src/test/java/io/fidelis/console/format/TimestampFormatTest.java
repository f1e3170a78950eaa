package io.fidelis.console.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class TimestampFormatTest {

    @Test
    void keepsTheOffsetTheApiSentWhenNoZoneIsKnown() {
        assertThat(TimestampFormat.dateTime("2025-06-01T12:00:05+02:00", null)).isEqualTo("2025-06-01 12:00:05");
    }

    @Test
    void convertsToTheBrowserZone() {
        assertThat(TimestampFormat.dateTime("2025-06-01T10:00:05.123Z", ZoneId.of("Europe/Paris")))
                .isEqualTo("2025-06-01 12:00:05");
        assertThat(TimestampFormat.date("2025-06-01T23:30:00Z", ZoneId.of("Europe/Paris"))).isEqualTo("2025-06-02");
    }

    @Test
    void acceptsLocalTimesAndLeavesOtherTextAlone() {
        assertThat(TimestampFormat.dateTime("2025-06-01T12:00:05", ZoneId.of("UTC"))).isEqualTo("2025-06-01 12:00:05");
        assertThat(TimestampFormat.dateTime("yesterday", null)).isEqualTo("yesterday");
        assertThat(TimestampFormat.dateTime(null, null)).isEmpty();
    }
}
