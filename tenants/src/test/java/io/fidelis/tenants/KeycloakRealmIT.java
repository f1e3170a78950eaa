package io.fidelis.tenants;

import com.fasterxml.jackson.databind.JsonNode;
import io.fidelis.tenants.launcher.Database;
import io.fidelis.tenants.launcher.JdkLocator;
import io.fidelis.tenants.launcher.KeycloakServer;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The demo realm in a real Keycloak (test ports 18180/19180, database keycloak_it on 127.0.0.1:5432):
 * the tokens carry what the core reads (docs/architecture.md, "Claims read by the core").
 */
public class KeycloakRealmIT {

    private static final int HTTP_PORT = 18180;
    private static final String REALM = "fidelis";

    private static KeycloakServer keycloak;
    private static RealmSpec spec;
    private static RealmProvisioner provisioner;

    @BeforeClass
    public static void provisionTheDemoRealmTwice() {
        Path home = Path.of(System.getenv().getOrDefault("FIDELIS_HOME", System.getProperty("user.home") + "/.fidelis"));
        Database database = new Database("jdbc:postgresql://127.0.0.1:5432/keycloak_it", "postgres", "postgres");
        keycloak = KeycloakServer.ensureRunning(KeycloakServer.Options.of(home.resolve("it"), JdkLocator.findAtLeast(17),
                HTTP_PORT, HTTP_PORT + 1000, database, Path.of("target/keycloak-it.log")));
        spec = TenantFiles.fromClasspath().demoRealm(REALM, "http://localhost:18080");
        provisioner = new RealmProvisioner(new KeycloakAdmin(keycloak.url(), REALM, keycloak.adminUser(),
                keycloak.adminPassword()), System.out::println);
        provisioner.provision(spec);
        provisioner.provision(spec);
    }

    @AfterClass
    public static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    @Test
    public void tillTokenNamesItsTenantStoreAndTill() {
        TenantSpec bar = tenant("demo-bar");
        TillSpec till = bar.tills().get(0);
        JsonNode claims = OidcTokens.claims(OidcTokens.clientCredentials(keycloak.url(), REALM, till.clientId(bar.id()), till.secret()));
        assertEquals("http://localhost:" + HTTP_PORT + "/realms/" + REALM, claims.path("iss").asText());
        assertTrue(claims.toString(), contains(claims.path("aud"), "fidelis-api"));
        assertEquals(List.of("demo-bar"), strings(claims.path("organization")));
        assertTrue(contains(claims.path("realm_access").path("roles"), "till"));
        assertEquals("till-demo-bar-main-1", claims.path("azp").asText());
        assertEquals("main", claims.path("fidelis_store").asText());
        assertEquals("main-1", claims.path("fidelis_till").asText());
    }

    @Test
    public void merchantUserTokenNamesItsTenantAndRole() {
        JsonNode claims = provisioner.exampleAccessToken(KeycloakRepresentations.CONSOLE_CLIENT, "gym.admin");
        assertEquals(List.of("demo-gym"), strings(claims.path("organization")));
        assertTrue(contains(claims.path("realm_access").path("roles"), "merchant-admin"));
        assertTrue(contains(claims.path("aud"), "fidelis-api"));
        assertEquals("gym.admin", claims.path("preferred_username").asText());
    }

    @Test
    public void supportBelongsToNoTenant() {
        JsonNode claims = provisioner.exampleAccessToken(KeycloakRepresentations.CONSOLE_CLIENT, "support");
        assertTrue(claims.path("organization").isMissingNode() || claims.path("organization").isEmpty());
        assertTrue(contains(claims.path("realm_access").path("roles"), "support"));
    }

    @Test
    public void provisionerServiceAccountHasSupport() {
        String secret = provisioner.clientSecret(KeycloakRepresentations.PROVISIONER_CLIENT);
        assertFalse(secret.isBlank());
        JsonNode claims = OidcTokens.claims(OidcTokens.clientCredentials(keycloak.url(), REALM,
                KeycloakRepresentations.PROVISIONER_CLIENT, secret));
        assertTrue(contains(claims.path("realm_access").path("roles"), "support"));
        assertTrue(contains(claims.path("aud"), "fidelis-api"));
    }

    private static TenantSpec tenant(String id) {
        return spec.tenants().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static boolean contains(JsonNode arrayOrText, String value) {
        return arrayOrText.isTextual() ? arrayOrText.asText().equals(value) : strings(arrayOrText).contains(value);
    }
}
