package io.fidelis.itests;

import com.fasterxml.jackson.databind.JsonNode;
import io.fidelis.itests.support.Http;
import io.fidelis.itests.support.TestStack;
import io.fidelis.itests.support.Till;
import io.fidelis.tenants.launcher.Database;
import io.fidelis.tenants.launcher.EmbeddedDatabase;
import io.fidelis.tenants.launcher.KarafServer;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.junit.runners.MethodSorters;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.fidelis.itests.support.TestStack.accountsOffTheirLedger;
import static io.fidelis.itests.support.TestStack.count;
import static io.fidelis.itests.support.TestStack.query;
import static io.fidelis.itests.support.Till.line;
import static io.fidelis.itests.support.Till.newCard;
import static io.fidelis.itests.support.Till.newKey;
import static io.fidelis.itests.support.Till.points;
import static io.fidelis.itests.support.Till.saleNode;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * Tills of the demo bar keep selling while things break under them. The class runs its own Karaf from
 * the distribution (HTTP 29181, SSH 29101) against its own embedded PostgreSQL (port 25432, data in
 * {@code target/resilience/pgdata}), so that it can stop the database and kill the server without
 * harming anything else; Keycloak is the shared test one.
 * <ol>
 * <li>the database goes away for five seconds: the tills get 503 {@code unavailable} (never a 500,
 * never a long wait), the health check says so, and selling resumes by itself once it is back;</li>
 * <li>the server is killed ({@code kill -9}) in the middle of sales: after a restart every acknowledged
 * sale is there in full, nothing half-written is, and a till retrying a sale whose answer it lost
 * gets it booked exactly once.</li>
 * </ol>
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class TillResilienceIT {

    private static final int KARAF_HTTP = 29181;
    private static final int KARAF_SSH = 29101;
    private static final int POSTGRES_PORT = 25432;
    private static final String API = "http://localhost:" + KARAF_HTTP + "/api";
    private static final String SALES = API + "/till/v1/transactions";
    private static final Path HOME = Path.of("target/resilience").toAbsolutePath();
    private static final Path KARAF_HOME = HOME.resolve("karaf");
    private static final String TENANT = "demo-bar";

    /** A till gives up on a call after this long. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
    /** "A few seconds": no answer, not even a refusal, may take longer. */
    private static final Duration FAST_ENOUGH = Duration.ofSeconds(5);
    /** Once the database is back, selling must work again within this, by itself. */
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(20);
    /** Bounds of one story's selling. */
    private static final Duration SELLING_LIMIT = Duration.ofSeconds(60);
    private static final int CALL_LIMIT = 3000;
    private static final int TILLS = 3;

    private static TestStack stack;
    private static EmbeddedDatabase postgres;
    private static Database database;
    private static KarafServer karaf;

    @Rule
    public final TestWatcher karafLogOnFailure = new TestWatcher() {
        @Override
        protected void failed(Throwable e, Description description) {
            System.err.println(description.getMethodName() + " failed; " + karafLogTail(80));
        }
    };

    @BeforeClass
    public static void startKarafOnItsOwnDatabase() throws IOException {
        stack = TestStack.get();
        stopLeftoversOfAnEarlierRun();
        if (KarafServer.isUp(KARAF_HTTP)) {
            throw new IllegalStateException("something already answers on port " + KARAF_HTTP + ": this test needs it for its own Karaf");
        }
        deleteRecursively(HOME);
        postgres = startPostgres();
        database = postgres.database("fidelis").createIfMissing();
        startKaraf();
        stack.registerTenants(API);
    }

    @AfterClass
    public static void stopEverything() {
        if (karaf != null) {
            karaf.stop();
            karaf = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        stopLeftoversOfAnEarlierRun();
    }

    @Test
    public void theDatabaseGoesAwayForFiveSecondsAndTheTillsCarryOnWhenItIsBack() throws Exception {
        long karafPid = karafJvm().pid();
        Tills tills = Tills.startSelling("OUT", false);
        tills.awaitAcknowledged(10 * TILLS, Duration.ofSeconds(30));

        postgres.close();
        postgres = null;
        long stoppedAt = System.nanoTime();
        Timed<Http.Answer> healthDown;
        long restartingAt;
        try {
            healthDown = timed(() -> {
                try {
                    return Http.get(CALL_TIMEOUT, API + "/health", null);
                } catch (UncheckedIOException e) {
                    throw new AssertionError("GET /api/health gave no answer while the database was down", e);
                }
            });
            sleepUntil(stoppedAt + TimeUnit.SECONDS.toNanos(5));
        } finally {
            restartingAt = System.nanoTime();
            postgres = startPostgres();
        }
        long backAt = System.nanoTime();
        Duration healthBackAfter = awaitHealthy(RECOVERY_LIMIT);
        Duration salesBackAfter = tills.awaitEveryTillSold(backAt, RECOVERY_LIMIT);
        tills.awaitAcknowledgedAfter(backAt, 10 * TILLS, RECOVERY_LIMIT);
        List<Call> calls = tills.stop();

        // the health check told a load balancer the truth, quickly
        assertEquals(healthDown.value().toString(), 503, healthDown.value().status());
        assertEquals("application/problem+json", healthDown.value().contentType());
        assertEquals("unavailable", healthDown.value().json().path("code").asText());
        assertTrue("health took " + healthDown.took(), healthDown.took().compareTo(FAST_ENOUGH) < 0);

        // while the database was down the tills were told to retry later, never left hanging, never given a 500
        List<Call> whileDown = calls.stream().filter(c -> c.startedAt > stoppedAt && c.endedAt < restartingAt).toList();
        assertFalse("no till called while the database was down", whileDown.isEmpty());
        for (Call call : whileDown) {
            assertEquals(call.toString(), 503, call.status);
            assertEquals(call.toString(), "application/problem+json", call.contentType);
            assertEquals(call.toString(), "unavailable", call.code);
        }
        for (Call call : calls) {
            assertTrue("neither sold nor 'retry later': " + call, call.status == 201 || call.status == 503);
            assertTrue("too slow: " + call, call.took().compareTo(FAST_ENOUGH) < 0);
        }

        // and it came back by itself: the same Karaf, sales acknowledged again
        assertEquals("Karaf was restarted", karafPid, karafJvm().pid());
        assertTrue("no sale within " + RECOVERY_LIMIT + " of the database's return", salesBackAfter != null);

        everyAcknowledgedSaleIsBookedInFull(calls);
        Retries retries = retryEveryUnansweredSale(calls);
        nothingIsHalfDone();
        everyCardHoldsThePointsOfItsSales(tills, calls, retries);

        System.out.printf("[resilience] outage: %d calls, %d sold (%d before, %d after the database came back), %d x 503 while down"
                        + " (%d in all), slowest answer %d ms; health 503 in %d ms, 200 again %d ms after the database;"
                        + " first sale of every till %d ms after the database; retried %d refused sales: %d had been booked, %d booked on retry%n",
                calls.size(), howMany(calls, c -> c.status == 201), howMany(calls, c -> c.status == 201 && c.startedAt < stoppedAt),
                howMany(calls, c -> c.status == 201 && c.startedAt > backAt), whileDown.size(), howMany(calls, c -> c.status == 503),
                slowest(calls).toMillis(), healthDown.took().toMillis(), healthBackAfter.toMillis(), salesBackAfter.toMillis(),
                retries.total(), retries.alreadyBooked, retries.bookedNow);
    }

    @Test
    public void theServerIsKilledInTheMiddleOfSalesAndNothingHalfDoneSurvives() throws Exception {
        Tills tills = Tills.startSelling("CRASH", true);
        tills.awaitAcknowledged(20 * TILLS, Duration.ofSeconds(30));

        ProcessHandle jvm = karafJvm();
        Runtime.getRuntime().exec(new String[] {"kill", "-9", String.valueOf(jvm.pid())}).waitFor();
        assertTrue("Karaf survived kill -9", jvm.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).get() != null);
        // every till learns it the hard way: its next call, or the one in flight, gets no answer
        List<Call> calls = tills.join(CALL_TIMEOUT.plusSeconds(5));
        karaf.stop();
        long restartingAt = System.nanoTime();
        startKaraf();
        Duration restart = Duration.ofNanos(System.nanoTime() - restartingAt);
        assertTrue("a new Karaf JVM", karafJvm().pid() != jvm.pid());

        List<Call> unanswered = calls.stream().filter(c -> c.status == Call.NO_ANSWER).toList();
        assertEquals("every till lost the answer of its last call: " + unanswered, TILLS, unanswered.size());
        for (Call call : calls) {
            assertTrue("neither sold nor lost in the crash: " + call, call.status == 201 || call.status == Call.NO_ANSWER);
        }
        everyAcknowledgedSaleIsBookedInFull(calls);
        nothingIsHalfDone();
        Retries retries = retryEveryUnansweredSale(calls);
        nothingIsHalfDone();
        everyCardHoldsThePointsOfItsSales(tills, calls, retries);

        // and the restarted server sells as before
        Http.Answer after = Http.post(CALL_TIMEOUT, SALES, tills.token, Till.sale(tills.cards.get(0), "alex",
                line("BEER-25", "drinks", 2, 450)), "Idempotency-Key", newKey());
        assertEquals(after.toString(), 201, after.status());

        System.out.printf("[resilience] crash: %d sales acknowledged before kill -9, %d answers lost; Karaf back in %d ms;"
                        + " on retry %d had been committed before the crash (stored answer replayed), %d were booked once%n",
                howMany(calls, c -> c.status == 201), unanswered.size(), restart.toMillis(), retries.alreadyBooked, retries.bookedNow);
    }

    // ---- what must hold in the database ------------------------------------------------------------

    /** Every 201 names a transaction that is in the database with its lines and its points. */
    private static void everyAcknowledgedSaleIsBookedInFull(List<Call> calls) {
        Map<String, Booked> booked = bookedTransactions();
        List<Call> sold = calls.stream().filter(c -> c.status == 201).toList();
        assertFalse("no sale was acknowledged", sold.isEmpty());
        for (Call sale : sold) {
            Booked transaction = booked.get(sale.transactionId);
            assertNotNull("acknowledged but not in the database: " + sale, transaction);
            assertEquals(sale.toString(), sale.key, transaction.idempotencyKey());
            assertEquals("lines of " + sale, sale.lines, transaction.lines());
            assertEquals("points booked for " + sale, sale.pointsEarned, transaction.points());
        }
    }

    /** No transaction without its lines or its ledger entries, no entry without its transaction, every balance its entries' sum. */
    private static void nothingIsHalfDone() {
        assertEquals("transactions without lines", List.of(), query(database, "SELECT t.transaction_id FROM till_transaction t"
                + " WHERE jsonb_array_length(t.lines) = 0"));
        // every sale here earns points (at least a euro, 1 point per euro)
        assertEquals("transactions without ledger entries", List.of(), query(database, "SELECT t.transaction_id FROM till_transaction t"
                + " WHERE NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.tenant_id = t.tenant_id AND e.transaction_id = t.transaction_id)"));
        assertEquals("ledger entries whose transaction is missing", List.of(), query(database, "SELECT e.entry_id FROM ledger_entry e"
                + " WHERE NOT EXISTS (SELECT 1 FROM till_transaction t WHERE t.tenant_id = e.tenant_id AND t.transaction_id = e.transaction_id)"));
        assertEquals("accounts off their ledger", List.of(), accountsOffTheirLedger(database));
    }

    /** Each till's card holds exactly the points of the sales finally acknowledged for it, each counted once. */
    private static void everyCardHoldsThePointsOfItsSales(Tills tills, List<Call> calls, Retries retries) {
        Map<String, Call> finalAnswers = new HashMap<>();
        calls.stream().filter(c -> c.status == 201).forEach(c -> finalAnswers.put(c.key, c));
        finalAnswers.putAll(retries.answers);
        Till bar = new Till(API, stack, TENANT);
        for (String card : tills.cards) {
            long expected = finalAnswers.values().stream().filter(c -> c.card.equals(card)).mapToLong(c -> c.pointsEarned).sum();
            assertEquals("points of " + card, expected, points(bar.card(card).json()));
        }
    }

    /**
     * What a till does with a sale it got no receipt for: sends it again with the same key. A sale that
     * had been committed gets its stored answer back; one that had not is booked now, once.
     */
    private static Retries retryEveryUnansweredSale(List<Call> calls) {
        Retries retries = new Retries();
        for (Call lost : calls) {
            if (lost.status == 201) {
                continue;
            }
            List<String> stored = query(database, "SELECT transaction_id FROM till_transaction WHERE tenant_id = ? AND idempotency_key = ?",
                    TENANT, lost.key);
            Call retry = Call.send(lost.tillToken, lost.card, lost.key, lost.body, lost.lines);
            assertEquals("retry of " + lost + ": " + retry, 201, retry.status);
            if (stored.isEmpty()) {
                assertFalse("nothing to replay for " + retry, "true".equals(retry.replayed));
                retries.bookedNow++;
            } else {
                assertEquals("replayed " + retry, "true", retry.replayed);
                assertEquals("the stored answer for " + retry, stored.get(0), retry.transactionId);
                retries.alreadyBooked++;
            }
            assertEquals("booked once: " + lost.key, 1, count(database,
                    "SELECT count(*) FROM till_transaction WHERE tenant_id = ? AND idempotency_key = ?", TENANT, lost.key));
            retries.answers.put(lost.key, retry);
        }
        if (!retries.answers.isEmpty()) {
            everyAcknowledgedSaleIsBookedInFull(new ArrayList<>(retries.answers.values()));
        }
        return retries;
    }

    private record Booked(String idempotencyKey, int lines, long points) {
    }

    private static Map<String, Booked> bookedTransactions() {
        Map<String, Booked> booked = new HashMap<>();
        for (String row : query(database, "SELECT t.transaction_id || ' ' || t.idempotency_key"
                + " || ' ' || jsonb_array_length(t.lines)"
                + " || ' ' || COALESCE((SELECT SUM(e.amount) FROM ledger_entry e JOIN account a ON a.tenant_id = e.tenant_id"
                + " AND a.account_id = e.account_id WHERE e.tenant_id = t.tenant_id AND e.transaction_id = t.transaction_id"
                + " AND a.asset = 'POINTS'), 0) FROM till_transaction t")) {
            String[] parts = row.split(" ");
            booked.put(parts[0], new Booked(parts[1], Integer.parseInt(parts[2]), Long.parseLong(parts[3])));
        }
        return booked;
    }

    private static final class Retries {
        final Map<String, Call> answers = new LinkedHashMap<>();
        int alreadyBooked;
        int bookedNow;

        int total() {
            return alreadyBooked + bookedNow;
        }
    }

    // ---- the tills -----------------------------------------------------------------------------------

    /** One sale sent by a till: what it sent and what came back (or that nothing did). */
    private static final class Call {
        static final int NO_ANSWER = -1;

        final String tillToken;
        final String card;
        final String key;
        final String body;
        final int lines;
        String answerBody;
        final long startedAt;
        long endedAt;
        int status;
        String contentType;
        String code;
        String transactionId;
        long pointsEarned;
        String replayed;
        String failure;

        private Call(String tillToken, String card, String key, String body, int lines) {
            this.tillToken = tillToken;
            this.card = card;
            this.key = key;
            this.body = body;
            this.lines = lines;
            this.startedAt = System.nanoTime();
        }

        static Call send(String token, String card, String key, String body, int lines) {
            Call call = new Call(token, card, key, body, lines);
            try {
                Http.Answer answer = Http.post(CALL_TIMEOUT, SALES, token, body, "Idempotency-Key", key);
                call.endedAt = System.nanoTime();
                call.status = answer.status();
                call.contentType = answer.contentType();
                call.replayed = answer.header("Idempotency-Replayed");
                call.answerBody = answer.body();
                JsonNode json = parsed(answer);
                call.code = json.path("code").asText(null);
                call.transactionId = json.path("transactionId").asText(null);
                call.pointsEarned = json.path("pointsEarned").asLong();
            } catch (UncheckedIOException e) {
                call.endedAt = System.nanoTime();
                call.status = NO_ANSWER;
                call.failure = (e.getCause() instanceof HttpTimeoutException ? "timed out: " : "") + e.getMessage();
            }
            return call;
        }

        /** The answer's JSON, or nothing when it is not JSON (an error page is recorded, not thrown in the till's thread). */
        private static JsonNode parsed(Http.Answer answer) {
            try {
                return answer.json();
            } catch (AssertionError notJson) {
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
        }

        Duration took() {
            return Duration.ofNanos(endedAt - startedAt);
        }

        @Override
        public String toString() {
            return "sale " + key + " (card " + card + ") -> " + (status == NO_ANSWER ? "no answer: " + failure
                    : status + " " + contentType + (code == null ? "" : " " + code) + (transactionId == null ? "" : " " + transactionId)
                    + (status == 201 || status == 503 ? "" : " " + answerBody))
                    + " in " + took().toMillis() + " ms";
        }
    }

    /** A few tills of the demo bar, each selling to its own card as fast as it can, within the story's bounds. */
    private static final class Tills {
        final String token = stack.tillToken(TENANT);
        final List<String> cards = new ArrayList<>();
        final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
        final List<Thread> threads = new ArrayList<>();
        final AtomicInteger budget = new AtomicInteger(CALL_LIMIT);
        final long deadline = System.nanoTime() + SELLING_LIMIT.toNanos();
        volatile boolean stopping;

        static Tills startSelling(String cardPrefix, boolean untilFirstLostAnswer) {
            Tills tills = new Tills();
            for (int i = 0; i < TILLS; i++) {
                String card = newCard(cardPrefix);
                tills.cards.add(card);
                Thread thread = new Thread(() -> tills.sell(card, untilFirstLostAnswer), "till-" + card);
                thread.setDaemon(true);
                tills.threads.add(thread);
                thread.start();
            }
            return tills;
        }

        private void sell(String card, boolean untilFirstLostAnswer) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (!stopping && System.nanoTime() < deadline && budget.decrementAndGet() >= 0) {
                int lines = random.nextInt(1, 3);
                var sale = lines == 1 ? saleNode(card, "alex", line("BEER-25", "drinks", random.nextInt(1, 4), 450))
                        : saleNode(card, "sam", line("WINE-GLASS", "drinks", random.nextInt(1, 3), 600), line("NACHOS", "food", 1, 750));
                Call call = Call.send(token, card, newKey(), Http.json(sale), lines);
                calls.add(call);
                if (call.status == Call.NO_ANSWER && untilFirstLostAnswer) {
                    return;
                }
                if (call.status != 201) {
                    pause(200);
                }
            }
        }

        void awaitAcknowledged(int sales, Duration limit) {
            awaitAcknowledgedAfter(0, sales, limit);
        }

        void awaitAcknowledgedAfter(long since, int sales, Duration limit) {
            long end = System.nanoTime() + limit.toNanos();
            while (acknowledgedSince(since) < sales) {
                if (System.nanoTime() > end) {
                    throw new AssertionError("only " + acknowledgedSince(since) + " of " + sales + " sales acknowledged within " + limit
                            + "; last calls: " + lastCalls(5));
                }
                pause(50);
            }
        }

        /** How long after {@code since} until every till had a sale acknowledged that it began after it; null if not within the limit. */
        Duration awaitEveryTillSold(long since, Duration limit) {
            long end = since + limit.toNanos();
            while (System.nanoTime() < end) {
                List<Call> snapshot = snapshot();
                Map<String, Long> firstSale = snapshot.stream().filter(c -> c.status == 201 && c.startedAt > since)
                        .collect(Collectors.toMap(c -> c.card, c -> c.endedAt, Math::min));
                if (firstSale.keySet().containsAll(cards)) {
                    return Duration.ofNanos(Collections.max(firstSale.values()) - since);
                }
                pause(50);
            }
            return null;
        }

        List<Call> stop() throws InterruptedException {
            stopping = true;
            return join(CALL_TIMEOUT.plusSeconds(5));
        }

        List<Call> join(Duration limit) throws InterruptedException {
            for (Thread thread : threads) {
                thread.join(limit.toMillis());
                assertFalse(thread.getName() + " still selling", thread.isAlive());
            }
            return snapshot();
        }

        private long acknowledgedSince(long since) {
            return snapshot().stream().filter(c -> c.status == 201 && c.startedAt > since).count();
        }

        private List<Call> snapshot() {
            synchronized (calls) {
                return new ArrayList<>(calls);
            }
        }

        private String lastCalls(int n) {
            List<Call> all = snapshot();
            return all.subList(Math.max(0, all.size() - n), all.size()).toString();
        }
    }

    // ---- the processes -------------------------------------------------------------------------------

    private static EmbeddedDatabase startPostgres() {
        return EmbeddedDatabase.start(HOME, POSTGRES_PORT, HOME.resolve("postgres.log"));
    }

    private static void startKaraf() {
        if (KarafServer.isUp(KARAF_HTTP)) {
            throw new IllegalStateException("something already answers on port " + KARAF_HTTP);
        }
        Database application = database.asLoginRole(Database.APPLICATION_ROLE, "");
        Path repository = Path.of(System.getProperty("fidelis.repository", "..")).toAbsolutePath().normalize();
        karaf = KarafServer.ensureRunning(repository, HOME, TestStack.jdk17(), KARAF_HTTP, Map.of(
                "FIDELIS_DB_URL", database.url(), "FIDELIS_DB_USER", application.user(), "FIDELIS_DB_PASSWORD", application.password(),
                "FIDELIS_DB_OWNER", database.user(), "FIDELIS_DB_OWNER_PASSWORD", database.password(),
                "FIDELIS_KEYCLOAK_URL", TestStack.KEYCLOAK_URL, "FIDELIS_KEYCLOAK_REALM", TestStack.REALM,
                "FIDELIS_HTTP_PORT", String.valueOf(KARAF_HTTP),
                "ORG_APACHE_KARAF_SHELL_SSHPORT", String.valueOf(KARAF_SSH)), HOME.resolve("karaf-console.log"));
    }

    /** The Karaf JVM itself (bin/karaf is a script that starts it), found by its karaf.home. */
    private static ProcessHandle karafJvm() {
        String marker = "-Dkaraf.home=" + KARAF_HOME;
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().orElse("").endsWith("/java") && p.info().commandLine().orElse("").contains(marker))
                .findFirst().orElseThrow(() -> new AssertionError("no Karaf JVM with " + marker + " among this JVM's descendants"));
    }

    /** Karaf and PostgreSQL processes that an interrupted earlier run of this class left in its folder. */
    private static void stopLeftoversOfAnEarlierRun() {
        ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(HOME.toString()))
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .forEach(p -> {
                    System.err.println("[resilience] stopping leftover " + p.pid() + " " + p.info().commandLine().orElse(""));
                    p.destroyForcibly();
                    p.onExit().completeOnTimeout(p, 10, TimeUnit.SECONDS).join();
                });
        try {
            Files.deleteIfExists(HOME.resolve("pgdata/postmaster.pid"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Duration awaitHealthy(Duration limit) {
        long start = System.nanoTime();
        long end = start + limit.toNanos();
        Http.Answer last = null;
        while (System.nanoTime() < end) {
            try {
                last = Http.get(CALL_TIMEOUT, API + "/health", null);
                if (last.status() == 200) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (UncheckedIOException e) {
                // not answering at all yet
            }
            pause(200);
        }
        throw new AssertionError("/api/health not 200 within " + limit + " of the database's return: " + last);
    }

    private static String karafLogTail(int lines) {
        Path log = KARAF_HOME.resolve("data/log/karaf.log");
        try {
            List<String> all = Files.readAllLines(log);
            return "--- last lines of " + log + " ---\n" + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    // ---- small things --------------------------------------------------------------------------------

    private record Timed<T>(T value, Duration took) {
    }

    private static <T> Timed<T> timed(java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        T value = work.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }

    private static long howMany(List<Call> calls, Predicate<Call> which) {
        return calls.stream().filter(which).count();
    }

    private static Duration slowest(List<Call> calls) {
        return calls.stream().map(Call::took).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
