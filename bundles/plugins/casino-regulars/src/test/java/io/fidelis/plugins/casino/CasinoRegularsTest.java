package io.fidelis.plugins.casino;

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

public class CasinoRegularsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Asset CREDIT = Asset.of("CREDIT:casino");
    private final CasinoRegulars program = new CasinoRegulars();
    private final Map<String, Object> config = new HashMap<>(Map.of(
            "scope", "casino", "categoryCredits", "regular=1000, privileged=3000, seasonal-staff=500, hostess=800"));

    private static TillEvent event(EventKind kind, long creditPaid) {
        List<TillPayment> payments = creditPaid == 0 ? List.of() : List.of(new TillPayment("CREDIT:casino", creditPaid));
        List<TillLine> lines = kind == EventKind.SALE ? List.of(new TillLine("CHAMPAGNE", "drinks", 1, Math.max(creditPaid, 900))) : List.of();
        return new TillEvent("demo-casino", "bar", "bar-1", "lou", "REG-7", kind, Instant.parse("2026-11-23T23:10:00Z"),
                TODAY, "EUR", lines, payments, null);
    }

    private ProgramContext member(String category, Long balance, LocalDate renewedOn) {
        Map<Asset, AccountState> accounts = balance == null ? Map.of() : Map.of(CREDIT, new AccountState(balance, 0, renewedOn, null));
        return new ProgramContext("regulars", "Regulars", new ProgramConfig(config), new MemberState("m1", category, false, accounts, List.of()));
    }

    @Test
    public void lookupRenewsTodaysCreditSoTheTillShowsIt() {
        assertEquals(List.of(Effect.renew(CREDIT, 3000, "Daily credit of 2026-11-23"), Effect.tillMessage("Today's credit: 30.00 EUR")),
                program.onEvent(member("privileged", null, null), event(EventKind.LOOKUP, 0)));
    }

    @Test
    public void yesterdaysUnspentCreditIsReplacedNotAddedTo() {
        List<Effect> effects = program.onEvent(member("regular", 700L, TODAY.minusDays(1)), event(EventKind.SALE, 900));
        assertEquals(Effect.renew(CREDIT, 1000, "Daily credit of 2026-11-23"), effects.get(0));
        assertTrue(effects.contains(Effect.tillMessage("1.00 EUR credit left today")));
    }

    @Test
    public void creditIsSpentDuringTheDayWithoutRenewal() {
        List<Effect> effects = program.onEvent(member("hostess", 800L, TODAY), event(EventKind.SALE, 300));
        assertEquals(List.of(Effect.tillMessage("5.00 EUR credit left today"),
                Effect.receiptMessage("Paid 3.00 EUR with today's credit; 5.00 EUR left until the end of the day")), effects);
    }

    @Test
    public void spendingMoreThanTodaysCreditIsRefused() {
        assertEquals(List.of(Effect.reject("credit-exhausted", "Only 2.00 EUR of today's credit left, not enough for 9.00 EUR")),
                program.onEvent(member("regular", 200L, TODAY), event(EventKind.SALE, 900)));
    }

    @Test
    public void membersOfNoListedCategoryGetTheDefaultCredit() {
        assertTrue(program.onEvent(member(null, null, null), event(EventKind.LOOKUP, 0)).isEmpty());
        config.put("defaultCreditMinor", 200);
        assertEquals(Effect.renew(CREDIT, 200, "Daily credit of 2026-11-23"),
                program.onEvent(member("guest", null, null), event(EventKind.LOOKUP, 0)).get(0));
    }

    @Test
    public void aMemberWithoutCreditCannotPayWithIt() {
        assertEquals(List.of(Effect.reject("credit-exhausted", "No CREDIT:casino credit left on this card today")),
                program.onEvent(member(null, null, null), event(EventKind.SALE, 500)));
    }

    @Test
    public void aMemberMovedOutOfACreditCategoryLosesTheLeftover() {
        assertEquals(List.of(Effect.renew(CREDIT, 0, "Daily credit of 2026-11-23")),
                program.onEvent(member("guest", 400L, TODAY.minusDays(1)), event(EventKind.LOOKUP, 0)));
    }

    @Test
    public void categoriesMatchWhateverTheCase() {
        assertEquals(Effect.renew(CREDIT, 500, "Daily credit of 2026-11-23"),
                program.onEvent(member("Seasonal-Staff", null, null), event(EventKind.LOOKUP, 0)).get(0));
    }

    @Test
    public void validationNamesTheField() {
        assertEquals("categoryCredits", assertThrows(InvalidConfigException.class,
                () -> program.validate(new ProgramConfig(Map.of("categoryCredits", "regular=ten")))).field());
        assertEquals("categoryCredits", assertThrows(InvalidConfigException.class,
                () -> program.validate(new ProgramConfig(Map.of("categoryCredits", "regular=100, regular=200")))).field());
        assertEquals("categoryCredits", assertThrows(InvalidConfigException.class,
                () -> program.validate(new ProgramConfig(Map.of("categoryCredits", "vip")))).field());
        assertEquals("categoryCredits", assertThrows(InvalidConfigException.class,
                () -> program.validate(new ProgramConfig(Map.of("categoryCredits", "vip=2000000")))).field());
        assertEquals("scope", assertThrows(InvalidConfigException.class,
                () -> program.validate(new ProgramConfig(Map.of("scope", "Casino Bar")))).field());
        assertEquals("defaultCreditMinor", assertThrows(InvalidConfigException.class,
                () -> program.validate(new ProgramConfig(Map.of("defaultCreditMinor", -5)))).field());
        program.validate(new ProgramConfig(Map.of()));
    }
}
