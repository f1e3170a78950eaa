package io.fidelis.itests.support;

import io.fidelis.tenants.HttpJson;
import io.fidelis.tenants.KeycloakAdmin;
import io.fidelis.tenants.KeycloakRepresentations;
import io.fidelis.tenants.OidcTokens;
import io.fidelis.tenants.RealmProvisioner;
import io.fidelis.tenants.RealmSpec;
import io.fidelis.tenants.TenantFiles;
import io.fidelis.tenants.TenantRegistrar;
import io.fidelis.tenants.TenantSpec;
import io.fidelis.tenants.TillSpec;
import io.fidelis.tenants.launcher.Database;
import io.fidelis.tenants.launcher.Jdk;
import io.fidelis.tenants.launcher.JdkLocator;
import io.fidelis.tenants.launcher.KeycloakServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What every test shares, started once per test JVM and stopped when it exits: a real Keycloak on
 * 18180/19180 (database {@code keycloak_it}) with the demo realm (tenants demo-bar and demo-gym,
 * console at http://localhost:18080), and the PostgreSQL at 127.0.0.1:5432 for the Fidelis databases.
 */
public final class TestStack {

    public static final String REALM = "fidelis";
    public static final int KEYCLOAK_PORT = 18180;
    public static final String KEYCLOAK_URL = "http://localhost:" + KEYCLOAK_PORT;
    public static final String CONSOLE_URL = "http://localhost:18080";
    public static final Database POSTGRES = new Database("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "postgres");

    private static TestStack instance;

    private final KeycloakServer keycloak;
    private final RealmSpec realm;
    private final String provisionerSecret;

    private TestStack(KeycloakServer keycloak, RealmSpec realm, String provisionerSecret) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.provisionerSecret = provisionerSecret;
    }

    /** Checks what the tests need (failing with what to install), then starts Keycloak once. */
    public static synchronized TestStack get() {
        if (instance == null) {
            jdk17();
            database("postgres");
            Path home = Path.of(System.getenv().getOrDefault("FIDELIS_HOME", System.getProperty("user.home") + "/.fidelis"));
            KeycloakServer keycloak = KeycloakServer.ensureRunning(KeycloakServer.Options.of(home.resolve("it"),
                    JdkLocator.findAtLeast(17), KEYCLOAK_PORT, KEYCLOAK_PORT + 1000,
                    POSTGRES.withName("keycloak_it"), Path.of("target/keycloak.log")));
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::stop, "stop-keycloak"));
            RealmSpec realm = TenantFiles.fromClasspath().demoRealm(REALM, CONSOLE_URL);
            RealmProvisioner provisioner = new RealmProvisioner(new KeycloakAdmin(keycloak.url(), REALM,
                    keycloak.adminUser(), keycloak.adminPassword()), m -> System.out.println("[realm] " + m));
            provisioner.provision(realm);
            ensurePasswordClient(new KeycloakAdmin(keycloak.url(), REALM, keycloak.adminUser(), keycloak.adminPassword()));
            instance = new TestStack(keycloak, realm, provisioner.clientSecret(KeycloakRepresentations.PROVISIONER_CLIENT));
        }
        return instance;
    }

    /** A public client with the password grant, in the test realm only: tests sign people in without a browser. */
    public static final String PASSWORD_CLIENT = "fidelis-it-password";

    private static void ensurePasswordClient(KeycloakAdmin admin) {
        if (admin.get("/clients?clientId=" + PASSWORD_CLIENT).size() == 0) {
            admin.create("/clients", HttpJson.MAPPER.createObjectNode().put("clientId", PASSWORD_CLIENT)
                    .put("protocol", "openid-connect").put("enabled", true).put("publicClient", true)
                    .put("standardFlowEnabled", false).put("directAccessGrantsEnabled", true));
        }
    }

    /** An access token of a person (a demo user, or one onboarding created), through {@link #PASSWORD_CLIENT}. */
    public String personToken(String username, String password) {
        return OidcTokens.password(KEYCLOAK_URL, REALM, PASSWORD_CLIENT, username, password);
    }

    public String provisionerSecret() {
        return provisionerSecret;
    }

    /** Keycloak's admin API of the test realm, as the master admin. */
    public KeycloakAdmin keycloakAdmin() {
        return new KeycloakAdmin(keycloak.url(), REALM, keycloak.adminUser(), keycloak.adminPassword());
    }

    /** The JDK 17 that Karaf runs on: {@code -Dfidelis.jdk17}, which must also be the test JVM (Pax Exam uses java.home). */
    public static Jdk jdk17() {
        String given = System.getProperty("fidelis.jdk17", "");
        if (given.isBlank() || given.contains("${") || !Files.isExecutable(Path.of(given, "bin/java"))) {
            throw new IllegalStateException("Karaf runs on Java 17: run with -Dfidelis.jdk17=<JDK 17 home> (e.g. "
                    + "/usr/lib/jvm/java-17-openjdk-amd64; apt-get install openjdk-17-jdk-headless), or use tenants/fidelis test. Got '"
                    + given + "'");
        }
        if (Runtime.version().feature() != 17) {
            throw new IllegalStateException("the test JVM must be Java 17 (failsafe <jvm>${fidelis.jdk17}/bin/java), it is "
                    + Runtime.version());
        }
        return new JdkLocator(Path.of(given), List.of()).exactly(17);
    }

    /** The database of that name on 127.0.0.1:5432, dropped and created empty. */
    public static Database freshDatabase(String name) {
        try (Connection connection = connect("postgres"); Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate database " + name + ": " + e.getMessage(), e);
        }
        return POSTGRES.withName(name);
    }

    /** The first column of every row, as text. */
    public static List<String> query(String database, String select, Object... parameters) {
        try (Connection connection = connect(database)) {
            return query(connection, select, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(select + " on " + database + " failed: " + e.getMessage(), e);
        }
    }

    /** The same, on a database elsewhere (e.g. a test's own embedded PostgreSQL), as its owner. */
    public static List<String> query(Database database, String select, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            return query(connection, select, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(select + " on " + database.url() + " failed: " + e.getMessage(), e);
        }
    }

    /** A change made behind the API, as the table owner: test set-up only (e.g. a member's category, yesterday's renewal). */
    public static int execute(String database, String sql, Object... parameters) {
        try (Connection connection = connect(database); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + database + " failed: " + e.getMessage(), e);
        }
    }

    public static long count(Database database, String select, Object... parameters) {
        return Long.parseLong(query(database, select, parameters).get(0));
    }

    private static List<String> query(Connection connection, String select, Object... parameters) throws SQLException {
        try (var statement = connection.prepareStatement(select)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    public static long count(String database, String select, Object... parameters) {
        return Long.parseLong(query(database, select, parameters).get(0));
    }

    /** Accounts whose cached balance is not the sum of their ledger entries (should be none). */
    public static List<String> accountsOffTheirLedger(String database) {
        return query(database, ACCOUNTS_OFF_THEIR_LEDGER);
    }

    public static List<String> accountsOffTheirLedger(Database database) {
        return query(database, ACCOUNTS_OFF_THEIR_LEDGER);
    }

    private static final String ACCOUNTS_OFF_THEIR_LEDGER = "SELECT a.tenant_id || '/' || a.account_id || ' balance ' || a.balance || ' entries '"
            + " || COALESCE((SELECT SUM(e.amount) FROM ledger_entry e WHERE e.tenant_id = a.tenant_id"
            + " AND e.account_id = a.account_id), 0) FROM account a WHERE a.balance <> COALESCE((SELECT SUM(e.amount)"
            + " FROM ledger_entry e WHERE e.tenant_id = a.tenant_id AND e.account_id = a.account_id), 0)";

    private static Connection connect(String database) throws SQLException {
        try {
            return DriverManager.getConnection(POSTGRES.withName(database).url(), POSTGRES.user(), POSTGRES.password());
        } catch (SQLException e) {
            throw new SQLException("PostgreSQL must answer at 127.0.0.1:5432 for user postgres (trust authentication): "
                    + "install and start it (apt-get install postgresql). " + e.getMessage(), e);
        }
    }

    private static void database(String name) {
        try (Connection ignored = connect(name)) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Creates the demo tenants' rows in Fidelis through {@code PUT /admin/v1/tenants/{id}} as the provisioner. */
    public void registerTenants(String apiUrl) {
        TenantRegistrar registrar = new TenantRegistrar(KEYCLOAK_URL, REALM, apiUrl, m -> System.out.println("[tenants] " + m));
        realm.tenants().forEach(tenant -> registrar.register(tenant, provisionerSecret));
    }

    /** A client-credentials token of the tenant's first till, e.g. {@code till-demo-bar-main-1}. */
    public String tillToken(String tenantId) {
        TenantSpec tenant = tenant(tenantId);
        TillSpec till = tenant.tills().get(0);
        return OidcTokens.clientCredentials(KEYCLOAK_URL, REALM, till.clientId(tenantId), till.secret());
    }

    /** The {@code fidelis-provisioner} service account: role support, no tenant. */
    public String provisionerToken() {
        return OidcTokens.clientCredentials(KEYCLOAK_URL, REALM, KeycloakRepresentations.PROVISIONER_CLIENT, provisionerSecret);
    }

    public TenantSpec tenant(String id) {
        return realm.tenants().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo tenant " + id));
    }

    public String keycloakUrl() {
        return keycloak.url();
    }

    private static final String PASSWORD_LOGIN_CLIENT = "it-password-login";

    /**
     * A user's access token, as the console would get it, through a test-only copy of the console client that
     * allows the password grant (the real console client allows only the code flow with PKCE).
     */
    public synchronized String userToken(String username, String password) {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak.url(), REALM, keycloak.adminUser(), keycloak.adminPassword());
        if (admin.get("/clients?clientId=" + PASSWORD_LOGIN_CLIENT).isEmpty()) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = (com.fasterxml.jackson.databind.node.ObjectNode)
                    admin.get("/clients?clientId=" + KeycloakRepresentations.CONSOLE_CLIENT).get(0).deepCopy();
            copy.remove("id");
            copy.put("clientId", PASSWORD_LOGIN_CLIENT).put("directAccessGrantsEnabled", true).put("standardFlowEnabled", false);
            copy.path("protocolMappers").forEach(m -> ((com.fasterxml.jackson.databind.node.ObjectNode) m).remove("id"));
            admin.create("/clients", copy);
        }
        return OidcTokens.password(KEYCLOAK_URL, REALM, PASSWORD_LOGIN_CLIENT, username, password);
    }
}
