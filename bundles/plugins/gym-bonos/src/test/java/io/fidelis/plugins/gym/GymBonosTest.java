package io.fidelis.plugins.gym;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.fidelis.api.Asset;
import io.fidelis.api.event.EventKind;
import io.fidelis.api.event.TillEvent;
import io.fidelis.api.event.TillLine;
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

public class GymBonosTest {

    private static final Instant NOW = Instant.parse("2026-11-23T18:00:00Z");
    private static final Asset MASSAGE = Asset.of("SESSIONS:massage5");
    private static final Asset GYM = Asset.of("SESSIONS:gym10");
    private final GymBonos program = new GymBonos();
    private final Map<String, Object> config = new HashMap<>(Map.of("packs", "MASSAGE-5=massage5:5:90, GYM-10=gym10:10:180"));
    private final Map<Asset, AccountState> accounts = new HashMap<>();

    private static TillEvent event(EventKind kind, String reference, TillLine... lines) {
        return new TillEvent("demo-gym", "main", "main-1", "coach", "GYM-42", kind, NOW, LocalDate.of(2026, 11, 23), "EUR",
                List.of(lines), List.of(), reference);
    }

    private ProgramContext member() {
        return new ProgramContext("bonos", "Bonos", new ProgramConfig(config), new MemberState("m1", null, false, accounts, List.of()));
    }

    private void holds(Asset pack, long sessions, String validUntil) {
        accounts.put(pack, new AccountState(sessions, 0, null, validUntil == null ? null : Instant.parse(validUntil)));
    }

    @Test
    public void sellingAPackCreditsItsSessionsWithTheirValidity() {
        List<Effect> effects = program.onEvent(member(), event(EventKind.SALE, null, new TillLine("MASSAGE-5", "packs", 1, 20_000),
                new TillLine("WATER", "drinks", 1, 150)));
        assertEquals(new Effect.Credit(MASSAGE, 5, "Pack MASSAGE-5", Instant.parse("2027-02-21T18:00:00Z")), effects.get(0));
        assertTrue(effects.contains(Effect.receiptMessage("massage5: 5 sessions added; massage5: 5 sessions left, valid until 2027-02-21")));
    }

    @Test
    public void twoPacksOfAKindAddUp() {
        List<Effect> effects = program.onEvent(member(), event(EventKind.SALE, null, new TillLine("GYM-10", "packs", 2, 9000)));
        assertEquals(new Effect.Credit(GYM, 20, "Pack GYM-10 x 2", Instant.parse("2027-05-22T18:00:00Z")), effects.get(0));
    }

    @Test
    public void salesOfOtherArticlesAreIgnored() {
        assertTrue(program.onEvent(member(), event(EventKind.SALE, null, new TillLine("TOWEL", "shop", 1, 500))).isEmpty());
    }

    @Test
    public void checkInUsesThePackExpiringFirst() {
        holds(GYM, 8, "2027-03-01T00:00:00Z");
        holds(MASSAGE, 3, "2027-01-10T00:00:00Z");
        List<Effect> effects = program.onEvent(member(), event(EventKind.CHECKIN, null));
        assertEquals(Effect.debit(MASSAGE, 1, "Check-in"), effects.get(0));
        assertTrue(effects.contains(Effect.tillMessage("1 session used; massage5: 2 sessions left, valid until 2027-01-10")));
    }

    @Test
    public void checkInUsesThePackTheTillAsksFor() {
        holds(GYM, 8, "2027-03-01T00:00:00Z");
        holds(MASSAGE, 3, "2027-01-10T00:00:00Z");
        assertEquals(Effect.debit(GYM, 1, "Check-in"), program.onEvent(member(), event(EventKind.CHECKIN, "SESSIONS:gym10")).get(0));
        assertEquals(Effect.debit(GYM, 1, "Check-in"), program.onEvent(member(), event(EventKind.CHECKIN, "gym10")).get(0));
    }

    @Test
    public void checkInWithoutAnyPackIsRefusedClearly() {
        assertEquals(List.of(Effect.reject("no-valid-session", "No valid session on this card: sell a pack first")),
                program.onEvent(member(), event(EventKind.CHECKIN, null)));
    }

    @Test
    public void checkInOnAnExpiredPackSaysWhenItExpired() {
        holds(MASSAGE, 2, "2026-11-01T00:00:00Z");
        assertEquals(List.of(Effect.reject("no-valid-session", "The massage5 pack on this card expired on 2026-11-01")),
                program.onEvent(member(), event(EventKind.CHECKIN, "SESSIONS:massage5")));
        assertEquals(List.of(Effect.reject("no-valid-session", "No valid session on this card: sell a pack first")),
                program.onEvent(member(), event(EventKind.CHECKIN, null)));
    }

    @Test
    public void checkInOnAUsedUpPackIsRefused() {
        holds(MASSAGE, 0, "2027-01-10T00:00:00Z");
        holds(GYM, 4, "2027-03-01T00:00:00Z");
        assertEquals(List.of(Effect.reject("no-valid-session", "No massage5 session left on this card")),
                program.onEvent(member(), event(EventKind.CHECKIN, "SESSIONS:massage5")));
        assertEquals(List.of(Effect.reject("no-valid-session", "'no such pack' is not a pack of sessions")),
                program.onEvent(member(), event(EventKind.CHECKIN, "no such pack")));
    }

    @Test
    public void aPackCloseToExpiryIsFlagged() {
        holds(MASSAGE, 3, "2026-11-26T00:00:00Z");
        assertTrue(program.onEvent(member(), event(EventKind.CHECKIN, null))
                .contains(Effect.tillMessage("massage5 expires on 2026-11-26: 2 sessions will be lost")));
    }

    @Test
    public void lookupListsEveryValidPackWithItsExpiry() {
        holds(GYM, 8, "2027-03-01T00:00:00Z");
        holds(MASSAGE, 3, "2027-01-10T00:00:00Z");
        holds(Asset.of("SESSIONS:yoga"), 2, "2026-10-01T00:00:00Z");
        holds(Asset.POINTS, 40, null);
        assertEquals(List.of(Effect.tillMessage("massage5: 3 sessions left, valid until 2027-01-10"),
                Effect.tillMessage("gym10: 8 sessions left, valid until 2027-03-01")), program.onEvent(member(), event(EventKind.LOOKUP, null)));
    }

    @Test
    public void validationNamesTheField() {
        for (String packs : List.of("MASSAGE-5=massage5:5", "MASSAGE-5=Massage:5:90", "MASSAGE-5=massage5:0:90",
                "MASSAGE-5=massage5:5:99999", "A=a:1:1, A=b:1:1", "", "=massage5:5:90")) {
            assertEquals(packs, "packs", assertThrows(InvalidConfigException.class,
                    () -> program.validate(new ProgramConfig(Map.of("packs", packs)))).field());
        }
        assertEquals("expiryWarningDays", assertThrows(InvalidConfigException.class,
                () -> program.validate(new ProgramConfig(Map.of("expiryWarningDays", 400)))).field());
        program.validate(new ProgramConfig(Map.of()));
    }
}
