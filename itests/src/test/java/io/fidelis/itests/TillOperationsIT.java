package io.fidelis.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fidelis.itests.support.FidelisKaraf;
import io.fidelis.itests.support.Http;
import io.fidelis.itests.support.Till;
import io.fidelis.tenants.HttpJson;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.fidelis.itests.support.TestStack.accountsOffTheirLedger;
import static io.fidelis.itests.support.TestStack.count;
import static io.fidelis.itests.support.TestStack.query;
import static io.fidelis.itests.support.Till.balance;
import static io.fidelis.itests.support.Till.body;
import static io.fidelis.itests.support.Till.line;
import static io.fidelis.itests.support.Till.newCard;
import static io.fidelis.itests.support.Till.newKey;
import static io.fidelis.itests.support.Till.points;
import static io.fidelis.itests.support.Till.sale;
import static io.fidelis.itests.support.Till.saleNode;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The till operations beyond earning: wallet top-ups and payments, points as tender, refunds by lines and voids as
 * compensating entries, pay-at-exit tabs with a ceiling, and the floors that hold under many tills at once.
 * The demo bar earns 1 point per euro; 100 points pay one euro.
 */
public class TillOperationsIT {

    @ClassRule
    public static final FidelisKaraf KARAF = new FidelisKaraf(TillOperationsIT.class);

    @Rule
    public final TestRule karafLogOnFailure = KARAF.printLogOnFailure();

    private static final String SALES = KARAF.api() + "/till/v1/transactions";

    private final Till bar = new Till(KARAF.api(), KARAF.stack(), "demo-bar");

    @Test
    public void aWalletToppedUpInCashPaysPartOfASale() {
        String card = newCard("OPS");
        JsonNode topUp = created(bar.post("topups", newKey(), body("cardCode", card, "storeCode", "main", "staffCode", "alex",
                "amountMinor", 5000, "tender", "CASH")));
        assertEquals("TOPUP", topUp.path("kind").asText());
        assertEquals(5000, balance(topUp, "WALLET"));

        JsonNode sale = created(bar.sell(newKey(), saleWith(card, payment("WALLET", 1000), payment("CASH", 650))));

        assertEquals(1650, sale.path("totalMinor").asLong());
        assertEquals("what the till still collects", 0, sale.path("dueMinor").asLong() - 650);
        assertEquals(4000, balance(sale, "WALLET"));
        assertEquals(4000, balance(bar.card(card).json(), "WALLET"));
        assertEquals(List.of(), accountsOffTheirLedger(FidelisKaraf.DATABASE));
    }

    @Test
    public void pointsPayAtTheMerchantsPointValue() {
        String card = newCard("OPS");
        created(bar.sell(newKey(), Http.json(saleNode(card, "alex", line("MAGNUM", "drinks", 1, 10000)))));

        JsonNode paid = created(bar.sell(newKey(), saleWith(card, payment("POINTS", 50))));

        assertTrue(paid.toString(), hasMovement(paid, "POINTS", -50));
        assertEquals(1600, paid.path("dueMinor").asLong());
    }

    @Test
    public void aPaymentTheCardCannotCoverIsRefusedAndWritesNothing() {
        String card = newCard("OPS");
        created(bar.post("topups", newKey(), body("cardCode", card, "storeCode", "main", "staffCode", "alex",
                "amountMinor", 500, "tender", "CARD")));
        long transactions = count(FidelisKaraf.DATABASE, "SELECT count(*) FROM till_transaction WHERE card_code = ?", card);

        Http.Answer refused = bar.sell(newKey(), saleWith(card, payment("WALLET", 600)));

        assertEquals(refused.toString(), 422, refused.status());
        assertEquals("insufficient-balance", refused.json().path("code").asText());
        assertEquals(transactions, count(FidelisKaraf.DATABASE, "SELECT count(*) FROM till_transaction WHERE card_code = ?", card));
        assertEquals(500, balance(bar.card(card).json(), "WALLET"));
    }

    @Test
    public void aRetryOfAPaymentThatEmptiedTheWalletReplaysTheFirstAnswer() {
        String card = newCard("OPS");
        created(bar.post("topups", newKey(), body("cardCode", card, "storeCode", "main", "staffCode", "alex",
                "amountMinor", 1650, "tender", "CASH")));
        String key = newKey();
        String pay = saleWith(card, payment("WALLET", 1650));

        JsonNode first = created(bar.sell(key, pay));
        Http.Answer retry = bar.sell(key, pay);

        assertEquals(retry.toString(), 201, retry.status());
        assertEquals("true", retry.header("Idempotency-Replayed"));
        assertEquals(first.path("transactionId"), retry.json().path("transactionId"));
        assertEquals(0, balance(bar.card(card).json(), "WALLET"));
    }

    @Test
    public void manyTillsPayingFromOneWalletNeverTakeItBelowZero() throws Exception {
        String card = newCard("OPS");
        created(bar.post("topups", newKey(), body("cardCode", card, "storeCode", "main", "staffCode", "alex",
                "amountMinor", 1000, "tender", "CASH")));
        ObjectNode coffee = saleNode(card, "sam", line("COFFEE", "drinks", 1, 100));
        coffee.putArray("payments").add(paymentNode("WALLET", 100));
        String body = Http.json(coffee);

        String token = bar.token();
        List<Http.Answer> answers = concurrently(24, () -> Http.post(SALES, token, body, "Idempotency-Key", newKey()));

        assertEquals(10, answers.stream().filter(a -> a.status() == 201).count());
        assertTrue(answers.stream().allMatch(a -> a.status() == 201
                || a.status() == 422 && "insufficient-balance".equals(a.json().path("code").asText())));
        assertEquals(0, balance(bar.card(card).json(), "WALLET"));
        assertEquals(List.of(), accountsOffTheirLedger(FidelisKaraf.DATABASE));
    }

    @Test
    public void aTabNeverPassesItsCeilingEvenWithTillsChargingAtTheSameSecond() throws Exception {
        String card = newCard("TAB");
        JsonNode opened = created(bar.post("tabs", newKey(), body("cardCode", card, "storeCode", "main", "staffCode", "alex",
                "ceilingMinor", 3000)));
        assertEquals(-3000, floor(opened, "TAB"));
        Http.Answer again = bar.post("tabs", newKey(), body("cardCode", card, "storeCode", "main", "staffCode", "alex",
                "ceilingMinor", 5000));
        assertEquals(again.toString(), "tab-already-open", again.json().path("code").asText());

        ObjectNode round = saleNode(card, "sam", line("ROUND", "drinks", 1, 1000));
        round.putArray("payments").add(paymentNode("TAB", 1000));
        String body = Http.json(round);
        String token = bar.token();
        List<Http.Answer> answers = concurrently(8, () -> Http.post(SALES, token, body, "Idempotency-Key", newKey()));

        assertEquals(3, answers.stream().filter(a -> a.status() == 201).count());
        assertTrue(answers.stream().allMatch(a -> a.status() == 201
                || a.status() == 422 && "ceiling-reached".equals(a.json().path("code").asText())));
        JsonNode settled = created(bar.post("tabs/settlements", newKey(), body("cardCode", card, "storeCode", "main",
                "staffCode", "alex", "tender", "CARD")));
        assertEquals(3000, settled.path("totalMinor").asLong());
        assertEquals(3000, settled.path("dueMinor").asLong());
        assertEquals(0, balance(settled, "TAB"));
        Http.Answer twice = bar.post("tabs/settlements", newKey(), body("cardCode", card, "storeCode", "main",
                "staffCode", "alex", "tender", "CARD"));
        assertEquals("no-open-tab", twice.json().path("code").asText());
        assertEquals(List.of(), accountsOffTheirLedger(FidelisKaraf.DATABASE));
    }

    @Test
    public void aRefundByLinesTakesBackItsShareOfPointsAndTheLastOneTheRest() {
        String card = newCard("OPS");
        JsonNode sale = created(bar.sell(newKey(), Http.json(saleNode(card, "alex",
                line("BEER-25", "drinks", 2, 450), line("NACHOS", "food", 1, 750)))));
        String saleId = sale.path("transactionId").asText();
        assertEquals(16, points(sale));

        JsonNode oneBeer = created(bar.post("refunds", newKey(), body("storeCode", "main", "staffCode", "sam",
                "transactionId", saleId, "lines", List.of(Map.of("lineNo", 1, "quantity", 1)))));
        assertEquals(-450, oneBeer.path("totalMinor").asLong());
        assertEquals(saleId, oneBeer.path("originalTransactionId").asText());
        assertEquals("16 x 450 / 1650, rounded towards zero", 16 - 4, points(oneBeer));

        Http.Answer tooMany = bar.post("refunds", newKey(), body("storeCode", "main", "staffCode", "sam",
                "transactionId", saleId, "lines", List.of(Map.of("lineNo", 1, "quantity", 2))));
        assertEquals(tooMany.toString(), 400, tooMany.status());
        assertTrue(tooMany.toString(), tooMany.body().contains("lines[0].quantity"));

        JsonNode rest = created(bar.post("refunds", newKey(), body("storeCode", "main", "staffCode", "sam", "transactionId", saleId)));
        assertEquals(-1200, rest.path("totalMinor").asLong());
        assertEquals(0, points(rest));
        Http.Answer done = bar.post("voids", newKey(), body("storeCode", "main", "staffCode", "sam", "transactionId", saleId));
        assertEquals("already-reversed", done.json().path("code").asText());
        assertEquals(List.of(), accountsOffTheirLedger(FidelisKaraf.DATABASE));
    }

    @Test
    public void aVoidedTopUpEmptiesTheWalletAgainButNotOnceItIsSpent() {
        String card = newCard("OPS");
        JsonNode topUp = created(bar.post("topups", newKey(), body("cardCode", card, "storeCode", "main", "staffCode", "alex",
                "amountMinor", 2000, "tender", "CASH")));
        JsonNode voided = created(bar.post("voids", newKey(), body("storeCode", "main", "staffCode", "alex",
                "transactionId", topUp.path("transactionId").asText())));
        assertEquals(0, balance(voided, "WALLET"));
        assertEquals(-2000, voided.path("dueMinor").asLong());

        JsonNode second = created(bar.post("topups", newKey(), body("cardCode", card, "storeCode", "main", "staffCode", "alex",
                "amountMinor", 2000, "tender", "CASH")));
        created(bar.sell(newKey(), saleWith(card, payment("WALLET", 1650))));
        Http.Answer refused = bar.post("voids", newKey(), body("storeCode", "main", "staffCode", "alex",
                "transactionId", second.path("transactionId").asText()));
        assertEquals(refused.toString(), 422, refused.status());
        assertEquals(350, balance(bar.card(card).json(), "WALLET"));
    }

    @Test
    public void refusalsNameTheRule() {
        String card = newCard("OPS");
        created(bar.sell(newKey(), Http.json(saleNode(card, "alex", line("BEER-25", "drinks", 1, 450)))));

        assertEquals("checkin-not-supported", bar.post("checkins", newKey(),
                body("cardCode", card, "storeCode", "main", "staffCode", "alex")).json().path("code").asText());
        assertEquals("unknown-reward", bar.post("redemptions", newKey(),
                body("cardCode", card, "storeCode", "main", "staffCode", "alex", "catalogueCode", "NOPE")).json().path("code").asText());
        assertEquals("reward-unavailable", bar.post("redemptions", newKey(), body("cardCode", card, "storeCode", "main",
                "staffCode", "alex", "rewardId", "00000000-0000-0000-0000-000000000000")).json().path("code").asText());
        Http.Answer unknownCard = bar.post("checkins", newKey(), body("cardCode", newCard("NONE"), "storeCode", "main", "staffCode", "alex"));
        assertEquals(unknownCard.toString(), 404, unknownCard.status());
        Http.Answer badTender = bar.sell(newKey(), saleWith(card, payment("GOLD", 100)));
        assertEquals(badTender.toString(), 400, badTender.status());
        assertTrue(badTender.body().contains("payments[0].tender"));
        Http.Answer tooMuch = bar.sell(newKey(), saleWith(card, payment("CASH", 5000)));
        assertEquals(tooMuch.toString(), 400, tooMuch.status());
        assertTrue(tooMuch.body().contains("payments"));

        query(FidelisKaraf.DATABASE, "UPDATE card SET status = 'BLOCKED' WHERE tenant_id = 'demo-bar' AND card_code = ? RETURNING card_code", card);
        Http.Answer blocked = bar.sell(newKey(), Http.json(saleNode(card, "alex", line("BEER-25", "drinks", 1, 450))));
        assertEquals("card-blocked", blocked.json().path("code").asText());
    }

    @Test
    public void aReplacementCardKeepsTheAccountsAndTheLostOneIsRefused() {
        String lost = newCard("LOST");
        created(bar.post("topups", newKey(), body("cardCode", lost, "storeCode", "main", "staffCode", "alex",
                "amountMinor", 1200, "tender", "CASH")));
        JsonNode before = created(bar.sell(newKey(), sale(lost, "alex", line("BEER-25", "drinks", 2, 450))));
        String staff = KARAF.stack().userToken("bar.staff", "demo");
        String cards = KARAF.api() + "/admin/v1/cards/";

        Http.Answer blocked = Http.post(cards + lost + "/block", staff, body("status", "LOST"));
        assertEquals(blocked.toString(), 200, blocked.status());
        assertEquals("card-blocked", bar.sell(newKey(), saleWith(lost, payment("WALLET", 100))).json().path("code").asText());

        String replacement = newCard("NEW");
        Http.Answer replaced = Http.post(cards + lost + "/replacement", staff, body("newCardCode", replacement));
        assertEquals(replaced.toString(), 200, replaced.status());
        assertEquals(replacement, replaced.json().path("replacedBy").asText());
        JsonNode paid = created(bar.sell(newKey(), saleWith(replacement, payment("WALLET", 1000))));
        assertEquals(200, balance(paid, "WALLET"));
        assertEquals(replaced.json().path("memberId").asText(), paid.path("memberId").asText());
        // a sale made with the lost card is refunded on the member's accounts, reached through the new card
        JsonNode refund = created(bar.post("refunds", newKey(), body("transactionId", before.path("transactionId").asText(),
                "storeCode", "main", "staffCode", "alex")));
        assertEquals(paid.path("memberId").asText(), refund.path("memberId").asText());
        assertEquals("the points of the lost card's sale are taken back", points(paid) - points(before), points(refund));
        Http.Answer again = Http.post(cards + lost + "/replacement", staff, body("newCardCode", newCard("NEW")));
        assertEquals(again.toString(), "card-already-replaced", again.json().path("code").asText());
        Http.Answer taken = Http.post(cards + replacement + "/replacement", staff, body("newCardCode", replacement));
        assertEquals(taken.toString(), 422, taken.status());
        assertEquals(403, Http.post(cards + replacement + "/block", bar.token(), body()).status());
    }

    @Test
    public void anAdminPutsAMemberInACategoryThatTillsThenSee() {
        String card = newCard("CAT");
        created(bar.sell(newKey(), Http.json(saleNode(card, "alex", line("BEER-25", "drinks", 1, 450)))));
        String url = KARAF.api() + "/admin/v1/cards/" + card + "/member-category";

        Http.Answer byStaff = Http.put(url, KARAF.stack().userToken("bar.staff", "demo"), body("category", "vip"));
        Http.Answer byAdmin = Http.put(url, KARAF.stack().userToken("bar.admin", "demo"), body("category", "vip"));
        Http.Answer malformed = Http.put(url, KARAF.stack().userToken("bar.admin", "demo"), body("category", "V I P"));

        assertEquals(byStaff.toString(), 403, byStaff.status());
        assertEquals(byAdmin.toString(), 200, byAdmin.status());
        assertEquals("vip", bar.card(card).json().path("member").path("category").asText());
        assertEquals(malformed.toString(), 400, malformed.status());
        assertTrue(malformed.body().contains("category"));
    }

    @Test
    public void theTransactionLogFiltersByKindAndByAssetMoved() {
        String card = newCard("LOG");
        created(bar.post("topups", newKey(), body("cardCode", card, "storeCode", "main", "staffCode", "alex",
                "amountMinor", 900, "tender", "CASH")));
        created(bar.sell(newKey(), Http.json(saleNode(card, "alex", line("BEER-25", "drinks", 1, 450), line("NACHOS", "food", 2, 750)))));
        String admin = KARAF.stack().userToken("bar.admin", "demo");
        String log = KARAF.api() + "/admin/v1/transactions?card=" + card;

        JsonNode topUps = Http.get(log + "&kind=TOPUP", admin).json();
        JsonNode wallet = Http.get(log + "&asset=WALLET", admin).json();
        JsonNode sales = Http.get(log + "&kind=SALE", admin).json();
        JsonNode all = Http.get(log, admin).json();

        assertEquals(all.toString(), 2, all.path("total").asLong());
        assertEquals(topUps.toString(), 1, topUps.path("total").asLong());
        assertEquals("TOPUP", topUps.path("items").get(0).path("kind").asText());
        assertEquals("TOPUP topup 1 900 900", describe(topUps.path("items").get(0).path("lines").get(0)));
        assertEquals(wallet.toString(), 1, wallet.path("total").asLong());
        JsonNode lines = sales.path("items").get(0).path("lines");
        assertEquals(lines.toString(), 2, lines.size());
        assertEquals("BEER-25 drinks 1 450 450", describe(lines.get(0)));
        assertEquals("NACHOS food 2 750 1500", describe(lines.get(1)));
    }

    private static String describe(JsonNode line) {
        return line.path("sku").asText() + " " + line.path("category").asText() + " " + line.path("quantity").asInt() + " "
                + line.path("unitPriceMinor").asLong() + " " + line.path("amountMinor").asLong();
    }

    private static JsonNode created(Http.Answer answer) {
        assertEquals(answer.toString(), 201, answer.status());
        return answer.json();
    }

    /** A sale of 1650 with the given payments. */
    private static String saleWith(String card, ObjectNode... payments) {
        ObjectNode sale = saleNode(card, "alex", line("BEER-25", "drinks", 2, 450), line("NACHOS", "food", 1, 750));
        var array = sale.putArray("payments");
        for (ObjectNode payment : payments) {
            array.add(payment);
        }
        return Http.json(sale);
    }

    private static ObjectNode payment(String tender, long amountMinor) {
        return paymentNode(tender, amountMinor);
    }

    private static ObjectNode paymentNode(String tender, long amountMinor) {
        return HttpJson.MAPPER.createObjectNode().put("tender", tender).put("amountMinor", amountMinor);
    }

    private static boolean hasMovement(JsonNode receipt, String asset, long amount) {
        for (JsonNode movement : receipt.path("movements")) {
            if (asset.equals(movement.path("asset").asText()) && movement.path("amount").asLong() == amount) {
                return true;
            }
        }
        return false;
    }

    private static long floor(JsonNode answer, String asset) {
        for (JsonNode balance : answer.path("balances")) {
            if (asset.equals(balance.path("asset").asText())) {
                return balance.path("floor").asLong();
            }
        }
        throw new AssertionError("no " + asset + " in " + answer);
    }

    private static List<Http.Answer> concurrently(int tills, Callable<Http.Answer> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tills);
        try {
            List<Future<Http.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < tills; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Http.Answer> answers = new ArrayList<>();
            for (Future<Http.Answer> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
