package io.fidelis.itests;

import com.fasterxml.jackson.databind.JsonNode;
import io.fidelis.itests.support.FidelisKaraf;
import io.fidelis.itests.support.Http;
import io.fidelis.itests.support.Till;
import io.fidelis.tenants.launcher.Database;
import org.junit.AfterClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static io.fidelis.itests.support.TestStack.accountsOffTheirLedger;
import static io.fidelis.itests.support.TestStack.count;
import static io.fidelis.itests.support.TestStack.query;
import static io.fidelis.itests.support.Till.line;
import static io.fidelis.itests.support.Till.newCard;
import static io.fidelis.itests.support.Till.newKey;
import static io.fidelis.itests.support.Till.points;
import static io.fidelis.itests.support.Till.sale;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A till of the demo bar selling to loyalty members, against the real distribution (Pax Exam), a real
 * Keycloak and a real PostgreSQL. The demo bar earns 1 point per euro (100 minor units), rounded down.
 */
public class TillSalesIT {

    @ClassRule
    public static final FidelisKaraf KARAF = new FidelisKaraf(TillSalesIT.class);

    @Rule
    public final TestRule karafLogOnFailure = KARAF.printLogOnFailure();

    /** pax-transx's housekeeping period (not configurable through pax-jdbc). */
    private static final Duration POOL_HOUSEKEEPING_PERIOD = Duration.ofSeconds(30);

    private final Till bar = new Till(KARAF.api(), KARAF.stack(), "demo-bar");

    @Test
    public void aNewCardEnrolsAMemberWhoEarnsOnEverySale() {
        String card = newCard("IT");

        Http.Answer first = bar.sell(newKey(), sale(card, "alex", line("BEER-25", "drinks", 2, 450), line("NACHOS", "food", 1, 750)));
        assertEquals(first.toString(), 201, first.status());
        JsonNode receipt = first.json();
        assertEquals(card, receipt.path("cardCode").asText());
        assertTrue(receipt.toString(), receipt.path("memberCreated").asBoolean());
        assertEquals(1650, receipt.path("totalMinor").asLong());
        assertEquals("EUR", receipt.path("currency").asText());
        assertEquals(16, receipt.path("pointsEarned").asLong());
        assertEquals(16, points(receipt));
        String memberId = receipt.path("memberId").asText();
        assertFalse(memberId.isBlank());

        Http.Answer second = bar.sell(newKey(), sale(card, "sam", line("WINE-GLASS", "drinks", 3, 600)));
        assertEquals(second.toString(), 201, second.status());
        assertFalse(second.json().path("memberCreated").asBoolean());
        assertEquals(memberId, second.json().path("memberId").asText());
        assertEquals(18, second.json().path("pointsEarned").asLong());
        assertEquals(16 + 18, points(second.json()));

        Http.Answer lookup = bar.card(card);
        assertEquals(lookup.toString(), 200, lookup.status());
        assertEquals(card, lookup.json().path("cardCode").asText());
        assertEquals(memberId, lookup.json().path("member").path("memberId").asText());
        assertEquals(34, points(lookup.json()));
    }

    @Test
    public void aRetryWithTheSameKeyGetsTheFirstAnswerAndBooksNothingTwice() {
        String card = newCard("IT");
        String key = newKey();
        String body = sale(card, "alex", line("BEER-25", "drinks", 4, 450));

        Http.Answer first = bar.sell(key, body);
        Http.Answer retry = bar.sell(key, body);

        assertEquals(first.toString(), 201, first.status());
        assertEquals(retry.toString(), 201, retry.status());
        assertEquals("true", retry.header("Idempotency-Replayed"));
        assertFalse("true".equals(first.header("Idempotency-Replayed")));
        assertEquals(first.json().path("transactionId"), retry.json().path("transactionId"));
        assertEquals(18, points(retry.json()));
        assertEquals(18, points(bar.card(card).json()));
        assertEquals(1, count(FidelisKaraf.DATABASE, "SELECT count(*) FROM till_transaction WHERE idempotency_key = ?", key));
    }

    @Test
    public void theSameKeyForAnotherSaleIsRefused() {
        String card = newCard("IT");
        String key = newKey();
        assertEquals(201, bar.sell(key, sale(card, "alex", line("BEER-25", "drinks", 1, 450))).status());

        Http.Answer reused = bar.sell(key, sale(card, "alex", line("BEER-25", "drinks", 2, 450)));

        assertEquals(reused.toString(), 422, reused.status());
        assertEquals("application/problem+json", reused.contentType());
        assertEquals("idempotency-key-reused", reused.json().path("code").asText());
        assertEquals(4, points(bar.card(card).json()));
    }

    @Test
    public void concurrentRetriesOfOneSaleBookItOnce() throws Exception {
        String card = newCard("IT");
        String key = newKey();
        String body = sale(card, "sam", line("COCKTAIL", "drinks", 1, 1100));
        String token = bar.token();
        List<Http.Answer> answers = sendAtOnce(6,
                till -> Http.post(KARAF.api() + "/till/v1/transactions", token, body, "Idempotency-Key", key));
        Set<String> transactionIds = new HashSet<>();
        int firstAnswers = 0;
        for (Http.Answer answer : answers) {
            assertEquals(answer.toString(), 201, answer.status());
            transactionIds.add(answer.json().path("transactionId").asText());
            firstAnswers += "true".equals(answer.header("Idempotency-Replayed")) ? 0 : 1;
        }
        assertEquals("one transaction for one key: " + transactionIds, 1, transactionIds.size());
        assertEquals("exactly one answer is not a replay", 1, firstAnswers);
        assertEquals(1, count(FidelisKaraf.DATABASE, "SELECT count(*) FROM till_transaction WHERE idempotency_key = ?", key));
        assertEquals(11, points(bar.card(card).json()));
    }

    @Test
    public void theApiIsDescribedByOpenApiAndSwaggerUi() {
        Http.Answer openApi = Http.get(KARAF.api() + "/openapi.json", null);
        assertEquals(openApi.toString(), 200, openApi.status());
        assertTrue(openApi.json().path("paths").toString(), openApi.json().path("paths").has("/till/v1/transactions"));

        Http.Answer docs = Http.get(KARAF.api() + "/docs/", null);
        assertEquals(docs.status() + " " + docs.raw().headers().map(), 200, docs.status());
        assertEquals("text/html", docs.contentType());
        assertTrue(docs.body(), docs.body().toLowerCase().contains("swagger"));
    }

    /**
     * pax-transx 0.5 never records when a pooled connection was last used, so once the machine had been up
     * 10 minutes its idle eviction (every 30 s) closed each connection not busy at that moment: under till load
     * PostgreSQL backends came and went, losing their caches and prepared statements. The shipped pool turns
     * idle eviction off ({@code pool.idleTimeout = 0}). On a machine up less than 10 minutes the old setting
     * would pass this test too.
     */
    @Test
    public void pooledConnectionsStayOpenBetweenSales() throws Exception {
        Set<String> opened = Set.of();
        for (int burst = 0; burst < 5 && opened.size() < 3; burst++) {
            sellFromTillsAtOnce(16);
            opened = applicationConnections();
        }
        assertTrue("16 tills at once opened only these pooled connections: " + opened, opened.size() >= 3);

        Thread.sleep(POOL_HOUSEKEEPING_PERIOD.plusSeconds(3).toMillis());

        Set<String> later = applicationConnections();
        assertTrue("pooled connections closed while idle: before " + opened + ", after " + later, later.containsAll(opened));
        assertEquals(201, bar.sell(newKey(), sale(newCard("IT"), "alex", line("BEER-25", "drinks", 1, 450))).status());
    }

    private void sellFromTillsAtOnce(int tills) throws Exception {
        String token = bar.token();
        for (Http.Answer answer : sendAtOnce(tills, till -> Http.post(KARAF.api() + "/till/v1/transactions", token,
                sale(newCard("IT"), "sam", line("COCKTAIL", "drinks", 1, 1100)), "Idempotency-Key", newKey()))) {
            assertEquals(answer.toString(), 201, answer.status());
        }
    }

    /** Starts one call per till at the same instant and waits for every answer, in till order. */
    private static List<Http.Answer> sendAtOnce(int tills, IntFunction<Http.Answer> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tills);
        try {
            List<Future<Http.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < tills; i++) {
                int till = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(till);
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

    /** The process ids of the PostgreSQL backends serving Karaf's pooled data source. */
    private static Set<String> applicationConnections() {
        return new HashSet<>(query(FidelisKaraf.DATABASE, "SELECT pid::text FROM pg_stat_activity WHERE datname = ? AND usename = ?",
                FidelisKaraf.DATABASE, Database.APPLICATION_ROLE));
    }

    @AfterClass
    public static void everyBalanceIsTheSumOfItsLedgerEntries() {
        assertEquals(List.of(), accountsOffTheirLedger(FidelisKaraf.DATABASE));
    }
}
