package io.fidelis.ledger.internal.till;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class AccountsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T20:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private static Accounts holding(AccountRow... rows) {
        return new Accounts(List.of(rows));
    }

    private static AccountRow row(String asset, long balance, long floor) {
        return new AccountRow("acc-" + asset, asset, balance, floor, null, null);
    }

    @Test
    public void aDebitNeverCrossesTheFloorAndChangesNothingWhenRefused() {
        Accounts accounts = holding(row("WALLET", 500, 0));
        assertTrue(accounts.move("WALLET", -500, null, "MOVE", null, "pay").isPresent());
        assertFalse(accounts.move("WALLET", -1, null, "MOVE", null, "pay").isPresent());
        assertEquals(0, accounts.balance("WALLET"));
        assertEquals(1, accounts.entries().size());
    }

    @Test
    public void aDebitOfAnAccountTheMemberDoesNotHoldIsRefused() {
        Accounts accounts = holding();
        assertFalse(accounts.move("COMP", -100, null, "MOVE", null, "comp").isPresent());
        assertTrue(accounts.changed().isEmpty());
    }

    @Test
    public void aCreditOpensTheAccountAndKeepsTheLaterValidity() {
        Accounts accounts = holding();
        Instant june = Instant.parse("2027-06-01T00:00:00Z");
        Instant may = Instant.parse("2027-05-01T00:00:00Z");
        accounts.move("SESSIONS", 10, june, "MOVE", "p", "pack");
        var moved = accounts.move("SESSIONS", 5, may, "MOVE", "p", "pack");
        assertEquals(15, moved.orElseThrow().balance());
        Accounts.State state = accounts.changed().get(0);
        assertTrue(state.opened);
        assertEquals(june, state.validUntil);
        assertEquals(2, accounts.entries().size());
    }

    @Test
    public void aRenewalHappensOncePerBusinessDayAndBooksTheDifference() {
        Accounts accounts = holding(new AccountRow("acc-CREDIT", "CREDIT:casino", 300, 0, TODAY.minusDays(1), null));
        assertEquals(2000, accounts.renew("CREDIT:casino", 2000, TODAY, "p", "daily").orElseThrow().balance());
        assertFalse(accounts.renew("CREDIT:casino", 2000, TODAY, "p", "daily").isPresent());
        assertEquals(1700, accounts.entries().get(0).amount());
        assertEquals(TODAY, accounts.changed().get(0).renewedOn);
    }

    @Test
    public void anExpiredAccountIsEmptiedOnce() {
        Accounts accounts = holding(new AccountRow("acc-S", "SESSIONS", 4, 0, null, NOW.minusSeconds(1)));
        assertEquals(0, accounts.expire("SESSIONS", NOW).orElseThrow().balance());
        assertFalse(accounts.expire("SESSIONS", NOW).isPresent());
        assertEquals(-4, accounts.entries().get(0).amount());
        assertEquals("EXPIRY", accounts.entries().get(0).kind());
    }

    @Test
    public void aTabOpensOnlyAtZeroAndSettlingGivesBackWhatWasOwed() {
        Accounts accounts = holding();
        assertTrue(accounts.openFloor("TAB", -5000).isPresent());
        assertFalse(accounts.openFloor("TAB", -5000).isPresent());
        assertTrue(accounts.move("TAB", -4500, null, "MOVE", null, "drinks").isPresent());
        assertFalse(accounts.move("TAB", -600, null, "MOVE", null, "drinks").isPresent());
        assertEquals(-4500, accounts.closeFloor("TAB", "settled").getAsLong());
        assertEquals(0, accounts.balance("TAB"));
        assertFalse(accounts.closeFloor("TAB", "settled").isPresent());
        Accounts.State tab = accounts.changed().get(0);
        assertEquals(0, tab.floor);
        assertEquals(0, tab.balance);
    }
}
