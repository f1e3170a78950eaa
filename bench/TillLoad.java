// Till load generator for Fidelis. Single-file program, JDK 17+ only, no build step:
//
//   java bench/TillLoad.java [options]        (see bench/README.md, or --help)
//
// N tills (threads) call the running till API for a fixed time over M cards, record latency per
// operation in a log-bucketed histogram, print a short stable report, then (unless --no-pgbench) run
// pgbench TPC-B against the same PostgreSQL for a reference figure. Every loop is bounded in time and
// count and stops by itself.

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class TillLoad {

    // ---------------------------------------------------------------- options

    static final class Options {
        String api = "http://localhost:8181/api";
        String keycloak = "http://localhost:8180";
        String realm = "fidelis";
        // client id -> secret; the tills are spread over these clients (tenants) round-robin
        Map<String, String> clients = new LinkedHashMap<>();
        {
            clients.put("till-demo-bar-main-1", "demo-bar-main-1-secret");
            clients.put("till-demo-gym-main-1", "demo-gym-main-1-secret");
        }
        String store = "main";
        int tills = 32;
        int cards = 1000;
        int seconds = 30;
        int warmup = 5;
        long maxOps = Long.MAX_VALUE; // measured operations, all tills together; stops the run early
        Map<String, Integer> mix = new LinkedHashMap<>();
        String cardPrefix = "LOAD-";
        int cardFrom = 0;        // card numbers cardFrom .. cardFrom + cards - 1
        int cardDigits = 6;      // zero-padded width of the card number
        boolean cardsExist = false; // every card of the range exists already (seeded): lookups may use any of them
        boolean pgbench = true;
        int rounds = 1;      // till run + pgbench, repeated: the median ratio resists a VM whose speed drifts
        String pgHost = "localhost";
        int pgPort = 15432;
        String pgUser = "postgres";
        String pgPassword = "postgres";
        String pgDb = "pgbench_fidelis";
        int pgScale = 10;
        int pgClients = -1;  // default: --tills
        int pgSeconds = -1;  // default: --seconds
        boolean pgKeep = false;
        String repo = null;  // to read staff codes from tenants/; default: the folder above this script

        Options() {
            mix.put("sale", 60);
            mix.put("wallet", 15);
            mix.put("topup", 3);
            mix.put("lookup", 15);
            mix.put("refund", 5);
            mix.put("retry", 2);
        }
    }

    static void usage() {
        System.out.println("""
                java bench/TillLoad.java [options]
                  --api URL              till API base (default http://localhost:8181/api)
                  --keycloak URL         Keycloak base (default http://localhost:8180); --realm NAME (fidelis)
                  --client ID=SECRET     till client (repeatable; replaces the two demo tills)
                  --tills N              concurrent tills (32)           --cards M     cards per tenant (1000)
                  --card-prefix P        card codes P + number (LOAD-)   --card-from N first card number (0)
                  --card-digits D        zero-padded width of the number (6)
                  --cards-exist          every card of the range exists (seeded by bench/seed-scale.sh)
                  --seconds S            measured time (30)             --warmup W    warm-up seconds (5)
                  --max-ops K            stop after K measured operations (default: no limit)
                  --mix sale=60,wallet=15,topup=3,lookup=15,refund=5,retry=2   operation weights (known: %s)
                  --pgbench / --no-pgbench          run pgbench TPC-B afterwards (default on)
                  --rounds R             R times the till run then pgbench, alternating; prints the median ratio (1)
                  --pg-host H --pg-port P --pg-user U --pg-password PW   (localhost 15432 postgres postgres)
                  --pg-db NAME           scratch database, created and dropped (pgbench_fidelis)
                  --pg-scale S (10)  --pg-clients C (= --tills)  --pg-seconds T (= --seconds)  --pg-keep
                """.formatted(String.join(",", OPERATIONS.keySet())));
    }

    static Options parse(String[] args) {
        Options o = new Options();
        boolean clientsGiven = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0 && !a.startsWith("--client=") && !a.startsWith("--mix=")) {
                v = a.substring(eq + 1);
                a = a.substring(0, eq);
            } else if (a.startsWith("--client=") || a.startsWith("--mix=")) {
                v = a.substring(a.indexOf('=') + 1);
                a = a.substring(0, a.indexOf('='));
            }
            switch (a) {
                case "--help", "-h" -> { usage(); System.exit(0); }
                case "--pgbench" -> o.pgbench = true;
                case "--no-pgbench" -> o.pgbench = false;
                case "--pg-keep" -> o.pgKeep = true;
                case "--cards-exist" -> o.cardsExist = true;
                default -> {
                    if (v == null) {
                        if (i + 1 >= args.length) die("option " + a + " needs a value");
                        v = args[++i];
                    }
                    switch (a) {
                        case "--api" -> o.api = trimSlash(v);
                        case "--keycloak" -> o.keycloak = trimSlash(v);
                        case "--realm" -> o.realm = v;
                        case "--client" -> {
                            if (!clientsGiven) { o.clients.clear(); clientsGiven = true; }
                            int e = v.indexOf('=');
                            if (e <= 0) die("--client wants ID=SECRET");
                            o.clients.put(v.substring(0, e), v.substring(e + 1));
                        }
                        case "--store" -> o.store = v;
                        case "--tills" -> o.tills = positive(a, v);
                        case "--cards" -> o.cards = positive(a, v);
                        case "--seconds" -> o.seconds = positive(a, v);
                        case "--warmup" -> o.warmup = Integer.parseInt(v);
                        case "--max-ops" -> o.maxOps = positive(a, v);
                        case "--card-prefix" -> o.cardPrefix = v;
                        case "--card-from" -> o.cardFrom = Integer.parseInt(v);
                        case "--card-digits" -> o.cardDigits = positive(a, v);
                        case "--mix" -> o.mix = parseMix(v);
                        case "--pg-host" -> o.pgHost = v;
                        case "--pg-port" -> o.pgPort = positive(a, v);
                        case "--pg-user" -> o.pgUser = v;
                        case "--pg-password" -> o.pgPassword = v;
                        case "--pg-db" -> o.pgDb = v;
                        case "--pg-scale" -> o.pgScale = positive(a, v);
                        case "--rounds" -> o.rounds = positive(a, v);
                        case "--pg-clients" -> o.pgClients = positive(a, v);
                        case "--pg-seconds" -> o.pgSeconds = positive(a, v);
                        case "--repo" -> o.repo = v;
                        default -> die("unknown option " + a + " (try --help)");
                    }
                }
            }
        }
        if (o.seconds > 3600 || o.warmup > 600 || o.warmup < 0) die("--seconds must be <= 3600 and --warmup 0..600");
        if (!o.pgDb.matches("[a-z_][a-z0-9_]{0,62}") || o.pgDb.equals("fidelis") || o.pgDb.equals("keycloak") || o.pgDb.equals("postgres")) {
            die("--pg-db must be a scratch database name (not fidelis, keycloak or postgres)");
        }
        if (!o.cardPrefix.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,40}")) die("--card-prefix: letters, digits and . _ : - only");
        if (o.cardFrom < 0 || o.cardDigits > 18 || (long) o.cardFrom + o.cards > Math.pow(10, o.cardDigits)) {
            die("--card-from/--cards/--card-digits: the card numbers must fit in " + o.cardDigits + " digits");
        }
        if (o.pgClients < 0) o.pgClients = o.tills;
        if (o.pgSeconds < 0) o.pgSeconds = o.seconds;
        return o;
    }

    static Map<String, Integer> parseMix(String v) {
        Map<String, Integer> mix = new LinkedHashMap<>();
        for (String part : v.split(",")) {
            String[] kv = part.trim().split("[=:]");
            if (kv.length != 2) die("--mix wants name=weight,...");
            if (!OPERATIONS.containsKey(kv[0])) die("--mix: unknown operation " + kv[0] + " (known: " + String.join(",", OPERATIONS.keySet()) + ")");
            int w = Integer.parseInt(kv[1]);
            if (w < 0) die("--mix: negative weight");
            if (w > 0) mix.put(kv[0], w);
        }
        if (mix.isEmpty()) die("--mix: all weights are 0");
        return mix;
    }

    static int positive(String name, String v) {
        int n = Integer.parseInt(v);
        if (n <= 0) die(name + " must be > 0");
        return n;
    }

    static void die(String message) {
        System.err.println("TillLoad: " + message);
        System.exit(2);
    }

    static String trimSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    // ---------------------------------------------------------------- histogram

    /**
     * Log-bucketed latency histogram in microseconds: 64 linear sub-buckets per power of two, so any
     * recorded value is reported within ~1.6 % (values under 64 us exactly). Not thread-safe: one per
     * thread and operation, merged at the end.
     */
    static final class Histogram {
        static final int SUB = 64;
        static final int SHIFT = 6; // log2(SUB)
        final long[] counts = new long[(64 - SHIFT) * SUB + SUB];
        long total;
        long max;

        static int index(long v) {
            if (v < 2 * SUB) return (int) v;
            int s = 63 - Long.numberOfLeadingZeros(v) - SHIFT; // >= 1; v >>> s is in [SUB, 2 * SUB)
            return s * SUB + (int) (v >>> s);
        }

        /** The middle of a bucket's range. */
        static long value(int idx) {
            if (idx < 2 * SUB) return idx;
            int s = idx / SUB - 1;
            long base = (long) (idx - s * SUB) << s;
            return base + (1L << s) / 2;
        }

        void record(long micros) {
            long v = Math.max(0, micros);
            counts[index(v)]++;
            total++;
            if (v > max) max = v;
        }

        void add(Histogram other) {
            for (int i = 0; i < counts.length; i++) counts[i] += other.counts[i];
            total += other.total;
            max = Math.max(max, other.max);
        }

        long percentile(double p) {
            if (total == 0) return 0;
            long rank = (long) Math.ceil(p / 100.0 * total);
            long seen = 0;
            for (int i = 0; i < counts.length; i++) {
                seen += counts[i];
                if (seen >= rank) return Math.min(value(i), max);
            }
            return max;
        }
    }

    // ---------------------------------------------------------------- tokens

    /** Client-credentials tokens, one per till client, refreshed a minute (or a third of the lifetime) before expiry. */
    static final class Tokens {
        private final HttpClient http;
        private final String endpoint;
        private final Map<String, String> secrets;
        private final Map<String, String[]> current = new ConcurrentHashMap<>(); // id -> {token}
        private final Map<String, Long> refreshAt = new ConcurrentHashMap<>();
        final AtomicLong fetched = new AtomicLong();

        Tokens(HttpClient http, String keycloak, String realm, Map<String, String> secrets) {
            this.http = http;
            this.endpoint = keycloak + "/realms/" + realm + "/protocol/openid-connect/token";
            this.secrets = secrets;
        }

        String token(String clientId) {
            Long at = refreshAt.get(clientId);
            if (at == null || System.nanoTime() >= at) {
                synchronized (this) {
                    at = refreshAt.get(clientId);
                    if (at == null || System.nanoTime() >= at) {
                        fetch(clientId);
                    }
                }
            }
            return current.get(clientId)[0];
        }

        private void fetch(String clientId) {
            String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secrets.get(clientId));
            HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            HttpResponse<String> res;
            try {
                res = http.send(req, HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("token request for " + clientId + " to " + endpoint + " failed: " + e, e);
            }
            if (res.statusCode() != 200) {
                throw new IllegalStateException("token request for " + clientId + ": HTTP " + res.statusCode() + " " + res.body());
            }
            String token = jsonString(res.body(), "access_token");
            long expiresIn = jsonLong(res.body(), "expires_in", 300);
            long ahead = Math.min(60, expiresIn / 3);
            current.put(clientId, new String[] {token});
            refreshAt.put(clientId, System.nanoTime() + TimeUnit.SECONDS.toNanos(expiresIn - ahead));
            fetched.incrementAndGet();
        }

        static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    static String jsonString(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static long jsonLong(String json, String field, long dflt) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : dflt;
    }

    // ---------------------------------------------------------------- operations

    /** One kind of till call. A new one is a method here, registered in OPERATIONS and weighted in --mix. */
    interface Operation {
        /** Performs one call; returns its outcome. Must not throw for HTTP-level failures. */
        Outcome run(Till till) throws IOException, InterruptedException;
    }

    /**
     * status: the HTTP status, or a negative code for client-side failures; error: a short label, or null if OK;
     * refused: the server refused by a rule the load expects to meet now and then (e.g. 422 insufficient-balance
     * when two tills pay from the same wallet at once): counted apart, not as an error.
     */
    record Outcome(int status, String error, boolean refused) {
        static final Outcome OK = new Outcome(200, null, false);

        Outcome(int status, String error) {
            this(status, error, false);
        }
    }

    /** Problem codes counted as expected refusals rather than errors. */
    static final java.util.Set<String> EXPECTED_REFUSALS = java.util.Set.of("insufficient-balance");

    static final Map<String, Operation> OPERATIONS = new LinkedHashMap<>();

    static {
        OPERATIONS.put("sale", TillLoad::sale);
        OPERATIONS.put("wallet", TillLoad::wallet);
        OPERATIONS.put("topup", TillLoad::topUp);
        OPERATIONS.put("lookup", TillLoad::lookup);
        OPERATIONS.put("refund", TillLoad::refund);
        OPERATIONS.put("retry", TillLoad::retry);
    }

    static final String[][] DRINKS = {
            {"BEER-25", "drinks"}, {"BEER-50", "drinks"}, {"WINE-GLASS", "drinks"}, {"COCKTAIL", "drinks"},
            {"SODA", "drinks"}, {"COFFEE", "drinks"}, {"WATER", "drinks"}, {"SHOT", "drinks"}};
    static final String[][] FOOD = {
            {"NACHOS", "food"}, {"BURGER", "food"}, {"FRIES", "food"}, {"SALAD", "food"}, {"PROTEIN-BAR", "food"},
            {"SANDWICH", "food"}};

    /** An earning sale on a random card of the range; an unknown card is enrolled by it. */
    static Outcome sale(Till t) throws IOException, InterruptedException {
        int card = ThreadLocalRandom.current().nextInt(t.run.opts.cards);
        return book(t, card, basket(t, t.run.cardCode(card)), 0);
    }

    /**
     * A sale paid from the wallet of a card this till topped up: wholly when the wallet holds enough (half of
     * the time; otherwise half of it), else partly with what the wallet holds; the till collects the rest
     * (dueMinor). Falls back to a top-up while this till knows no card with money on its wallet.
     */
    static Outcome wallet(Till t) throws IOException, InterruptedException {
        int card = t.fundedWallet();
        if (card < 0) return t.fallback("topup", TillLoad::topUp);
        long known = t.wallets.get(card);
        Basket basket = basket(t, t.run.cardCode(card));
        long pay = known >= basket.totalMinor
                ? (ThreadLocalRandom.current().nextBoolean() ? basket.totalMinor : Math.max(1, basket.totalMinor / 2))
                : known;
        Outcome outcome = book(t, card, basket, pay);
        if (outcome.refused()) t.wallets.put(card, 0L); // another till emptied it: top up again before paying
        return outcome;
    }

    /** Posts a sale (with a WALLET payment when walletMinor > 0) and remembers it for retries and refunds. */
    static Outcome book(Till t, int card, Basket basket, long walletMinor) throws IOException, InterruptedException {
        String key = "load-" + t.run.runId + "-" + t.run.round + "-" + t.id + "-" + (++t.seq);
        String body = walletMinor > 0 ? basket.withPayment("WALLET", walletMinor) : basket.json;
        Reply res = t.post("/till/v1/transactions", key, body);
        if (res.statusCode() != 201) return httpError(res);
        String txId = jsonString(res.body(), "transactionId");
        if (txId == null) return new Outcome(res.statusCode(), "no-transactionId");
        t.run.markCreated(t.tenant, card);
        t.noteWallet(card, res.body(), false);
        t.remember(new Sent(key, body, txId, card, basket.quantities));
        t.sales++;
        return new Outcome(201, null);
    }

    /**
     * Tops up, paid CASH or CARD, 20.00 to 100.00 on the wallet of a random card among this till's share of the
     * range (card number = till number modulo tills; enrolled if unknown): a member's card is at one till at a
     * time, so wallet payments rarely meet another till's on the same card.
     */
    static Outcome topUp(Till t) throws IOException, InterruptedException {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        int cards = t.run.opts.cards;
        int tills = t.run.opts.tills;
        int card = t.id < cards ? t.id + tills * r.nextInt((cards - t.id + tills - 1) / tills) : r.nextInt(cards);
        long amount = 2000 + 500L * r.nextInt(17);
        String key = "load-" + t.run.runId + "-" + t.run.round + "-" + t.id + "-" + (++t.seq);
        String body = "{\"cardCode\":\"" + t.run.cardCode(card) + "\",\"storeCode\":\"" + t.run.opts.store
                + "\",\"staffCode\":\"" + t.staffCode() + "\",\"amountMinor\":" + amount
                + ",\"tender\":\"" + (r.nextBoolean() ? "CASH" : "CARD") + "\"}";
        Reply res = t.post("/till/v1/topups", key, body);
        if (res.statusCode() != 201) return httpError(res);
        if (jsonString(res.body(), "transactionId") == null) return new Outcome(res.statusCode(), "no-transactionId");
        Long wallet = balanceOf(res.body(), "WALLET");
        if (wallet == null || wallet < amount) return new Outcome(res.statusCode(), "topup-not-in-balance");
        t.run.markCreated(t.tenant, card);
        t.noteWallet(card, res.body(), true);
        return new Outcome(201, null);
    }

    static Outcome lookup(Till t) throws IOException, InterruptedException {
        int card = t.run.createdCard(t.tenant);
        if (card < 0) return t.fallback("sale", TillLoad::sale); // no card exists yet for this tenant
        Reply res = t.get("/till/v1/cards/" + t.run.cardCode(card));
        return res.statusCode() == 200 ? new Outcome(200, null) : httpError(res);
    }

    /**
     * Refunds one of the till's last 16 sales not refunded yet: whole (half of the time), or part of one line.
     * Each sale is refunded at most once by this program. Falls back to a sale when there is none.
     */
    static Outcome refund(Till t) throws IOException, InterruptedException {
        Sent sale = t.unrefunded();
        if (sale == null) return t.fallback("sale", TillLoad::sale);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder body = new StringBuilder(160).append("{\"storeCode\":\"").append(t.run.opts.store)
                .append("\",\"staffCode\":\"").append(t.staffCode()).append("\",\"transactionId\":\"").append(sale.txId).append('"');
        if (r.nextBoolean()) {
            int line = r.nextInt(sale.quantities.length);
            body.append(",\"lines\":[{\"lineNo\":").append(line + 1).append(",\"quantity\":")
                    .append(1 + r.nextInt(sale.quantities[line])).append("}]");
        }
        body.append('}');
        sale.refunded = true;
        String key = "load-" + t.run.runId + "-" + t.run.round + "-" + t.id + "-" + (++t.seq);
        Reply res = t.post("/till/v1/refunds", key, body.toString());
        if (res.statusCode() != 201) return httpError(res);
        String txId = jsonString(res.body(), "transactionId");
        if (txId == null) return new Outcome(res.statusCode(), "no-transactionId");
        if (!sale.txId.equals(jsonString(res.body(), "originalTransactionId"))) return new Outcome(res.statusCode(), "refund-wrong-original");
        t.noteWallet(sale.card, res.body(), false);
        return new Outcome(201, null);
    }

    static Outcome retry(Till t) throws IOException, InterruptedException {
        Sent sent = t.recall();
        if (sent == null) return t.fallback("sale", TillLoad::sale); // nothing sent yet by this till
        Reply res = t.post("/till/v1/transactions", sent.key, sent.body);
        if (res.statusCode() != 201) return httpError(res);
        String txId = jsonString(res.body(), "transactionId");
        boolean replayed = "true".equalsIgnoreCase(res.header("Idempotency-Replayed"));
        if (!sent.txId.equals(txId)) return new Outcome(res.statusCode(), "retry-mismatch");
        if (!replayed) return new Outcome(res.statusCode(), "retry-not-marked-replayed");
        return new Outcome(201, null);
    }

    /** An HTTP failure, labelled with the problem+json code when the answer has one; expected refusals marked. */
    static Outcome httpError(Reply res) {
        String code = res.body() == null ? null : jsonString(res.body(), "code");
        String label = code != null && code.matches("[A-Za-z0-9._-]{1,64}") ? code : "http";
        return new Outcome(res.statusCode(), label, res.statusCode() == 422 && EXPECTED_REFUSALS.contains(label));
    }

    /** The balance of an asset in an answer's "balances" array, or null if it has none. */
    static Long balanceOf(String json, String asset) {
        int from = json.indexOf("\"balances\"");
        if (from < 0) return null;
        int end = json.indexOf(']', from);
        Matcher m = Pattern.compile("\\{[^{}]*\"asset\"\\s*:\\s*\"" + Pattern.quote(asset) + "\"[^{}]*\\}")
                .matcher(json.substring(from, end < 0 ? json.length() : end));
        if (!m.find()) return null;
        long v = jsonLong(m.group(), "balance", Long.MIN_VALUE);
        return v == Long.MIN_VALUE ? null : v;
    }

    /** A sale's JSON body without payments, its total and the quantity of each line. */
    record Basket(String json, long totalMinor, int[] quantities) {
        String withPayment(String tender, long amountMinor) {
            return json.substring(0, json.length() - 1) + ",\"payments\":[{\"tender\":\"" + tender + "\",\"amountMinor\":" + amountMinor + "}]}";
        }
    }

    static Basket basket(Till t, String cardCode) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        int lines = 1 + r.nextInt(6);
        int[] quantities = new int[lines];
        long total = 0;
        StringBuilder b = new StringBuilder(96 + lines * 96);
        b.append("{\"cardCode\":\"").append(cardCode).append("\",\"storeCode\":\"").append(t.run.opts.store)
                .append("\",\"staffCode\":\"").append(t.staffCode()).append("\",\"lines\":[");
        for (int i = 0; i < lines; i++) {
            String[] item = r.nextInt(100) < 70 ? DRINKS[r.nextInt(DRINKS.length)] : FOOD[r.nextInt(FOOD.length)];
            int quantity = r.nextInt(100) < 75 ? 1 : 2 + r.nextInt(3);
            int price = 150 + r.nextInt(2351); // 150..2500 cents
            quantities[i] = quantity;
            total += (long) quantity * price;
            if (i > 0) b.append(',');
            b.append("{\"sku\":\"").append(item[0]).append("\",\"category\":\"").append(item[1])
                    .append("\",\"quantity\":").append(quantity).append(",\"unitPriceMinor\":").append(price).append('}');
        }
        return new Basket(b.append("]}").toString(), total, quantities);
    }

    /** A sale this till booked: for retries (same key and body) and refunds. */
    static final class Sent {
        final String key;
        final String body;
        final String txId;
        final int card;
        final int[] quantities;
        boolean refunded;

        Sent(String key, String body, String txId, int card, int[] quantities) {
            this.key = key;
            this.body = body;
            this.txId = txId;
            this.card = card;
            this.quantities = quantities;
        }
    }

    // ---------------------------------------------------------------- till HTTP

    /** An answer from the till API: status, the headers asked about, body. */
    record Reply(int statusCode, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * One till's keep-alive HTTP/1.1 connection, blocking, as a till's own client would hold it. Hand-written
     * rather than java.net.http: that client's asynchronous machinery cost ~0.4 ms of CPU per call, on the same
     * two cores as the product it measures.
     */
    static final class TillConnection {
        private final URI base;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        TillConnection(URI base) {
            this.base = base;
        }

        Reply exchange(String method, String path, String token, String key, String body) throws IOException {
            byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(512).append(method).append(' ').append(base.getPath()).append(path)
                    .append(" HTTP/1.1\r\nHost: ").append(base.getHost()).append(':').append(base.getPort())
                    .append("\r\nAuthorization: Bearer ").append(token).append("\r\nAccept: application/json\r\n");
            if (key != null) head.append("Idempotency-Key: ").append(key).append("\r\n");
            if (body != null) head.append("Content-Type: application/json\r\nContent-Length: ").append(payload.length).append("\r\n");
            head.append("\r\n");
            boolean reused = socket != null;
            try {
                return send(head.toString().getBytes(StandardCharsets.ISO_8859_1), payload);
            } catch (IOException e) {
                close();
                if (!reused || e instanceof java.net.SocketTimeoutException) throw e;
                return send(head.toString().getBytes(StandardCharsets.ISO_8859_1), payload); // the server closed an idle connection
            }
        }

        private Reply send(byte[] head, byte[] payload) throws IOException {
            if (socket == null) {
                socket = new Socket(base.getHost(), base.getPort());
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(10_000);
                in = new BufferedInputStream(socket.getInputStream(), 16_384);
                out = socket.getOutputStream();
            }
            byte[] request = new byte[head.length + payload.length];
            System.arraycopy(head, 0, request, 0, head.length);
            System.arraycopy(payload, 0, request, head.length, payload.length);
            out.write(request);
            out.flush();
            String status = line();
            if (status == null || !status.startsWith("HTTP/1.1 ")) throw new IOException("bad status line " + status);
            int code = Integer.parseInt(status.substring(9, 12));
            Map<String, String> headers = new HashMap<>();
            long length = -1;
            boolean chunked = false, closing = false;
            for (String line = line(); line != null && !line.isEmpty(); line = line()) {
                int colon = line.indexOf(':');
                if (colon < 0) continue;
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT), value = line.substring(colon + 1).trim();
                headers.put(name, value);
                if (name.equals("content-length")) length = Long.parseLong(value);
                else if (name.equals("transfer-encoding")) chunked = value.equalsIgnoreCase("chunked");
                else if (name.equals("connection")) closing = value.equalsIgnoreCase("close");
            }
            byte[] content = chunked ? chunks() : in.readNBytes((int) Math.max(length, 0));
            if (closing) close();
            return new Reply(code, headers, new String(content, StandardCharsets.UTF_8));
        }

        private byte[] chunks() throws IOException {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            while (true) {
                String size = line();
                if (size == null) throw new IOException("connection closed in a chunked body");
                int n = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (n == 0) {
                    while (true) { String trailer = line(); if (trailer == null || trailer.isEmpty()) break; }
                    return all.toByteArray();
                }
                all.write(in.readNBytes(n));
                line();
            }
        }

        /** A header line without its CRLF, or null at the end of the stream. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                line.append((char) c);
            }
            return line.length() == 0 ? null : line.toString();
        }

        void close() {
            if (socket != null) {
                try { socket.close(); } catch (IOException ignored) { }
            }
            socket = null;
        }
    }

    // ---------------------------------------------------------------- run state

    static final class Run {
        final Options opts;
        final String runId = Long.toString(System.currentTimeMillis(), 36);
        volatile int round; // part of every idempotency key: each round's tills count their calls from 1 again
        final HttpClient http;
        final Tokens tokens;
        final Map<String, List<String>> staff;
        final Map<String, AtomicIntegerArray> created = new ConcurrentHashMap<>(); // tenant -> card created?
        final Map<String, AtomicLong> createdCount = new ConcurrentHashMap<>();
        final String[] mixNames;
        final int[] mixCumulative;
        volatile long measureFrom;   // nanoTime
        volatile long measureUntil;  // nanoTime
        final AtomicLong measuredOps = new AtomicLong();

        Run(Options opts, HttpClient http, Map<String, List<String>> staff) {
            this.opts = opts;
            this.http = http;
            this.staff = staff;
            this.tokens = new Tokens(http, opts.keycloak, opts.realm, opts.clients);
            mixNames = opts.mix.keySet().toArray(new String[0]);
            mixCumulative = new int[mixNames.length];
            int sum = 0;
            for (int i = 0; i < mixNames.length; i++) {
                sum += opts.mix.get(mixNames[i]);
                mixCumulative[i] = sum;
            }
        }

        String cardCode(int card) {
            return opts.cardPrefix + String.format(Locale.ROOT, "%0" + opts.cardDigits + "d", (long) opts.cardFrom + card);
        }

        void markCreated(String tenant, int card) {
            AtomicIntegerArray a = created.computeIfAbsent(tenant, k -> new AtomicIntegerArray(opts.cards));
            if (a.getAndSet(card, 1) == 0) createdCount.computeIfAbsent(tenant, k -> new AtomicLong()).incrementAndGet();
        }

        /** A random card of this tenant that exists (--cards-exist) or that a call of this run created, or -1. */
        int createdCard(String tenant) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            if (opts.cardsExist) return r.nextInt(opts.cards);
            AtomicIntegerArray a = created.get(tenant);
            if (a == null) return -1;
            for (int tries = 0; tries < 8; tries++) {
                int c = r.nextInt(opts.cards);
                if (a.get(c) == 1) return c;
            }
            return -1;
        }

        String pickOperation() {
            int x = ThreadLocalRandom.current().nextInt(mixCumulative[mixCumulative.length - 1]);
            for (int i = 0; i < mixCumulative.length; i++) if (x < mixCumulative[i]) return mixNames[i];
            return mixNames[mixNames.length - 1];
        }
    }

    static final class Till implements Runnable {
        final Run run;
        final int id;
        final String clientId;
        final String tenant;
        long seq;
        long sales;
        final Sent[] recent = new Sent[16];
        int recentCount;
        final Map<Integer, Long> wallets = new LinkedHashMap<>(); // card -> WALLET balance last seen by this till
        String ranAs; // the operation actually run when the one picked had to fall back to another
        final Map<String, Histogram> hist = new TreeMap<>();
        final Map<String, Long> errors = new TreeMap<>(); // "op status label" -> count
        final Map<String, Long> refusals = new TreeMap<>(); // "op status code" -> count
        final Map<String, Long> count = new TreeMap<>();
        final TillConnection connection;

        Till(Run run, int id, String clientId, String tenant) {
            this.connection = new TillConnection(URI.create(run.opts.api));
            this.run = run;
            this.id = id;
            this.clientId = clientId;
            this.tenant = tenant;
        }

        Reply post(String path, String key, String body) throws IOException, InterruptedException {
            return connection.exchange("POST", path, run.tokens.token(clientId), key, body);
        }

        Reply get(String path) throws IOException, InterruptedException {
            return connection.exchange("GET", path, run.tokens.token(clientId), null, null);
        }

        String staffCode() {
            List<String> staff = run.staff.getOrDefault(tenant, List.of("alex"));
            return staff.get(ThreadLocalRandom.current().nextInt(staff.size()));
        }

        void remember(Sent sent) {
            recent[recentCount++ % recent.length] = sent;
        }

        Sent recall() {
            if (recentCount == 0) return null;
            int n = Math.min(recentCount, recent.length);
            return recent[ThreadLocalRandom.current().nextInt(n)];
        }

        /** A recent sale of this till not refunded yet, or null. */
        Sent unrefunded() {
            int n = Math.min(recentCount, recent.length);
            int first = n == 0 ? 0 : ThreadLocalRandom.current().nextInt(n);
            for (int i = 0; i < n; i++) {
                Sent s = recent[(first + i) % n];
                if (!s.refunded) return s;
            }
            return null;
        }

        /** A card whose wallet this till last saw with money on it, or -1. */
        int fundedWallet() {
            for (Map.Entry<Integer, Long> w : wallets.entrySet()) if (w.getValue() > 0) return w.getKey();
            return -1;
        }

        /**
         * Notes the card's WALLET balance from an answer. Only cards this till topped up are followed (adopt on a
         * top-up; the 16 last), so that a plain sale on a card another till tops up does not make it pay from it.
         */
        void noteWallet(int card, String answer, boolean adopt) {
            if (!adopt && !wallets.containsKey(card)) return;
            Long balance = balanceOf(answer, "WALLET");
            if (balance == null) return;
            wallets.remove(card);
            wallets.put(card, balance);
            if (wallets.size() > 16) wallets.remove(wallets.keySet().iterator().next());
        }

        /** Runs another operation instead of the one picked, which cannot run yet; it is counted as that other one. */
        Outcome fallback(String op, Operation operation) throws IOException, InterruptedException {
            ranAs = op;
            return operation.run(this);
        }

        @Override
        public void run() {
            long salesAtStart = 0;
            boolean measuring = false;
            while (!Thread.currentThread().isInterrupted()) {
                long now = System.nanoTime();
                if (now >= run.measureUntil) break;
                if (!measuring && now >= run.measureFrom) { measuring = true; salesAtStart = sales; }
                String op = run.pickOperation();
                ranAs = null;
                long start = System.nanoTime();
                Outcome outcome;
                try {
                    outcome = OPERATIONS.get(op).run(this);
                } catch (java.net.http.HttpTimeoutException | java.net.SocketTimeoutException e) {
                    connection.close();
                    outcome = new Outcome(-1, "timeout");
                } catch (IOException e) {
                    connection.close();
                    outcome = new Outcome(-2, "io:" + e.getClass().getSimpleName());
                } catch (InterruptedException e) {
                    break;
                } catch (RuntimeException e) {
                    outcome = new Outcome(-3, "client:" + e.getClass().getSimpleName());
                    if (e.getMessage() != null && e.getMessage().startsWith("token request")) {
                        System.err.println("TillLoad: " + e.getMessage());
                        sleepQuietly(1000);
                    }
                }
                long end = System.nanoTime();
                if (ranAs != null) op = ranAs;
                // count an operation if it started inside the measured window
                if (start >= run.measureFrom && start < run.measureUntil) {
                    hist.computeIfAbsent(op, k -> new Histogram()).record((end - start) / 1000);
                    count.merge(op, 1L, Long::sum);
                    if (outcome.refused()) {
                        refusals.merge(op + " " + outcome.status() + " " + outcome.error(), 1L, Long::sum);
                    } else if (outcome.error() != null) {
                        errors.merge(op + " " + (outcome.status() > 0 ? outcome.status() : "-") + " " + outcome.error(), 1L, Long::sum);
                    }
                    if (run.measuredOps.incrementAndGet() >= run.opts.maxOps) run.measureUntil = System.nanoTime();
                }
            }
            if (measuring) sales -= salesAtStart; else sales = 0;
        }
    }

    static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- staff codes

    /** Staff codes per tenant, from tenants/demo/<tenant>.json and its template; the demo ones if not found. */
    static Map<String, List<String>> staffCodes(Options o) {
        Map<String, List<String>> staff = new LinkedHashMap<>();
        staff.put("demo-bar", List.of("alex", "sam"));
        staff.put("demo-gym", List.of("coach", "desk"));
        Path repo = o.repo != null ? Path.of(o.repo) : Path.of(System.getProperty("user.dir"));
        if (o.repo == null && !Files.isDirectory(repo.resolve("tenants/demo"))) repo = repo.getParent() == null ? repo : repo.getParent();
        Path demo = repo.resolve("tenants/demo");
        if (!Files.isDirectory(demo)) return staff;
        try (var files = Files.list(demo)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                String json = Files.readString(f);
                String id = jsonString(json, "id");
                String template = jsonString(json, "template");
                if (id == null || template == null) continue;
                Path t = repo.resolve("tenants/templates/" + template + ".json");
                String source = json.contains("\"staff\"") ? json : Files.isRegularFile(t) ? Files.readString(t) : "";
                Matcher block = Pattern.compile("\"staff\"\\s*:\\s*\\[(.*?)\\]", Pattern.DOTALL).matcher(source);
                if (!block.find()) continue;
                Matcher code = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"").matcher(block.group(1));
                List<String> codes = new ArrayList<>();
                while (code.find()) codes.add(code.group(1));
                if (!codes.isEmpty()) staff.put(id, codes);
            }
        } catch (IOException e) {
            System.err.println("TillLoad: could not read staff codes from " + demo + ": " + e);
        }
        return staff;
    }

    /** The tenant of a till client, from the access token's organization claim (or the client id). */
    static String tenantOf(String token, String clientId) {
        try {
            String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\"organization\"\\s*:\\s*(?:\\[\\s*\"([^\"]+)\"|\\{\\s*\"([^\"]+)\")").matcher(payload);
            if (m.find()) return m.group(1) != null ? m.group(1) : m.group(2);
        } catch (RuntimeException ignored) {
            // fall through
        }
        Matcher m = Pattern.compile("till-(.+)-[^-]+-\\d+").matcher(clientId);
        return m.matches() ? m.group(1) : clientId;
    }

    // ---------------------------------------------------------------- main

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Run run = new Run(o, http, staffCodes(o));
        List<String> clientIds = new ArrayList<>(o.clients.keySet());
        Map<String, String> tenantOfClient = new LinkedHashMap<>();
        for (String c : clientIds) {
            try {
                tenantOfClient.put(c, tenantOf(run.tokens.token(c), c));
            } catch (IllegalStateException e) {
                die(e.getMessage() + " (is the product running? tenants/fidelis run)");
            }
        }

        System.out.printf(Locale.ROOT, "till-load api=%s tills=%d cards=%d warmup_s=%d seconds=%d mix=%s clients=%s card_codes=%s..%s%s%n",
                o.api, o.tills, o.cards, o.warmup, o.seconds, mixText(o.mix), tenantOfClient.values(),
                run.cardCode(0), run.cardCode(o.cards - 1), o.cardsExist ? " cards_exist" : "");

        List<double[]> rounds = new ArrayList<>();
        for (int round = 1; round <= o.rounds; round++) {
            if (o.rounds > 1) {
                System.out.printf(Locale.ROOT, "--- round %d of %d%n", round, o.rounds);
            }
            rounds.add(runRound(o, run, clientIds, tenantOfClient));
        }
        if (o.rounds > 1) {
            printMedians(rounds);
        }
    }

    /** The till run and its report, then pgbench: {sales per second, pgbench tps (NaN without), sale p99 in ms}. */
    static double[] runRound(Options o, Run run, List<String> clientIds, Map<String, String> tenantOfClient)
            throws InterruptedException {
        int poolThreads = o.tills;
        run.round++;
        run.measuredOps.set(0);
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        run.measureFrom = t0 + TimeUnit.SECONDS.toNanos(o.warmup);
        run.measureUntil = run.measureFrom + TimeUnit.SECONDS.toNanos(o.seconds);
        List<Till> tills = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(poolThreads, r -> {
            Thread th = new Thread(r, "till");
            th.setDaemon(true);
            return th;
        });
        for (int i = 0; i < o.tills; i++) {
            String client = clientIds.get(i % clientIds.size());
            Till t = new Till(run, i, client, tenantOfClient.get(client));
            tills.add(t);
            pool.execute(t);
        }
        pool.shutdown();
        // every till stops by itself at measureUntil; a request can take at most its 10 s timeout more
        if (!pool.awaitTermination(o.warmup + o.seconds + 30L, TimeUnit.SECONDS)) {
            System.err.println("TillLoad: tills did not stop in time; interrupting");
            pool.shutdownNow();
            pool.awaitTermination(15, TimeUnit.SECONDS);
        }
        long measuredNanos = Math.min(run.measureUntil, System.nanoTime()) - run.measureFrom;
        double secs = Math.max(1e-9, measuredNanos / 1e9);
        long cpu1 = processCpuNanos();

        Map<String, Histogram> byOp = new TreeMap<>();
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Long> errors = new TreeMap<>();
        Map<String, Long> refusals = new TreeMap<>();
        Histogram all = new Histogram();
        long sales = 0;
        for (Till t : tills) {
            t.hist.forEach((op, h) -> { byOp.computeIfAbsent(op, k -> new Histogram()).add(h); all.add(h); });
            t.count.forEach((op, c) -> counts.merge(op, c, Long::sum));
            t.errors.forEach((k, c) -> errors.merge(k, c, Long::sum));
            t.refusals.forEach((k, c) -> refusals.merge(k, c, Long::sum));
            sales += t.sales;
        }
        long ops = all.total;
        long errorCount = errors.values().stream().mapToLong(Long::longValue).sum();
        long refusedCount = refusals.values().stream().mapToLong(Long::longValue).sum();

        System.out.printf(Locale.ROOT, "measured_s=%.1f ops=%d errors=%d ops_per_s=%.1f sales_per_s=%.1f refused=%d%n",
                secs, ops, errorCount, ops / secs, sales / secs, refusedCount);
        System.out.printf(Locale.ROOT, "%-8s %8s %9s %8s %8s %8s %8s %7s %7s%n", "op", "count", "ops/s", "p50_ms", "p95_ms", "p99_ms", "max_ms", "errors", "refused");
        List<String> rows = new ArrayList<>(o.mix.keySet());
        for (String op : byOp.keySet()) if (!rows.contains(op)) rows.add(op);
        for (String op : rows) {
            Histogram h = byOp.getOrDefault(op, new Histogram());
            printRow(op, h, secs, sumFor(errors, op), sumFor(refusals, op));
        }
        printRow("all", all, secs, errorCount, refusedCount);
        if (errors.isEmpty()) {
            System.out.println("errors none");
        } else {
            errors.forEach((k, c) -> System.out.println("errors " + k + " " + c));
        }
        if (refusals.isEmpty()) {
            System.out.println("refusals none");
        } else {
            refusals.forEach((k, c) -> System.out.println("refusals " + k + " " + c));
        }
        long createdCards = run.createdCount.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf(Locale.ROOT, "client cpu_s=%.1f (load generator's own CPU, all phases) tokens_fetched=%d cards_seen=%d%n",
                (cpu1 - cpu0) / 1e9, run.tokens.fetched.get(), createdCards);

        double salesPerSec = sales / secs;
        double p99 = byOp.containsKey("sale") ? byOp.get("sale").percentile(99) / 1000.0 : all.percentile(99) / 1000.0;
        Double tps = o.pgbench ? pgbench(o) : null;
        if (tps != null) {
            System.out.printf(Locale.ROOT, "ratio sales_per_s/pgbench_tps=%.3f (target >= 0.50) %s%n",
                    salesPerSec / tps, salesPerSec / tps >= 0.5 ? "PASS" : "FAIL");
        }
        System.out.printf(Locale.ROOT, "target sale_p99_ms=%.1f (target < 25 at 32 tills) %s%n", p99, p99 < 25 ? "PASS" : "FAIL");
        return new double[] {salesPerSec, tps == null ? Double.NaN : tps, p99};
    }

    static void printMedians(List<double[]> rounds) {
        StringBuilder ratios = new StringBuilder();
        List<Double> ratioValues = new ArrayList<>();
        for (double[] r : rounds) {
            double ratio = r[0] / r[1];
            ratios.append(ratios.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.3f", ratio));
            if (!Double.isNaN(ratio)) ratioValues.add(ratio);
        }
        double p99 = median(rounds.stream().map(r -> r[2]).toList());
        System.out.printf(Locale.ROOT, "rounds=%d sales_per_s_median=%.1f sale_p99_ms_median=%.1f%n", rounds.size(),
                median(rounds.stream().map(r -> r[0]).toList()), p99);
        if (!ratioValues.isEmpty()) {
            double ratio = median(ratioValues);
            System.out.printf(Locale.ROOT, "ratio_median=%.3f (rounds: %s) (target >= 0.50) %s%n", ratio, ratios,
                    ratio >= 0.5 ? "PASS" : "FAIL");
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static void printRow(String op, Histogram h, double secs, long errors, long refused) {
        System.out.printf(Locale.ROOT, "%-8s %8d %9.1f %8.1f %8.1f %8.1f %8.1f %7d %7d%n", op, h.total, h.total / secs,
                h.percentile(50) / 1000.0, h.percentile(95) / 1000.0, h.percentile(99) / 1000.0, h.max / 1000.0, errors, refused);
    }

    static long sumFor(Map<String, Long> byKey, String op) {
        return byKey.entrySet().stream().filter(x -> x.getKey().startsWith(op + " ")).mapToLong(Map.Entry::getValue).sum();
    }

    static String mixText(Map<String, Integer> mix) {
        StringBuilder b = new StringBuilder();
        mix.forEach((k, v) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return b.toString();
    }

    static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime();
        return 0;
    }

    // ---------------------------------------------------------------- pgbench

    /** pgbench TPC-B on a scratch database of the same server; returns tps, or null if it could not run. */
    static Double pgbench(Options o) {
        String db = o.pgDb;
        try {
            int rc = exec(o, 120, false, "dropdb", "--if-exists", db);
            rc = rc == 0 ? exec(o, 120, false, "createdb", db) : rc;
            rc = rc == 0 ? exec(o, 600, false, "pgbench", "-i", "-q", "-s", String.valueOf(o.pgScale), db) : rc;
            if (rc != 0) {
                System.out.println("pgbench failed to initialise (exit " + rc + ")");
                return null;
            }
            List<String> out = new ArrayList<>();
            rc = execCapture(o, o.pgSeconds + 120L, out, "pgbench", "-M", "prepared", "-c", String.valueOf(o.pgClients),
                    "-j", "2", "-T", String.valueOf(o.pgSeconds), db);
            Double tps = null;
            String latency = "?";
            for (String line : out) {
                Matcher m = Pattern.compile("^tps = ([0-9.]+) \\(without initial connection time\\)").matcher(line.trim());
                if (m.find()) tps = Double.parseDouble(m.group(1));
                Matcher l = Pattern.compile("^latency average = ([0-9.]+) ms").matcher(line.trim());
                if (l.find()) latency = l.group(1);
            }
            if (rc != 0 || tps == null) {
                System.out.println("pgbench run failed (exit " + rc + ")");
                out.forEach(line -> System.out.println("pgbench| " + line));
                return null;
            }
            System.out.printf(Locale.ROOT, "pgbench scale=%d clients=%d threads=2 seconds=%d mode=prepared tps=%.1f latency_avg_ms=%s%n",
                    o.pgScale, o.pgClients, o.pgSeconds, tps, latency);
            return tps;
        } catch (IOException | InterruptedException e) {
            System.out.println("pgbench could not run: " + e);
            return null;
        } finally {
            if (!o.pgKeep) {
                try {
                    exec(o, 120, false, "dropdb", "--if-exists", db);
                } catch (IOException | InterruptedException e) {
                    System.err.println("TillLoad: could not drop " + db + ": " + e);
                }
            }
        }
    }

    static ProcessBuilder pg(Options o, String... command) {
        List<String> cmd = new ArrayList<>(List.of(command));
        cmd.addAll(1, List.of("-h", o.pgHost, "-p", String.valueOf(o.pgPort), "-U", o.pgUser));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PGPASSWORD", o.pgPassword);
        pb.environment().put("PGCONNECT_TIMEOUT", "10");
        return pb;
    }

    static int exec(Options o, long timeoutSeconds, boolean show, String... command) throws IOException, InterruptedException {
        List<String> out = new ArrayList<>();
        int rc = execCapture(o, timeoutSeconds, out, command);
        if (rc != 0 || show) out.forEach(line -> System.err.println(command[0] + "| " + line));
        return rc;
    }

    static int execCapture(Options o, long timeoutSeconds, List<String> out, String... command) throws IOException, InterruptedException {
        Process p = pg(o, command).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (out) {
                        out.add(line);
                    }
                }
            } catch (IOException ignored) {
                // process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            out.add(command[0] + " killed after " + timeoutSeconds + " s");
            return -1;
        }
        reader.join(5000);
        return p.exitValue();
    }
}
