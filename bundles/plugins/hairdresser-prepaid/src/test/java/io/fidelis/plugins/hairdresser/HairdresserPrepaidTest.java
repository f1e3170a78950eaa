package io.fidelis.plugins.hairdresser;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class HairdresserPrepaidTest {

    private final HairdresserPrepaid program = new HairdresserPrepaid();
    private final Map<String, Object> config = new HashMap<>(Map.of("bonusSteps", "10000=10, 20000=15", "minTopupMinor", 1000));

    private static TillEvent event(EventKind kind, List<TillPayment> payments, String reference, TillLine... lines) {
        return new TillEvent("demo-hairdresser", "salon", "salon-1", "marie", "CLIENT-9", kind, Instant.parse("2026-11-23T10:00:00Z"),
                LocalDate.of(2026, 11, 23), "EUR", List.of(lines), payments, reference);
    }

    private static TillEvent topUp(long amount) {
        return event(EventKind.TOPUP, List.of(new TillPayment("CARD", amount)), "WALLET", new TillLine("TOPUP", "topup", 1, amount));
    }

    private static TillEvent service(long walletPaid, TillLine... lines) {
        return event(EventKind.SALE, List.of(new TillPayment("WALLET", walletPaid)), null, lines);
    }

    private ProgramContext wallet(long balance) {
        return new ProgramContext("prepaid", "Prepaid", new ProgramConfig(config),
                MemberState.withBalances("m1", null, Map.of(Asset.WALLET, balance)));
    }

    @Test
    public void payOneHundredHoldOneHundredAndTen() {
        List<Effect> effects = program.onEvent(wallet(0), topUp(10_000));
        assertEquals(new Effect.Credit(Asset.WALLET, 1000, "Prepaid bonus 10 % on 100.00 EUR"), effects.get(0));
        assertTrue(effects.contains(Effect.receiptMessage("Paid in 100.00 EUR, bonus 10.00 EUR (10 %)")));
        assertTrue(effects.contains(Effect.tillMessage("Prepaid balance: 110.00 EUR")));
        assertTrue(effects.contains(Effect.tillMessage("A top-up of 200.00 EUR or more earns 15 %")));
    }

    @Test
    public void biggerTopUpsReachTheHigherStep() {
        List<Effect> effects = program.onEvent(wallet(500), topUp(25_000));
        assertEquals(new Effect.Credit(Asset.WALLET, 3750, "Prepaid bonus 15 % on 250.00 EUR"), effects.get(0));
        assertTrue(effects.contains(Effect.tillMessage("Prepaid balance: 292.50 EUR")));
    }

    @Test
    public void topUpBelowTheFirstStepEarnsNoBonus() {
        List<Effect> effects = program.onEvent(wallet(0), topUp(5000));
        assertTrue(effects.stream().noneMatch(e -> e instanceof Effect.Credit));
        assertTrue(effects.contains(Effect.tillMessage("Prepaid balance: 50.00 EUR")));
    }

    @Test
    public void bonusRoundsDownToTheCent() {
        assertEquals(new Effect.Credit(Asset.WALLET, 1000, "Prepaid bonus 10 % on 100.09 EUR"), program.onEvent(wallet(0), topUp(10_009)).get(0));
    }

    @Test
    public void topUpBelowTheMinimumIsRefused() {
        assertEquals(List.of(Effect.reject("topup-too-small", "The smallest prepaid top-up is 10.00 EUR")), program.onEvent(wallet(0), topUp(500)));
    }

    @Test
    public void topUpOfAnotherAssetIsNotThisProgramsBusiness() {
        TillEvent comp = event(EventKind.TOPUP, List.of(new TillPayment("CASH", 10_000)), "COMP", new TillLine("TOPUP", "topup", 1, 10_000));
        assertTrue(program.onEvent(wallet(0), comp).isEmpty());
    }

    @Test
    public void serviceIsDeductedAndTheStatementLineShowsWhatIsLeft() {
        List<Effect> effects = program.onEvent(wallet(11_000), service(4500, new TillLine("CUT-BLOW", "services", 1, 4500)));
        assertEquals(List.of(Effect.receiptMessage("CUT-BLOW  45.00 EUR"),
                Effect.receiptMessage("Paid from prepaid: 45.00 EUR. Prepaid balance: 65.00 EUR"),
                Effect.tillMessage("Prepaid balance after this sale: 65.00 EUR")), effects);
    }

    @Test
    public void lowBalanceAfterAServiceIsFlagged() {
        List<Effect> effects = program.onEvent(wallet(5000), service(4500, new TillLine("COLOUR", "services", 1, 4500)));
        assertTrue(effects.contains(Effect.tillMessage("Prepaid balance is low: offer a top-up")));
    }

    @Test
    public void serviceBeyondThePrepaidBalanceIsRefused() {
        assertEquals(List.of(Effect.reject("prepaid-insufficient", "The prepaid balance is 30.00 EUR, not enough for 45.00 EUR")),
                program.onEvent(wallet(3000), service(4500, new TillLine("COLOUR", "services", 1, 4500))));
    }

    @Test
    public void lookupShowsThePrepaidBalance() {
        assertEquals(List.of(Effect.tillMessage("Prepaid balance: 65.00 EUR")), program.onEvent(wallet(6500), event(EventKind.LOOKUP, List.of(), null)));
        assertTrue(program.onEvent(wallet(0), event(EventKind.LOOKUP, List.of(), null)).isEmpty());
    }

    @Test
    public void validationNamesTheField() {
        assertEquals("bonusSteps", assertThrows(InvalidConfigException.class,
                () -> program.validate(new ProgramConfig(Map.of("bonusSteps", "20000=15, 10000=10")))).field());
        assertEquals("bonusSteps", assertThrows(InvalidConfigException.class,
                () -> program.validate(new ProgramConfig(Map.of("bonusSteps", "10000=150")))).field());
        assertEquals("bonusSteps", assertThrows(InvalidConfigException.class,
                () -> program.validate(new ProgramConfig(Map.of("bonusSteps", "lots")))).field());
        assertEquals("minTopupMinor", assertThrows(InvalidConfigException.class,
                () -> program.validate(new ProgramConfig(Map.of("minTopupMinor", 0)))).field());
        program.validate(new ProgramConfig(Map.of()));
        program.validate(new ProgramConfig(Map.of("bonusSteps", "")));
    }
}
