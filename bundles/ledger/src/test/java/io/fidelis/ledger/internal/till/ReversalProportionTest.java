package io.fidelis.ledger.internal.till;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ReversalProportionTest {

    @Test
    public void aShareIsRoundedTowardsZero() {
        assertEquals(4, ReversalOperation.proportion(16, 450, 1650));
        assertEquals(-4, ReversalOperation.proportion(-16, 450, 1650));
    }

    @Test
    public void theLargestBasketsDoNotOverflow() {
        long largest = 500L * 10_000 * 100_000_000L;
        assertEquals(largest / 2, ReversalOperation.proportion(largest, largest / 2, largest));
    }
}
