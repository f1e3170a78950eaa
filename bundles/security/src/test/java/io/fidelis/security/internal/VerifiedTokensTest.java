package io.fidelis.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.fidelis.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class VerifiedTokensTest {

    private static final Caller TILL = new Caller("sub", "till", "demo-bar", Set.of(), "main", "main-1", "till-1");

    private static final class MovableClock extends Clock {
        long millis = 1_000_000;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    @Test
    public void aVerifiedTokenIsKnownUntilItExpiresAndNotAMomentLonger() {
        MovableClock clock = new MovableClock();
        VerifiedTokens tokens = new VerifiedTokens(10, clock);
        tokens.remember("t1", TILL, clock.millis + 60_000);

        assertEquals(Optional.of(TILL), tokens.find("t1"));
        clock.millis += 59_999;
        assertEquals(Optional.of(TILL), tokens.find("t1"));
        clock.millis += 1;
        assertTrue(tokens.find("t1").isEmpty());
        assertTrue(tokens.find("unknown").isEmpty());
    }

    @Test
    public void aFullCacheDropsExpiredTokensFirst() {
        MovableClock clock = new MovableClock();
        VerifiedTokens tokens = new VerifiedTokens(2, clock);
        tokens.remember("old", TILL, clock.millis + 10);
        tokens.remember("live", TILL, clock.millis + 60_000);
        clock.millis += 20;

        tokens.remember("new", TILL, clock.millis + 60_000);

        assertEquals(Optional.of(TILL), tokens.find("live"));
        assertEquals(Optional.of(TILL), tokens.find("new"));
    }
}
