package io.fidelis.programs.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.fidelis.api.Asset;
import io.fidelis.api.program.Effect;
import org.junit.Test;

public class ThresholdTest {

    private static final Asset STAMPS = Asset.of("STAMPS:x");

    @Test
    public void belowThresholdCreditsTheNewUnits() {
        Threshold t = Threshold.count(7, 1, 10);
        assertEquals(new Threshold(0, 1, 8, 2), t);
        assertEquals(Effect.credit(STAMPS, 1, "r"), t.counterEffect(STAMPS, "r").orElseThrow());
    }

    @Test
    public void reachingTheThresholdTakesTheCompletedUnitsOff() {
        Threshold t = Threshold.count(8, 3, 10);
        assertEquals(new Threshold(1, -7, 1, 9), t);
        assertEquals(Effect.debit(STAMPS, 7, "r"), t.counterEffect(STAMPS, "r").orElseThrow());
    }

    @Test
    public void exactlyTheThresholdLeavesNothing() {
        Threshold t = Threshold.count(9, 1, 10);
        assertEquals(new Threshold(1, -9, 0, 10), t);
    }

    @Test
    public void aBigSaleCompletesSeveralCardsAndMayLeaveTheCounterUnchanged() {
        Threshold t = Threshold.count(4, 20, 10);
        assertEquals(2, t.rewards());
        assertEquals(0, t.netChange());
        assertTrue(t.counterEffect(STAMPS, "r").isEmpty());
    }

    @Test
    public void oneEventPaysOutAtMostFiftyRewardsAndKeepsTheRestOnTheCounter() {
        Threshold t = Threshold.count(0, 1_000_003, 2);
        assertEquals(50, t.rewards());
        assertEquals(1_000_003 - 100, t.counterAfter());
        assertEquals(1, t.remaining());
    }
}
