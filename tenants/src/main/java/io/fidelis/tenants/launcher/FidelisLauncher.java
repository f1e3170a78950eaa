package io.fidelis.tenants.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import io.fidelis.tenants.DemoHistory;
import io.fidelis.tenants.KeycloakAdmin;
import io.fidelis.tenants.KeycloakRepresentations;
import io.fidelis.tenants.OidcTokens;
import io.fidelis.tenants.RealmProvisioner;
import io.fidelis.tenants.RealmSpec;
import io.fidelis.tenants.TenantFiles;
import io.fidelis.tenants.TenantRegistrar;
import io.fidelis.tenants.TenantSpec;
import io.fidelis.tenants.TillSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Starts PostgreSQL, Keycloak (with the demo realm), Karaf (with the demo tenants) and the console,
 * then stays in the foreground as their supervisor: SIGTERM or Ctrl-C stops them in reverse order.
 * Progress goes to standard output; {@code <home>/run/ready} or {@code <home>/run/failed} tell the
 * {@code tenants/fidelis} script how it went, {@code <home>/run/summary.txt} what to print.
 */
public final class FidelisLauncher {

    private static final int DEMO_HISTORY_DAYS = 21;
    private static final int DEMO_MEMBERS = 40;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final LauncherSettings settings;
    private final Deque<Runnable> stops = new ArrayDeque<>();

    public FidelisLauncher(LauncherSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws InterruptedException {
        FidelisLauncher launcher = new FidelisLauncher(LauncherSettings.from(System.getenv(), args));
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stopAll, "fidelis-stop"));
        try {
            launcher.startAll();
        } catch (RuntimeException e) {
            launcher.failed(e);
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    public void startAll() {
        marker("ready").toFile().delete();
        marker("failed").toFile().delete();
        Jdk jdk17 = settings.skip().contains("karaf") ? null : jdk(settings.jdk17(), 17, false);
        Jdk jdk21 = jdk(settings.jdk21(), 21, true);
        if (!settings.skip().contains("karaf")) {
            KarafServer.checkBuilt(settings.repository());
        }
        if (!settings.skip().contains("console")) {
            ConsoleServer.jar(settings.repository());
        }

        Database fidelisDb = step("PostgreSQL", this::database);
        KeycloakServer keycloak = step("Keycloak", () -> KeycloakServer.ensureRunning(KeycloakServer.Options.of(
                settings.home(), jdk21, settings.keycloakPort(), settings.keycloakManagementPort(),
                fidelisDb.withName("keycloak"), settings.logs().resolve("keycloak.log"))));
        if (keycloak.startedHere()) {
            stops.push(keycloak::stop);
        } else {
            log("reusing the Keycloak already running at " + keycloak.url());
        }

        RealmSpec realm = demoFiles().demoRealm(settings.realm(), settings.consoleUrl());
        RealmProvisioner provisioner = new RealmProvisioner(
                new KeycloakAdmin(keycloak.url(), settings.realm(), keycloak.adminUser(), keycloak.adminPassword()), this::log);
        step("realm " + settings.realm(), () -> {
            provisioner.provision(realm);
            realm.tenants().forEach(this::checkTillToken);
            return null;
        });

        if (!settings.skip().contains("karaf")) {
            String provisionerSecret = provisioner.clientSecret(KeycloakRepresentations.PROVISIONER_CLIENT);
            KarafServer karaf = step("Karaf", () -> KarafServer.ensureRunning(settings.repository(), settings.home(),
                    jdk17, settings.httpPort(), karafEnvironment(fidelisDb, provisionerSecret), settings.logs().resolve("karaf.log")));
            stops.push(karaf::stop);
            registerTenants(realm, provisionerSecret);
            step("demo history", () -> writeDemoHistory(realm, fidelisDb));
            step("demo plugin programs", () -> addDemoPluginPrograms(provisionerSecret));
        }
        if (!settings.skip().contains("console")) {
            ConsoleServer console = step("console", () -> ConsoleServer.ensureRunning(settings.repository(), jdk21,
                    settings.consolePort(), consoleEnvironment(), settings.logs().resolve("console.log")));
            stops.push(console::stop);
        }

        write(marker("summary.txt"), LaunchSummary.text(settings, realm, fidelisDb.url() + " (" + fidelisDb.user()
                + " / " + fidelisDb.password() + ")", keycloak.adminUser() + " / " + keycloak.adminPassword()));
        write(marker("ready"), String.valueOf(ProcessHandle.current().pid()));
        log("ready");
    }

    /** Stops what this launcher started, newest first, then any child still starting. */
    public synchronized void stopAll() {
        while (!stops.isEmpty()) {
            try {
                stops.pop().run();
            } catch (RuntimeException e) {
                log("while stopping: " + e.getMessage());
            }
        }
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroy);
        ProcessHandle.current().descendants().forEach(child -> {
            try {
                child.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                child.destroyForcibly();
            }
        });
    }

    private Database database() {
        if (settings.dbUrl() != null) {
            return new Database(settings.dbUrl(), settings.dbOwner(), settings.dbOwnerPassword()).createIfMissing();
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(settings.home(), LauncherSettings.EMBEDDED_DB_PORT,
                settings.logs().resolve("postgres.log"));
        stops.push(embedded::close);
        return embedded.database("fidelis").createIfMissing();
    }

    private void registerTenants(RealmSpec realm, String provisionerSecret) {
        TenantRegistrar registrar = new TenantRegistrar(settings.keycloakUrl(), settings.realm(), settings.apiUrl(), this::log);
        step("tenant rows", () -> {
            realm.tenants().forEach(tenant -> registrar.register(tenant, provisionerSecret));
            return null;
        });
        for (TenantSpec tenant : realm.tenants()) {
            try {
                registrar.seed(tenant);
            } catch (RuntimeException e) {
                log("WARNING: demo transactions of " + tenant.id() + " not posted: " + e.getMessage());
            }
        }
    }

    private Integer addDemoPluginPrograms(String provisionerSecret) {
        try {
            KarafServer.deployDemoPlugins(settings.home().resolve("karaf"));
        } catch (IOException e) {
            log("WARNING: demo plugins not deployed: " + e.getMessage());
        }
        String supportToken = OidcTokens.clientCredentials(settings.keycloakUrl(), settings.realm(),
                KeycloakRepresentations.PROVISIONER_CLIENT, provisionerSecret);
        int created = new DemoPluginPrograms(settings.apiUrl(), this::log).create(supportToken, Duration.ofSeconds(30));
        log(created == 0 ? "demo plugin programs already there" : created + " demo plugin programs created");
        return created;
    }

    /** Three weeks of sales per demo tenant, written once (see {@link DemoHistory}); answers how many. */
    private Integer writeDemoHistory(RealmSpec realm, Database fidelisDb) {
        int written = 0;
        try (Connection connection = DriverManager.getConnection(fidelisDb.url(), fidelisDb.user(), fidelisDb.password())) {
            for (TenantSpec tenant : realm.tenants()) {
                written += new DemoHistory(tenant, LocalDate.now(ZoneId.of(tenant.timezone())), DEMO_HISTORY_DAYS)
                        .writeTo(connection, DEMO_MEMBERS);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("demo history not written: " + e.getMessage(), e);
        }
        log(written == 0 ? "demo history already there" : written + " demo sales over " + DEMO_HISTORY_DAYS + " days written");
        return written;
    }

    /** A till token must name its tenant, or the core would refuse every till call. */
    private void checkTillToken(TenantSpec tenant) {
        for (TillSpec till : tenant.tills()) {
            JsonNode claims = OidcTokens.claims(OidcTokens.clientCredentials(settings.keycloakUrl(), settings.realm(),
                    till.clientId(tenant.id()), till.secret()));
            if (!claims.path("organization").toString().equals("[\"" + tenant.id() + "\"]")) {
                throw new IllegalStateException("the token of " + till.clientId(tenant.id())
                        + " does not name exactly its organization: " + claims);
            }
        }
    }

    private TenantFiles demoFiles() {
        Path folder = settings.repository().resolve("tenants");
        return Files.isRegularFile(folder.resolve("demo/realm.json")) ? TenantFiles.fromDirectory(folder)
                : TenantFiles.fromClasspath();
    }

    /**
     * Karaf migrates the schema as the database's owner and serves tills as the application role; it
     * onboards tenants in Keycloak as the provisioner client.
     */
    private Map<String, String> karafEnvironment(Database fidelisDb, String provisionerSecret) {
        Database application = fidelisDb.asLoginRole(settings.appDbUser(), settings.appDbPassword());
        return Map.of("FIDELIS_DB_URL", fidelisDb.url(),
                "FIDELIS_DB_OWNER", fidelisDb.user(), "FIDELIS_DB_OWNER_PASSWORD", fidelisDb.password(),
                "FIDELIS_DB_USER", application.user(), "FIDELIS_DB_PASSWORD", application.password(),
                "FIDELIS_KEYCLOAK_URL", settings.keycloakUrl(), "FIDELIS_KEYCLOAK_REALM", settings.realm(),
                "FIDELIS_HTTP_PORT", String.valueOf(settings.httpPort()), "FIDELIS_PROVISIONER_SECRET", provisionerSecret);
    }

    private Map<String, String> consoleEnvironment() {
        return Map.of("FIDELIS_API_URL", settings.apiUrl(), "FIDELIS_KEYCLOAK_URL", settings.keycloakUrl(),
                "FIDELIS_KEYCLOAK_REALM", settings.realm(), "SERVER_PORT", String.valueOf(settings.consolePort()));
    }

    private Jdk jdk(Path given, int feature, boolean orNewer) {
        JdkLocator locator = given == null ? JdkLocator.ofThisMachine() : new JdkLocator(given, List.of());
        Jdk jdk = orNewer ? locator.atLeast(feature) : locator.exactly(feature);
        log("using " + jdk);
        return jdk;
    }

    private <T> T step(String what, Supplier<T> action) {
        log(what + " ...");
        long start = System.nanoTime();
        T result = action.get();
        log(what + " ready (" + Duration.ofNanos(System.nanoTime() - start).toMillis() / 100 / 10.0 + " s)");
        return result;
    }

    private void failed(RuntimeException e) {
        log("FAILED: " + e.getMessage());
        if (!(e instanceof IllegalStateException)) {
            e.printStackTrace(System.out);
        }
        write(marker("failed"), e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private Path marker(String name) {
        return settings.runFolder().resolve(name);
    }

    private void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void log(String message) {
        System.out.println(LocalTime.now().format(TIME) + " [fidelis] " + message);
    }
}
