// Hot deployment under till load. Single-file program, JDK 17+ only, no build step:
//
//   java bench/HotDeployLoad.java [options]          (see bench/README.md, or --help)
//
// N tills sell and look up cards without pause while the merchant plugins are installed, updated (a rebuilt jar
// with a new bundle version) and removed in a loop through support's plugin API. Prints how long each plugin took
// to become live (and to go), the failed till calls and the lost ones: every sale answered 201 is sent again with
// its Idempotency-Key at the end, and must come back as a replay of the same transaction. Bounded in time and count.

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class HotDeployLoad {

    static String api = "http://localhost:8181/api";
    static String keycloak = "http://localhost:8180";
    static String realm = "fidelis";
    static String kcAdmin = "admin:admin";
    static String supportClient = null; // id=secret; default: fidelis-provisioner, its secret read with --kc-admin
    static String tillClient = "till-demo-bar-main-1=demo-bar-main-1-secret";
    static String tenant = "demo-bar";
    static String store = "main";
    static String staff = "alex";
    static int tills = 8;
    static int cycles = 3;
    static long pauseMillis = 1000;
    static long liveTimeoutMillis = 60_000;
    static List<String> plugins = List.of("bar-offerts", "casino-regulars", "hairdresser-prepaid", "gym-bonos");
    static Path repo = Path.of(System.getProperty("user.dir"));

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        parse(args);
        String support = supportToken();
        registerTenant(support);
        Map<String, byte[]> jars = new LinkedHashMap<>();
        for (String plugin : plugins) {
            jars.put(plugin, Files.readAllBytes(builtJar(plugin)));
        }
        Tills load = new Tills();
        load.start();
        Map<String, List<Long>> timings = new LinkedHashMap<>();
        boolean programsConfigured = false;
        try {
            for (int cycle = 1; cycle <= cycles; cycle++) {
                for (String plugin : plugins) {
                    String installed = "1." + cycle + ".0";
                    time(timings, plugin + " install", () -> upload(supportToken(), plugin, withVersion(jars.get(plugin), installed), installed));
                    if (!programsConfigured && plugin.equals(plugins.get(plugins.size() - 1))) {
                        configurePrograms(supportToken());
                        programsConfigured = true;
                    }
                }
                Thread.sleep(pauseMillis);
                for (String plugin : plugins) {
                    String updated = "1." + cycle + ".1";
                    time(timings, plugin + " update", () -> upload(supportToken(), plugin, withVersion(jars.get(plugin), updated), updated));
                }
                Thread.sleep(pauseMillis);
                for (String plugin : plugins) {
                    time(timings, plugin + " remove", () -> remove(supportToken(), plugin));
                }
                Thread.sleep(pauseMillis);
            }
            // leave them installed, so the programs this run configured keep working
            for (String plugin : plugins) {
                String last = "1." + cycles + ".2";
                upload(supportToken(), plugin, withVersion(jars.get(plugin), last), last);
            }
            Thread.sleep(pauseMillis);
        } finally {
            load.stop();
        }
        int lost = load.verifyBooked();
        System.out.printf("hot-deploy api=%s tenant=%s tills=%d cycles=%d plugins=%s%n", api, tenant, tills, cycles, String.join(",", plugins));
        System.out.printf("till calls=%d sales=%d lookups=%d failed=%d lost=%d paused_messages=%d%n",
                load.sales.get() + load.lookups.get() + load.failures.size(), load.sales.get(), load.lookups.get(),
                load.failures.size(), lost, load.paused.get());
        System.out.println("step                          n   min_ms   p50_ms   max_ms   (until the type is live / gone in the registry)");
        timings.forEach((step, values) -> {
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            System.out.printf("%-28s %2d %8d %8d %8d%n", step, sorted.size(), sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
        });
        Map<String, Integer> byKind = new LinkedHashMap<>();
        load.failures.forEach(f -> byKind.merge(f.length() > 120 ? f.substring(0, 120) : f, 1, Integer::sum));
        if (byKind.isEmpty()) {
            System.out.println("errors none");
        }
        byKind.forEach((kind, count) -> System.out.println("errors " + count + " x " + kind));
        System.out.println(load.failures.isEmpty() && lost == 0 ? "target failed=0 lost=0 PASS" : "target failed=0 lost=0 FAIL");
    }

    // ---------------------------------------------------------------- the tills

    static final class Tills {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger sales = new AtomicInteger();
        final AtomicInteger lookups = new AtomicInteger();
        final AtomicInteger paused = new AtomicInteger();
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        final Map<String, String[]> booked = new ConcurrentHashMap<>(); // key -> {body, transactionId}
        final List<Thread> threads = new ArrayList<>();
        final String prefix = "hot-" + System.currentTimeMillis() + "-";
        final long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();

        void start() {
            for (int t = 0; t < tills; t++) {
                int till = t;
                Thread thread = new Thread(() -> run(till), "till-" + t);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
        }

        void run(int till) {
            for (int i = 0; running.get() && System.nanoTime() < deadline; i++) {
                String card = "HOT-" + till + "-" + (i % 20);
                try {
                    if (i % 6 == 5) {
                        HttpResponse<String> lookup = send(get(api + "/till/v1/cards/" + card, tillToken()));
                        lookups.incrementAndGet();
                        if (lookup.statusCode() != 200 && lookup.statusCode() != 404) {
                            failures.add("lookup " + lookup.statusCode() + " " + lookup.body());
                        }
                        continue;
                    }
                    String key = prefix + till + "-" + i;
                    String body = "{\"cardCode\":\"" + card + "\",\"storeCode\":\"" + store + "\",\"staffCode\":\"" + staff
                            + "\",\"lines\":[{\"sku\":\"BEER-25\",\"category\":\"drinks\",\"quantity\":" + (1 + i % 3) + ",\"unitPriceMinor\":450}]}";
                    HttpResponse<String> sale = send(post(api + "/till/v1/transactions", tillToken(), body).header("Idempotency-Key", key).build());
                    String id = field(sale.body(), "transactionId");
                    if (sale.statusCode() != 201 || id == null) {
                        failures.add("sale " + sale.statusCode() + " " + sale.body());
                    } else {
                        sales.incrementAndGet();
                        booked.put(key, new String[] {body, id});
                        if (sale.body().contains("is paused")) {
                            paused.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failures.add(e.getClass().getSimpleName() + " " + e.getMessage());
                }
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(60_000);
            }
        }

        /** Sends every answered sale again with its key: a booked sale comes back as a replay of the same transaction. */
        int verifyBooked() throws Exception {
            int lost = 0;
            for (Map.Entry<String, String[]> sale : booked.entrySet()) {
                HttpResponse<String> replay = send(post(api + "/till/v1/transactions", tillToken(), sale.getValue()[0])
                        .header("Idempotency-Key", sale.getKey()).build());
                boolean same = replay.statusCode() == 201 && sale.getValue()[1].equals(field(replay.body(), "transactionId"))
                        && "true".equals(replay.headers().firstValue("Idempotency-Replayed").orElse(""));
                if (!same) {
                    lost++;
                    System.out.println("lost " + sale.getKey() + ": " + replay.statusCode() + " " + replay.body());
                }
            }
            return lost;
        }
    }

    // ---------------------------------------------------------------- support's side

    static long upload(String token, String plugin, byte[] jar, String version) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(api + "/admin/v1/plugins")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/java-archive")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jar)).build());
        require(answer, 201, "upload " + plugin);
        return awaitVersion(token, plugin, version, start);
    }

    static long remove(String token, String plugin) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(api + "/admin/v1/plugins/fidelis-plugin-" + plugin))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).DELETE().build());
        require(answer, 200, "remove " + plugin);
        return awaitVersion(token, plugin, null, start);
    }

    /** Milliseconds from {@code start} until the registry shows {@code version} of the type (null: the type is gone). */
    static long awaitVersion(String token, String plugin, String version, long start) throws Exception {
        Pattern installed = Pattern.compile("\\{\"typeId\":\"" + Pattern.quote(plugin) + "\"[^}]*\"bundleVersion\":\"([^\"]*)\"");
        while (true) {
            HttpResponse<String> list = send(get(api + "/admin/v1/plugins", token));
            require(list, 200, "list plugins");
            Matcher m = installed.matcher(list.body());
            String now = m.find() ? m.group(1) : null;
            if (version == null ? now == null : version.equals(now)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            if (System.nanoTime() - start > liveTimeoutMillis * 1_000_000) {
                throw new IllegalStateException(plugin + " not at version " + version + " after " + liveTimeoutMillis + " ms: " + list.body());
            }
            Thread.sleep(20);
        }
    }

    /** The tenant (created if this is a fresh database) with one program of each plugin's type. */
    static void registerTenant(String token) throws Exception {
        String spec = "{\"name\":\"Bench " + tenant + "\",\"currency\":\"EUR\",\"timezone\":\"Europe/Paris\",\"dayCutoffHour\":6,"
                + "\"stores\":[{\"code\":\"" + store + "\",\"name\":\"" + store + "\"}],\"staff\":[{\"code\":\"" + staff + "\",\"name\":\"" + staff + "\"}]}";
        HttpResponse<String> current = send(get(api + "/admin/v1/tenants/" + tenant, token));
        if (current.statusCode() == 404) {
            require(send(put(api + "/admin/v1/tenants/" + tenant, token, spec)), 200, "create tenant " + tenant);
        }
    }

    static void configurePrograms(String token) throws Exception {
        Map<String, String> configs = Map.of(
                "bar-offerts", "{\"allowanceMinor\":2000}",
                "casino-regulars", "{\"defaultCreditMinor\":500}",
                "hairdresser-prepaid", "{}",
                "gym-bonos", "{}");
        StringBuilder programs = new StringBuilder();
        for (String plugin : plugins) {
            programs.append(programs.length() == 0 ? "" : ",").append("{\"id\":\"bench-").append(plugin).append("\",\"type\":\"").append(plugin)
                    .append("\",\"name\":\"Bench ").append(plugin).append("\",\"config\":").append(configs.get(plugin)).append('}');
        }
        HttpResponse<String> current = send(get(api + "/admin/v1/tenants/" + tenant, token));
        require(current, 200, "read tenant " + tenant);
        String spec = "{\"name\":\"" + field(current.body(), "name") + "\",\"currency\":\"" + field(current.body(), "currency")
                + "\",\"timezone\":\"" + field(current.body(), "timezone") + "\",\"dayCutoffHour\":"
                + number(current.body(), "dayCutoffHour") + ",\"programs\":[" + programs + "]}";
        require(send(put(api + "/admin/v1/tenants/" + tenant, token, spec)), 200, "configure programs");
    }

    // ---------------------------------------------------------------- tokens

    static final Map<String, String[]> TOKENS = new ConcurrentHashMap<>(); // client -> {token, expiresAtNanos}

    static String tillToken() throws Exception {
        String[] idSecret = tillClient.split("=", 2);
        return token(idSecret[0], idSecret[1]);
    }

    static String supportToken() throws Exception {
        if (supportClient == null) {
            supportClient = "fidelis-provisioner=" + provisionerSecret();
        }
        String[] idSecret = supportClient.split("=", 2);
        return token(idSecret[0], idSecret[1]);
    }

    static String token(String client, String secret) throws Exception {
        String[] cached = TOKENS.get(client);
        if (cached != null && System.nanoTime() < Long.parseLong(cached[1])) {
            return cached[0];
        }
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + enc(client) + "&client_secret=" + enc(secret)))
                .build());
        require(answer, 200, "token for " + client);
        long expiresIn = Long.parseLong(number(answer.body(), "expires_in"));
        String token = field(answer.body(), "access_token");
        TOKENS.put(client, new String[] {token, String.valueOf(System.nanoTime() + Math.max(10, expiresIn - 60) * 1_000_000_000L)});
        return token;
    }

    /** The provisioner's secret, read from Keycloak's admin API (what the launcher does). */
    static String provisionerSecret() throws Exception {
        String[] userPassword = kcAdmin.split(":", 2);
        HttpResponse<String> admin = send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=" + enc(userPassword[0])
                        + "&password=" + enc(userPassword[1]))).build());
        require(admin, 200, "Keycloak admin login (--kc-admin)");
        String adminToken = field(admin.body(), "access_token");
        HttpResponse<String> clients = send(get(keycloak + "/admin/realms/" + realm + "/clients?clientId=fidelis-provisioner", adminToken));
        require(clients, 200, "find fidelis-provisioner");
        String id = field(clients.body(), "id");
        HttpResponse<String> secret = send(get(keycloak + "/admin/realms/" + realm + "/clients/" + id + "/client-secret", adminToken));
        require(secret, 200, "read the provisioner secret");
        return field(secret.body(), "value");
    }

    // ---------------------------------------------------------------- jars

    static Path builtJar(String plugin) throws IOException {
        Path target = repo.resolve("bundles/plugins/" + plugin + "/target");
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("fidelis-plugin-" + Pattern.quote(plugin) + "-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no jar in " + target + ": mvn -o verify -pl bundles/plugins/" + plugin + " -am"));
        }
    }

    /** The jar with another Bundle-Version: what a rebuild of the next release gives. */
    static byte[] withVersion(byte[] jar, String version) throws IOException {
        Path file = Files.createTempFile("plugin", ".jar");
        try {
            Files.write(file, jar);
            try (JarFile in = new JarFile(file.toFile())) {
                Manifest manifest = new Manifest(in.getManifest());
                manifest.getMainAttributes().putValue("Bundle-Version", version);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                    Enumeration<JarEntry> entries = in.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry entry = entries.nextElement();
                        if (entry.getName().equalsIgnoreCase("META-INF/MANIFEST.MF")) {
                            continue;
                        }
                        out.putNextEntry(new JarEntry(entry.getName()));
                        try (InputStream content = in.getInputStream(entry)) {
                            content.transferTo(out);
                        }
                        out.closeEntry();
                    }
                }
                return bytes.toByteArray();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    // ---------------------------------------------------------------- plumbing

    interface Step {
        long run() throws Exception;
    }

    static void time(Map<String, List<Long>> timings, String step, Step action) throws Exception {
        timings.computeIfAbsent(step, s -> new ArrayList<>()).add(action.run());
    }

    static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build();
    }

    static HttpRequest.Builder post(String url, String token, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    static HttpRequest put(String url, String token, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static void require(HttpResponse<String> answer, int status, String what) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(what + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help")) {
                System.out.println("java bench/HotDeployLoad.java [--api URL] [--keycloak URL] [--realm R] [--kc-admin USER:PASSWORD]\n"
                        + "  [--support-client ID=SECRET] [--till-client ID=SECRET] [--tenant T] [--store S] [--staff S]\n"
                        + "  [--tills N] [--cycles N] [--pause-ms MS] [--plugins a,b,...] [--repo PATH]");
                System.exit(0);
            }
            if (i + 1 >= args.length) {
                usage(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--api" -> api = value;
                case "--keycloak" -> keycloak = value;
                case "--realm" -> realm = value;
                case "--kc-admin" -> kcAdmin = value;
                case "--support-client" -> supportClient = value;
                case "--till-client" -> tillClient = value;
                case "--tenant" -> tenant = value;
                case "--store" -> store = value;
                case "--staff" -> staff = value;
                case "--tills" -> tills = bounded(option, value, 1, 256);
                case "--cycles" -> cycles = bounded(option, value, 1, 100);
                case "--pause-ms" -> pauseMillis = bounded(option, value, 0, 60_000);
                case "--plugins" -> plugins = List.of(value.split(","));
                case "--repo" -> repo = Path.of(value);
                default -> usage("unknown option " + option);
            }
        }
    }

    static int bounded(String option, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        usage(option + " must be a whole number from " + min + " to " + max);
        return 0;
    }

    static void usage(String problem) {
        System.err.println(problem + " (--help)");
        System.exit(2);
    }
}
