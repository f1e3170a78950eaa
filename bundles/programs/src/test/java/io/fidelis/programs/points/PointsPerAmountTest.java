package io.fidelis.programs.points;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.fidelis.api.Asset;
import io.fidelis.api.event.EventKind;
import io.fidelis.api.event.TillEvent;
import io.fidelis.api.event.TillLine;
import io.fidelis.api.event.TillPayment;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.InvalidConfigException;
import io.fidelis.api.program.MemberState;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.api.program.ProgramContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class PointsPerAmountTest {

    private final PointsPerAmount program = new PointsPerAmount();

    private static TillEvent sale(EventKind kind, TillLine... lines) {
        return new TillEvent("demo-bar", "main", "till-1", "alice", "CARD-1", kind, Instant.now(),
                LocalDate.now(), "EUR", List.of(lines));
    }

    private static ProgramContext context(Map<String, Object> config, long pointsBefore) {
        return new ProgramContext("points", "Points", new ProgramConfig(config),
                MemberState.withBalances("m1", null, Map.of(Asset.POINTS, pointsBefore)));
    }

    @Test
    public void onePointPerWholeEuroRoundedDown() {
        List<Effect> effects = program.onEvent(context(Map.of("pointsPerUnit", 1, "unitMinor", 100), 10),
                sale(EventKind.SALE, new TillLine("beer", "drinks", 2, 450), new TillLine("crisps", "food", 1, 199)));
        assertEquals(new Effect.Credit(Asset.POINTS, 10, "Points"), effects.get(0));
        assertEquals(new Effect.Message(Effect.Channel.RECEIPT, "You earned 10 points. Balance: 20 points"), effects.get(1));
    }

    @Test
    public void defaultsAreOnePointPerEuro() {
        assertEquals(12, PointsPerAmount.pointsFor(1299, new ProgramConfig(Map.of())));
    }

    @Test
    public void multiplierApplies() {
        assertEquals(36, PointsPerAmount.pointsFor(1299, new ProgramConfig(Map.of("pointsPerUnit", 3))));
    }

    @Test
    public void smallBasketEarnsNothing() {
        assertTrue(program.onEvent(context(Map.of(), 0), sale(EventKind.SALE, new TillLine("gum", "food", 1, 99))).isEmpty());
    }

    @Test
    public void onlySalesEarn() {
        assertTrue(program.onEvent(context(Map.of(), 0), sale(EventKind.TOPUP, new TillLine("topup", "wallet", 1, 5000))).isEmpty());
    }

    @Test
    public void whatPointsOrCreditPaidEarnsNothing() {
        TillEvent event = new TillEvent("demo-bar", "main", "till-1", "alice", "CARD-1", EventKind.SALE, Instant.now(),
                LocalDate.now(), "EUR", List.of(new TillLine("beer", "drinks", 4, 450)),
                List.of(new TillPayment("POINTS", 500), new TillPayment("CREDIT:casino", 399), new TillPayment("CASH", 901)), null);
        assertEquals(Effect.credit(Asset.POINTS, 9, "Points"), program.onEvent(context(Map.of(), 0), event).get(0));
    }

    @Test
    public void walletPaymentsAreMoneyTheMemberPaid() {
        TillEvent event = new TillEvent("demo-bar", "main", "till-1", "alice", "CARD-1", EventKind.SALE, Instant.now(),
                LocalDate.now(), "EUR", List.of(new TillLine("beer", "drinks", 4, 450)), List.of(new TillPayment("WALLET", 1800)), null);
        assertEquals(Effect.credit(Asset.POINTS, 18, "Points"), program.onEvent(context(Map.of(), 0), event).get(0));
    }

    @Test
    public void onlyTheCategoryEarns() {
        List<Effect> effects = program.onEvent(context(Map.of("category", "food"), 0),
                sale(EventKind.SALE, new TillLine("beer", "drinks", 2, 450), new TillLine("burger", "food", 1, 1250)));
        assertEquals(Effect.credit(Asset.POINTS, 12, "Points"), effects.get(0));
    }

    @Test
    public void validationNamesTheWrongField() {
        InvalidConfigException zero = assertThrows(InvalidConfigException.class,
                () -> program.validate(new ProgramConfig(Map.of("unitMinor", 0))));
        assertEquals("unitMinor", zero.field());
        InvalidConfigException text = assertThrows(InvalidConfigException.class,
                () -> program.validate(new ProgramConfig(Map.of("pointsPerUnit", "lots"))));
        assertEquals("pointsPerUnit", text.field());
    }
}
