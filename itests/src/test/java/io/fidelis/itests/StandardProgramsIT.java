package io.fidelis.itests;

import static io.fidelis.itests.support.TestStack.accountsOffTheirLedger;
import static io.fidelis.itests.support.TestStack.query;
import static io.fidelis.itests.support.Till.balance;
import static io.fidelis.itests.support.Till.body;
import static io.fidelis.itests.support.Till.line;
import static io.fidelis.itests.support.Till.newCard;
import static io.fidelis.itests.support.Till.newKey;
import static io.fidelis.itests.support.Till.points;
import static io.fidelis.itests.support.Till.sale;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fidelis.itests.support.Admin;
import io.fidelis.itests.support.FidelisKaraf;
import io.fidelis.itests.support.Http;
import io.fidelis.itests.support.Till;
import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

/**
 * The standard program types, end to end through the till API. The demo bar earns 1 point per euro ("points"); this
 * class adds, through the admin API, a menu stamp card, a reward catalogue, a VIP discount card and wine tiers. Each
 * program looks at its own category (or member category, or event kind), so the stories do not disturb each other.
 */
public class StandardProgramsIT {

    @ClassRule
    public static final FidelisKaraf KARAF = new FidelisKaraf(StandardProgramsIT.class);

    @Rule
    public final TestRule karafLogOnFailure = KARAF.printLogOnFailure();

    private final Till bar = new Till(KARAF.api(), KARAF.stack(), "demo-bar");

    @BeforeClass
    public static void theMerchantSetsUpItsPrograms() {
        Admin admin = new Admin(KARAF.api(), KARAF.stack(), "demo-bar");
        create(admin, "{\"id\":\"menu-card\",\"type\":\"stamp-card\",\"name\":\"Menu card\",\"config\":{\"category\":\"menu\","
                + "\"articleName\":\"menus\",\"stampsPerReward\":3,\"rewardCode\":\"free-menu\",\"rewardTitle\":\"Free menu\"}}");
        create(admin, "{\"id\":\"gifts\",\"type\":\"reward-catalogue\",\"name\":\"Gifts\",\"config\":{\"items\":"
                + "\"coffee | Free coffee | 20 | 30\\ncap | Bar cap | 5000\"}}");
        create(admin, "{\"id\":\"avantages\",\"type\":\"discount-card\",\"name\":\"Avantages\",\"config\":{\"discounts\":\"vip = 10\"}}");
        create(admin, "{\"id\":\"wine-club\",\"type\":\"tiers\",\"name\":\"Wine club\",\"config\":{\"category\":\"wine\","
                + "\"baseMilliPoints\":1000,\"upperMilliPoints\":2000,\"upgradeSpendMinor\":5000,\"keepSpendMinor\":0}}");
    }

    private static void create(Admin admin, String json) {
        Http.Answer created = admin.post("programs", json);
        assertEquals(created.toString(), 201, created.status());
    }

    private JsonNode sell(String card, ObjectNode... lines) {
        Http.Answer answer = bar.sell(newKey(), sale(card, "alex", lines));
        assertEquals(answer.toString(), 201, answer.status());
        return answer.json();
    }

    private static List<String> textsOf(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(text -> texts.add(text.asText()));
        return texts;
    }

    @Test
    public void everyThirdMenuIsFreeAndTheFreeMenuIsUsedAtTheTill() {
        String card = newCard("STD");
        JsonNode first = sell(card, line("MENU-DAY", "menu", 2, 1400));
        assertEquals(2, balance(first, "STAMPS:menu-card"));
        assertTrue(first.toString(), textsOf(first.path("messages").path("receipt")).contains("1 more menus to a free menu"));

        JsonNode third = sell(card, line("MENU-DAY", "menu", 1, 1400));
        assertEquals(0, balance(third, "STAMPS:menu-card"));
        assertEquals(third.toString(), "free-menu", third.path("rewards").path(0).path("rewardCode").asText());
        String rewardId = third.path("rewards").path(0).path("rewardId").asText();
        assertEquals(rewardId, bar.card(card).json().path("rewards").path(0).path("rewardId").asText());

        Http.Answer used = bar.post("redemptions", newKey(), body("cardCode", card, "storeCode", "main", "staffCode", "alex",
                "rewardId", rewardId));
        assertEquals(used.toString(), 201, used.status());
        assertEquals(0, bar.card(card).json().path("rewards").size());
        Http.Answer again = bar.post("redemptions", newKey(), body("cardCode", card, "storeCode", "main", "staffCode", "alex",
                "rewardId", rewardId));
        assertEquals("reward-unavailable", again.json().path("code").asText());
    }

    @Test
    public void pointsBuyAGiftFromTheCatalogueWhichTheMemberKeeps() {
        String card = newCard("STD");
        sell(card, line("BEER-25", "drinks", 5, 500));
        Http.Answer redeemed = bar.post("redemptions", newKey(), body("cardCode", card, "storeCode", "main", "staffCode", "alex",
                "catalogueCode", "coffee", "keep", true));
        assertEquals(redeemed.toString(), 201, redeemed.status());
        assertEquals(25 - 20, points(redeemed.json()));
        assertEquals("coffee", bar.card(card).json().path("rewards").path(0).path("rewardCode").asText());

        Http.Answer tooDear = bar.post("redemptions", newKey(), body("cardCode", card, "storeCode", "main", "staffCode", "alex",
                "catalogueCode", "cap"));
        assertEquals(tooDear.toString(), 422, tooDear.status());
        assertEquals("insufficient-points", tooDear.json().path("code").asText());
        Http.Answer unknown = bar.post("redemptions", newKey(), body("cardCode", card, "storeCode", "main", "staffCode", "alex",
                "catalogueCode", "yacht"));
        assertEquals(unknown.toString(), 422, unknown.status());
        assertEquals("unknown-reward", unknown.json().path("code").asText());
        assertEquals(5, points(bar.card(card).json()));
    }

    @Test
    public void aVipGetsTenPercentOffAtOnce() {
        String card = newCard("STD");
        JsonNode asGuest = sell(card, line("BEER-25", "drinks", 4, 500));
        assertEquals(0, asGuest.path("discountMinor").asLong());
        query(FidelisKaraf.DATABASE, "UPDATE member SET category = 'vip' WHERE tenant_id = 'demo-bar' AND member_id = ?::uuid "
                + "RETURNING member_id", asGuest.path("memberId").asText());

        JsonNode asVip = sell(card, line("BEER-25", "drinks", 4, 500), line("CRISPS", "snacks", 1, 199));
        assertEquals(asVip.toString(), 219, asVip.path("discountMinor").asLong());
        assertEquals(2199 - 219, asVip.path("dueMinor").asLong());
        assertTrue(asVip.toString(), textsOf(asVip.path("messages").path("receipt")).contains("Avantages 10%: -2.19 EUR"));
    }

    @Test
    public void wineLoversMoveUpToGoldAndEarnDouble() {
        String card = newCard("STD");
        JsonNode crossing = sell(card, line("WINE-BTL", "wine", 2, 3000));
        assertEquals("60 for points + 60 at silver", 120, crossing.path("pointsEarned").asLong());
        assertEquals(1, balance(crossing, "TIER:wine-club"));
        assertEquals(6000, balance(crossing, "SPEND:wine-club"));
        assertTrue(crossing.toString(), textsOf(crossing.path("messages").path("receipt")).contains("Welcome to Gold!"));

        JsonNode gold = sell(card, line("WINE-GLASS", "wine", 1, 1000), line("BEER-25", "drinks", 1, 500));
        assertEquals("15 for points + 20 at gold", 35, gold.path("pointsEarned").asLong());
        assertTrue(gold.toString(), textsOf(gold.path("messages").path("receipt")).contains("Gold member: you earned 20 points"));
        assertTrue(bar.card(card).json().path("messages").path("till").toString().contains("Gold member"));
    }

    @Test
    public void aRefundTakesBackTheWineSpendAndTheUpgradeItBrought() {
        String card = newCard("STD");
        JsonNode crossing = sell(card, line("WINE-BTL", "wine", 2, 3000));
        assertEquals(1, balance(crossing, "TIER:wine-club"));

        Http.Answer refund = bar.post("refunds", newKey(), body("transactionId", crossing.path("transactionId").asText(),
                "storeCode", "main", "staffCode", "alex"));
        assertEquals(refund.toString(), 201, refund.status());
        assertEquals(0, balance(refund.json(), "SPEND:wine-club"));
        assertTrue(bar.card(card).json().path("messages").path("till").toString().contains("Silver member"));

        JsonNode after = sell(card, line("WINE-GLASS", "wine", 1, 1000));
        assertEquals("10 for points + 10 at silver", 20, after.path("pointsEarned").asLong());
        assertTrue(after.toString(), textsOf(after.path("messages").path("receipt")).contains("40.00 EUR more this month to reach Gold"));
        assertEquals(1000, balance(after, "SPEND:wine-club"));
    }

    @AfterClass
    public static void everyBalanceIsTheSumOfItsLedgerEntries() {
        assertEquals(List.of(), accountsOffTheirLedger(FidelisKaraf.DATABASE));
    }
}
