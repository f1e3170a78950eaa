package io.fidelis.itests;

import static io.fidelis.itests.support.Till.line;
import static io.fidelis.itests.support.Till.newCard;
import static io.fidelis.itests.support.Till.newKey;
import static io.fidelis.itests.support.Till.points;
import static io.fidelis.itests.support.Till.sale;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fidelis.itests.support.Admin;
import io.fidelis.itests.support.FidelisKaraf;
import io.fidelis.itests.support.Http;
import io.fidelis.itests.support.TestStack;
import io.fidelis.itests.support.Till;
import java.util.List;
import org.junit.AfterClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

/**
 * A merchant's programs managed through the admin API, seen at once by the till. The demo bar earns 1 point
 * per euro ("points"); the test adds a nachos bonus of 5 points per article of category food.
 */
public class ProgramsAdminIT {

    @ClassRule
    public static final FidelisKaraf KARAF = new FidelisKaraf(ProgramsAdminIT.class);

    @Rule
    public final TestRule karafLogOnFailure = KARAF.printLogOnFailure();

    private final Till bar = new Till(KARAF.api(), KARAF.stack(), "demo-bar");
    private final Admin admin = new Admin(KARAF.api(), KARAF.stack(), "demo-bar");

    private long sellNachosAndBeer(String card) {
        Http.Answer answer = bar.sell(newKey(), sale(card, "alex", line("NACHOS", "food", 1, 750), line("BEER-25", "drinks", 1, 450)));
        assertEquals(answer.toString(), 201, answer.status());
        return answer.json().path("pointsEarned").asLong();
    }

    /** 8 EUR: 8 points of the demo bar's "points", plus what a snacks program adds. */
    private long sellCrispsAndBeer(String card) {
        Http.Answer answer = bar.sell(newKey(), sale(card, "sam", line("CRISPS", "snacks", 1, 350), line("BEER-25", "drinks", 1, 450)));
        assertEquals(answer.toString(), 201, answer.status());
        return answer.json().path("pointsEarned").asLong();
    }

    @Test
    public void theStandardTypesAreInstalledWithTheirForms() {
        Http.Answer types = admin.get("program-types");
        assertEquals(types.toString(), 200, types.status());
        List<String> ids = types.json().findValuesAsText("typeId");
        assertTrue(ids.toString(), ids.containsAll(List.of("points-per-amount", "points-per-article", "points-per-visit", "tiers",
                "stamp-card", "goal-rewards", "reward-catalogue", "discount-card", "cashback")));
    }

    @Test
    public void aProgramCreatedThroughTheAdminApiEarnsAtTheNextSale() {
        String card = newCard("PRG");
        assertEquals(12, sellNachosAndBeer(card));

        Http.Answer created = admin.post("programs", "{\"type\":\"points-per-article\",\"name\":\"Nachos bonus\","
                + "\"config\":{\"points\":5,\"category\":\"food\"}}");
        assertEquals(created.toString(), 201, created.status());
        JsonNode program = created.json();
        assertEquals("nachos-bonus", program.path("id").asText());
        assertEquals("ACTIVE", program.path("status").asText());
        assertTrue(program.path("running").asBoolean());
        assertEquals("Points per article", program.path("typeName").asText());
        assertFalse(program.path("updatedBy").asText().isBlank());

        assertEquals(12 + 5, sellNachosAndBeer(card));
        assertEquals(12 + 17, points(bar.card(card).json()));

        Http.Answer listed = admin.get("programs");
        assertEquals(listed.toString(), 200, listed.status());
        assertEquals(5, Admin.program(listed.json(), "nachos-bonus").path("config").path("points").asLong());
        assertEquals("points-per-amount", Admin.program(listed.json(), "points").path("type").asText());
    }

    @Test
    public void suspendingReconfiguringAndArchivingReachTheTillAtOnce() {
        String card = newCard("PRG");
        assertEquals(201, admin.post("programs", "{\"id\":\"snack-bonus\",\"type\":\"points-per-article\",\"name\":\"Snack bonus\","
                + "\"config\":{\"points\":2,\"category\":\"snacks\"}}").status());
        assertEquals(8 + 2, sellCrispsAndBeer(card));

        Http.Answer suspended = admin.post("programs/snack-bonus/suspend", "");
        assertEquals(suspended.toString(), 200, suspended.status());
        assertEquals("SUSPENDED", suspended.json().path("status").asText());
        assertFalse(suspended.json().path("running").asBoolean());
        assertEquals(8, sellCrispsAndBeer(card));

        assertEquals(200, admin.post("programs/snack-bonus/activate", "").status());
        Http.Answer changed = admin.put("programs/snack-bonus", "{\"name\":\"Snack bonus x3\",\"config\":{\"points\":3,\"category\":\"snacks\"}}");
        assertEquals(changed.toString(), 200, changed.status());
        assertEquals("Snack bonus x3", changed.json().path("name").asText());
        assertEquals(8 + 3, sellCrispsAndBeer(card));

        assertEquals(200, admin.post("programs/snack-bonus/archive", "").status());
        assertEquals(8, sellCrispsAndBeer(card));
        Http.Answer refused = admin.put("programs/snack-bonus", "{\"name\":\"Back\"}");
        assertEquals(refused.toString(), 422, refused.status());
        assertEquals("program-archived", refused.json().path("code").asText());
    }

    @Test
    public void aWrongConfigurationIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = TestStack.count(FidelisKaraf.DATABASE, "SELECT count(*) FROM program");
        Http.Answer wrong = admin.post("programs", "{\"id\":\"bad\",\"type\":\"stamp-card\",\"name\":\"Bad\","
                + "\"config\":{\"category\":\"menu\",\"stampsPerReward\":1,\"colour\":\"red\"}}");
        assertEquals(wrong.toString(), 400, wrong.status());
        assertEquals("application/problem+json", wrong.contentType());
        List<String> fields = wrong.json().path("errors").findValuesAsText("field");
        assertEquals(List.of("config.colour", "config.stampsPerReward"), fields);

        Http.Answer unknownType = admin.post("programs", "{\"type\":\"yacht-club\",\"name\":\"Yachts\"}");
        assertEquals(unknownType.toString(), 400, unknownType.status());
        assertEquals("type", unknownType.json().path("errors").path(0).path("field").asText());

        Http.Answer missing = admin.post("programs/nobody/suspend", "");
        assertEquals(missing.toString(), 404, missing.status());
        assertEquals(before, TestStack.count(FidelisKaraf.DATABASE, "SELECT count(*) FROM program"));
    }

    @AfterClass
    public static void everyBalanceIsTheSumOfItsLedgerEntries() {
        assertEquals(List.of(), TestStack.accountsOffTheirLedger(FidelisKaraf.DATABASE));
    }
}
