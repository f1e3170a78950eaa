package io.fidelis.itests;

import com.fasterxml.jackson.databind.JsonNode;
import io.fidelis.itests.support.FidelisKaraf;
import io.fidelis.itests.support.Http;
import io.fidelis.itests.support.PluginJars;
import io.fidelis.itests.support.Support;
import io.fidelis.itests.support.Till;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.fidelis.itests.support.TestStack.accountsOffTheirLedger;
import static io.fidelis.itests.support.TestStack.execute;
import static io.fidelis.itests.support.Till.balance;
import static io.fidelis.itests.support.Till.body;
import static io.fidelis.itests.support.Till.newCard;
import static io.fidelis.itests.support.Till.newKey;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The four merchant plugins' stories, end to end through the till API of the real distribution: support uploads
 * each plugin, the demo merchants configure a program of its type, and their tills play the stories.
 */
public class PluginScenariosIT {

    @ClassRule
    public static final FidelisKaraf KARAF = new FidelisKaraf(PluginScenariosIT.class);

    @Rule
    public final TestRule karafLogOnFailure = KARAF.printLogOnFailure();

    private final Till bar = new Till(KARAF.api(), KARAF.stack(), "demo-bar");
    private final Till casino = new Till(KARAF.api(), KARAF.stack(), "demo-casino");
    private final Till salon = new Till(KARAF.api(), KARAF.stack(), "demo-hairdresser");
    private final Till gym = new Till(KARAF.api(), KARAF.stack(), "demo-gym");

    @BeforeClass
    public static void pluginsAreDeployedAndConfigured() throws InterruptedException {
        Support support = new Support(KARAF.api(), KARAF.stack());
        for (String plugin : List.of("bar-offerts", "casino-regulars", "hairdresser-prepaid", "gym-bonos")) {
            Http.Answer uploaded = support.uploadPlugin(PluginJars.bytes(PluginJars.built(plugin)));
            assertEquals(uploaded.toString(), 201, uploaded.status());
            support.awaitType(plugin, Objects::nonNull, Duration.ofSeconds(30));
        }
        support.putProgram("demo-bar", "comps", "bar-offerts", "Staff comps",
                Map.of("allowanceMinor", 2000, "period", "day", "staffCategory", "staff", "managers", "sam"));
        support.putProgram("demo-casino", "regulars", "casino-regulars", "Regulars' credit",
                Map.of("scope", "casino", "categoryCredits", "regular=1000, privileged=3000, hostess=800"));
        support.putProgram("demo-hairdresser", "prepaid", "hairdresser-prepaid", "Prepaid",
                Map.of("bonusSteps", "10000=10, 20000=15", "minTopupMinor", 1000));
        support.putProgram("demo-gym", "bonos", "gym-bonos", "Bonos",
                Map.of("packs", "MASSAGE-5=massage5:5:90, GYM-10=gym10:10:180"));
    }

    @Test
    public void barStaffCompsDrinksFromADailyAllowanceAManagerCanTopUp() {
        String staffCard = enrol(bar, "main", "alex", "STAFF", "staff");
        JsonNode card = bar.card(staffCard).json();
        assertEquals(card.toString(), 2000, balance(card, "COMP"));
        assertTrue(card.toString(), till(card).contains("20.00 EUR comp left this day"));

        JsonNode comp = created(bar.sell(newKey(), saleBody("main", staffCard, "alex", "GIN-TONIC", 850, "COMP", 850)));
        assertEquals(1150, balance(comp, "COMP"));
        assertTrue(comp.toString(), till(comp).contains("11.50 EUR comp left"));
        assertTrue(comp.toString(), receipt(comp).contains("Comp by alex: GIN-TONIC"));

        Http.Answer tooMuch = bar.sell(newKey(), saleBody("main", staffCard, "alex", "CHAMPAGNE", 1500, "COMP", 1500));
        assertRefused(tooMuch, "comp-exhausted", "Only 11.50 EUR comp left on this card");
        Http.Answer notAManager = bar.post("topups", newKey(), topUp("main", staffCard, "alex", 1000, "COMP"));
        assertRefused(notAManager, "topup-not-allowed", "Only a manager (sam)");
        JsonNode toppedUp = created(bar.post("topups", newKey(), topUp("main", staffCard, "sam", 1000, "COMP")));
        assertEquals(2150, balance(toppedUp, "COMP"));

        String customer = enrol(bar, "main", "alex", "GUEST", null);
        assertRefused(bar.sell(newKey(), saleBody("main", customer, "alex", "BEER-25", 450, "COMP", 450)), "comp-not-allowed", "not a staff comp card");
        assertEquals(2150, balance(bar.card(staffCard).json(), "COMP"));
    }

    @Test
    public void casinoRegularsSpendADailyCreditThatIsNeverCumulative() {
        String regular = enrol(casino, "bar", "barman1", "CAS", "privileged");
        JsonNode lookup = casino.card(regular).json();
        assertEquals(lookup.toString(), 3000, balance(lookup, "CREDIT:casino"));
        assertTrue(lookup.toString(), till(lookup).contains("Today's credit: 30.00 EUR"));

        JsonNode drink = created(casino.sell(newKey(), saleBody("bar", regular, "barman1", "CHAMPAGNE-GLASS", 1200, "CREDIT:casino", 1200)));
        assertEquals(1800, balance(drink, "CREDIT:casino"));
        assertTrue(drink.toString(), till(drink).contains("18.00 EUR credit left today"));
        assertRefused(casino.sell(newKey(), saleBody("bar", regular, "barman1", "MAGNUM", 2000, "CREDIT:casino", 2000)),
                "credit-exhausted", "Only 18.00 EUR of today's credit left");

        // the next business day: yesterday's 18.00 EUR is gone, today's credit is 30.00 EUR again, not 48.00
        execute(FidelisKaraf.DATABASE, "UPDATE account SET renewed_on = renewed_on - 1 WHERE tenant_id = 'demo-casino' "
                + "AND asset = 'CREDIT:casino' AND member_id = (SELECT member_id FROM card WHERE tenant_id = 'demo-casino' AND card_code = ?)", regular);
        assertEquals(3000, balance(casino.card(regular).json(), "CREDIT:casino"));

        // yesterday's drink refunded today: yesterday's credit is not added to today's
        JsonNode today = created(casino.sell(newKey(), saleBody("bar", regular, "barman1", "COLA", 400, "CREDIT:casino", 400)));
        assertEquals(2600, balance(today, "CREDIT:casino"));
        execute(FidelisKaraf.DATABASE, "UPDATE till_transaction SET business_day = business_day - 1 WHERE tenant_id = 'demo-casino' "
                + "AND transaction_id = ?::uuid", drink.path("transactionId").asText());
        JsonNode refund = created(casino.post("refunds", newKey(), body("transactionId", drink.path("transactionId").asText(),
                "storeCode", "bar", "staffCode", "barman1")));
        assertEquals(2600, balance(refund, "CREDIT:casino"));
        assertTrue(refund.toString(), till(refund).contains("CREDIT:casino not given back: it has been renewed since that transaction"));

        String guest = enrol(casino, "bar", "barman1", "CAS", null);
        assertRefused(casino.sell(newKey(), saleBody("bar", guest, "barman1", "COLA", 400, "CREDIT:casino", 400)), "credit-exhausted", "No CREDIT:casino");
    }

    @Test
    public void hairdresserClientsPrepayWithABonusAndPayServicesFromIt() {
        String client = newCard("SALON");
        JsonNode first = created(salon.post("topups", newKey(), topUp("salon", client, "claire", 10_000, "WALLET")));
        assertEquals(first.toString(), 11_000, balance(first, "WALLET"));
        assertTrue(first.toString(), receipt(first).contains("Paid in 100.00 EUR, bonus 10.00 EUR (10 %)"));
        JsonNode second = created(salon.post("topups", newKey(), topUp("salon", client, "hugo", 20_000, "WALLET")));
        assertEquals(11_000 + 23_000, balance(second, "WALLET"));

        JsonNode cut = created(salon.sell(newKey(), saleBody("salon", client, "claire", "CUT-BLOW", 4500, "WALLET", 4500)));
        assertEquals(29_500, balance(cut, "WALLET"));
        assertTrue(cut.toString(), receipt(cut).contains("Paid from prepaid: 45.00 EUR. Prepaid balance: 295.00 EUR"));
        assertRefused(salon.sell(newKey(), saleBody("salon", client, "claire", "BALAYAGE", 30_000, "WALLET", 30_000)),
                "prepaid-insufficient", "The prepaid balance is 295.00 EUR");
        assertRefused(salon.post("topups", newKey(), topUp("salon", client, "claire", 500, "WALLET")), "topup-too-small", "10.00 EUR");
        assertTrue(till(salon.card(client).json()).contains("Prepaid balance: 295.00 EUR"));
    }

    @Test
    public void gymMembersUseSessionPacksOnePerCheckInWithinTheirValidity() {
        String member = newCard("GYM");
        JsonNode massage = created(gym.sell(newKey(), saleBody("main", member, "desk", "MASSAGE-5", 20_000, null, 0)));
        assertEquals(massage.toString(), 5, balance(massage, "SESSIONS:massage5"));
        created(gym.sell(newKey(), saleBody("main", member, "desk", "GYM-10", 9_000, null, 0)));

        JsonNode firstVisit = created(gym.post("checkins", newKey(), checkIn(member, null)));
        assertEquals("the pack expiring first", 4, balance(firstVisit, "SESSIONS:massage5"));
        assertTrue(firstVisit.toString(), till(firstVisit).stream().anyMatch(m -> m.startsWith("1 session used; massage5: 4 sessions left, valid until")));
        JsonNode gymVisit = created(gym.post("checkins", newKey(), checkIn(member, "SESSIONS:gym10")));
        assertEquals(9, balance(gymVisit, "SESSIONS:gym10"));

        JsonNode card = gym.card(member).json();
        assertTrue(card.toString(), till(card).stream().anyMatch(m -> m.startsWith("massage5: 4 sessions left, valid until")));
        assertTrue(card.toString(), till(card).stream().anyMatch(m -> m.startsWith("gym10: 9 sessions left, valid until")));
        for (JsonNode balance : card.path("balances")) {
            if (balance.path("asset").asText().startsWith("SESSIONS:")) {
                assertFalse(card.toString(), balance.path("validUntil").isNull() || balance.path("validUntil").isMissingNode());
            }
        }

        execute(FidelisKaraf.DATABASE, "UPDATE account SET valid_until = now() - interval '1 day' WHERE tenant_id = 'demo-gym' "
                + "AND asset = 'SESSIONS:massage5' AND member_id = (SELECT member_id FROM card WHERE tenant_id = 'demo-gym' AND card_code = ?)", member);
        assertRefused(gym.post("checkins", newKey(), checkIn(member, "SESSIONS:massage5")), "no-valid-session", "massage5");
        assertEquals("the expired pack is emptied", 0, balance(gym.card(member).json(), "SESSIONS:massage5"));

        String newcomer = enrol(gym, "main", "desk", "GYM", null);
        assertRefused(gym.post("checkins", newKey(), checkIn(newcomer, null)), "no-valid-session", "sell a pack first");
    }

    /** A new card enrolled by a small sale, its member put in {@code category} (what the console does). */
    private static String enrol(Till till, String store, String staff, String prefix, String category) {
        String card = newCard(prefix);
        created(till.sell(newKey(), saleBody(store, card, staff, "WATER", 200, null, 0)));
        if (category != null) {
            execute(FidelisKaraf.DATABASE, "UPDATE member SET category = ? WHERE member_id = (SELECT member_id FROM card WHERE card_code = ?)",
                    category, card);
        }
        return card;
    }

    private static String saleBody(String store, String card, String staff, String sku, long price, String tender, long paid) {
        List<Map<String, Object>> payments = tender == null ? List.of() : List.of(Map.of("tender", tender, "amountMinor", paid));
        return body("cardCode", card, "storeCode", store, "staffCode", staff,
                "lines", List.of(Map.of("sku", sku, "category", "items", "quantity", 1, "unitPriceMinor", price)), "payments", payments);
    }

    private static String topUp(String store, String card, String staff, long amount, String asset) {
        return body("cardCode", card, "storeCode", store, "staffCode", staff, "amountMinor", amount, "tender", "CARD", "asset", asset);
    }

    private String checkIn(String card, String asset) {
        return asset == null ? body("cardCode", card, "storeCode", "main", "staffCode", "coach")
                : body("cardCode", card, "storeCode", "main", "staffCode", "coach", "asset", asset);
    }

    private static JsonNode created(Http.Answer answer) {
        assertEquals(answer.toString(), 201, answer.status());
        return answer.json();
    }

    private static void assertRefused(Http.Answer answer, String code, String detailPart) {
        assertEquals(answer.toString(), 422, answer.status());
        assertEquals(answer.toString(), code, answer.json().path("code").asText());
        assertTrue(answer.toString(), answer.json().path("detail").asText().contains(detailPart));
    }

    private static List<String> till(JsonNode answer) {
        return messages(answer, "till");
    }

    private static List<String> receipt(JsonNode answer) {
        return messages(answer, "receipt");
    }

    private static List<String> messages(JsonNode answer, String channel) {
        List<String> messages = new ArrayList<>();
        answer.path("messages").path(channel).forEach(m -> messages.add(m.asText()));
        return messages;
    }

    @AfterClass
    public static void everyBalanceIsTheSumOfItsLedgerEntries() {
        assertEquals(List.of(), accountsOffTheirLedger(FidelisKaraf.DATABASE));
    }
}
