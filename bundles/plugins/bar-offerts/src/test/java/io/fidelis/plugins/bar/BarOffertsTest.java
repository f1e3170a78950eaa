package io.fidelis.plugins.bar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.fidelis.api.Asset;
import io.fidelis.api.event.EventKind;
import io.fidelis.api.event.TillEvent;
import io.fidelis.api.event.TillLine;
import io.fidelis.api.event.TillPayment;
import io.fidelis.api.program.AccountState;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.InvalidConfigException;
import io.fidelis.api.program.MemberState;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.api.program.ProgramContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class BarOffertsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private final BarOfferts program = new BarOfferts();
    private final Map<String, Object> config = new HashMap<>(Map.of("allowanceMinor", 2000, "period", "day"));

    private static TillEvent event(EventKind kind, LocalDate day, List<TillPayment> payments, String reference, TillLine... lines) {
        return new TillEvent("demo-bar", "main", "main-1", "alex", "STAFF-1", kind, Instant.parse("2026-11-23T22:00:00Z"),
                day, "EUR", List.of(lines), payments, reference);
    }

    private static TillEvent compDrink(LocalDate day, long comp) {
        return event(EventKind.SALE, day, List.of(new TillPayment("COMP", comp)), null, new TillLine("GIN-TONIC", "drinks", 1, comp));
    }

    private ProgramContext staff(long balance, LocalDate renewedOn) {
        return member("staff", balance, renewedOn);
    }

    private ProgramContext member(String category, long balance, LocalDate renewedOn) {
        return new ProgramContext("comps", "Staff comps", new ProgramConfig(config),
                new MemberState("m1", category, false, Map.of(Asset.COMP, new AccountState(balance, 0, renewedOn, null)), List.of()));
    }

    @Test
    public void firstCompOfTheDayRenewsTheAllowanceAndSaysWhatIsLeft() {
        List<Effect> effects = program.onEvent(staff(150, MONDAY.minusDays(1)), compDrink(MONDAY, 850));
        assertEquals(Effect.renew(Asset.COMP, 2000, "Comp allowance for the day of 2026-11-23"), effects.get(0));
        assertTrue(effects.contains(Effect.tillMessage("11.50 EUR comp left")));
        assertTrue(effects.contains(Effect.receiptMessage("Comp by alex: GIN-TONIC")));
    }

    @Test
    public void secondCompTheSameDayUsesWhatIsLeftWithoutRenewing() {
        List<Effect> effects = program.onEvent(staff(1150, MONDAY), compDrink(MONDAY, 800));
        assertTrue(effects.stream().noneMatch(e -> e instanceof Effect.Renew));
        assertTrue(effects.contains(Effect.tillMessage("3.50 EUR comp left")));
    }

    @Test
    public void compBeyondWhatIsLeftIsRefusedWithTheAmountLeft() {
        List<Effect> effects = program.onEvent(staff(350, MONDAY), compDrink(MONDAY, 800));
        assertEquals(List.of(Effect.reject("comp-exhausted", "Only 3.50 EUR comp left on this card, not enough for 8.00 EUR")), effects);
    }

    @Test
    public void nearlyUsedUpAllowanceIsFlagged() {
        List<Effect> effects = program.onEvent(staff(900, MONDAY), compDrink(MONDAY, 800));
        assertTrue(effects.contains(Effect.tillMessage("Comp allowance nearly used up")));
    }

    @Test
    public void weeklyAllowanceRenewsOnlyInANewWeek() {
        config.put("period", "week");
        LocalDate sunday = MONDAY.plusDays(6);
        assertTrue(program.onEvent(staff(100, MONDAY), compDrink(sunday, 100)).stream().noneMatch(e -> e instanceof Effect.Renew));
        assertTrue(program.onEvent(staff(100, sunday), compDrink(MONDAY.plusWeeks(1), 100)).stream().anyMatch(e -> e instanceof Effect.Renew));
    }

    @Test
    public void monthlyAllowanceRenewsOnTheFirstTouchOfAMonth() {
        config.put("period", "month");
        assertTrue(program.onEvent(staff(100, LocalDate.of(2026, 11, 1)), compDrink(MONDAY, 100))
                .stream().noneMatch(e -> e instanceof Effect.Renew));
        assertTrue(program.onEvent(staff(100, LocalDate.of(2026, 10, 31)), compDrink(MONDAY, 100))
                .stream().anyMatch(e -> e instanceof Effect.Renew));
    }

    @Test
    public void lookupRenewsSoTheTillShowsTodaysAllowance() {
        List<Effect> effects = program.onEvent(staff(0, null), event(EventKind.LOOKUP, MONDAY, List.of(), null));
        assertEquals(List.of(Effect.renew(Asset.COMP, 2000, "Comp allowance for the day of 2026-11-23"),
                Effect.tillMessage("20.00 EUR comp left this day")), effects);
    }

    @Test
    public void managerTopUpAddsToWhatIsLeft() {
        config.put("managers", "sam, alex");
        TillEvent topUp = event(EventKind.TOPUP, MONDAY, List.of(new TillPayment("CASH", 1000)), "COMP",
                new TillLine("TOPUP", "topup", 1, 1000));
        assertEquals(List.of(Effect.tillMessage("15.00 EUR comp left after the top-up")), program.onEvent(staff(500, MONDAY), topUp));
    }

    @Test
    public void topUpByStaffWhoIsNotAManagerIsRefused() {
        config.put("managers", "sam");
        TillEvent topUp = event(EventKind.TOPUP, MONDAY, List.of(new TillPayment("CASH", 1000)), "COMP",
                new TillLine("TOPUP", "topup", 1, 1000));
        assertEquals(List.of(Effect.reject("topup-not-allowed", "Only a manager (sam) may top up a comp card")),
                program.onEvent(staff(500, MONDAY), topUp));
    }

    @Test
    public void allowanceZeroMeansTopUpsOnly() {
        config.put("allowanceMinor", 0);
        List<Effect> effects = program.onEvent(staff(300, MONDAY.minusDays(3)), compDrink(MONDAY, 200));
        assertTrue(effects.stream().noneMatch(e -> e instanceof Effect.Renew));
        assertTrue(effects.contains(Effect.tillMessage("1.00 EUR comp left")));
    }

    @Test
    public void customerCardsCannotPayWithComp() {
        assertEquals(List.of(Effect.reject("comp-not-allowed", "Card STAFF-1 is not a staff comp card")),
                program.onEvent(member("regular", 0, null), compDrink(MONDAY, 500)));
    }

    @Test
    public void customersPayingMoneyAreLeftAlone() {
        TillEvent sale = event(EventKind.SALE, MONDAY, List.of(), null, new TillLine("BEER", "drinks", 2, 450));
        assertTrue(program.onEvent(member(null, 0, null), sale).isEmpty());
    }

    @Test
    public void validationNamesTheField() {
        assertEquals("period", assertThrows(InvalidConfigException.class,
                () -> program.validate(new ProgramConfig(Map.of("period", "fortnight")))).field());
        assertEquals("allowanceMinor", assertThrows(InvalidConfigException.class,
                () -> program.validate(new ProgramConfig(Map.of("allowanceMinor", -1)))).field());
        assertEquals("staffCategory", assertThrows(InvalidConfigException.class,
                () -> program.validate(new ProgramConfig(Map.of("staffCategory", "x".repeat(49))))).field());
        program.validate(new ProgramConfig(Map.of()));
        program.validate(new ProgramConfig(Map.of("period", "Month", "managers", "sam")));
    }
}
