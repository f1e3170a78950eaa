package io.fidelis.tenants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class KeycloakRepresentationsTest {

    @Test
    public void tillIsAConfidentialServiceAccountWithStoreAndTillClaims() {
        ObjectNode till = KeycloakRepresentations.tillClient("demo-bar", new TillSpec("main", 1, "s3cret"));
        assertEquals("till-demo-bar-main-1", till.path("clientId").asText());
        assertFalse(till.path("publicClient").asBoolean());
        assertTrue(till.path("serviceAccountsEnabled").asBoolean());
        assertFalse(till.path("standardFlowEnabled").asBoolean());
        assertFalse(till.path("directAccessGrantsEnabled").asBoolean());
        assertEquals("s3cret", till.path("secret").asText());
        assertEquals("main", claim(till, "fidelis_store").path("claim.value").asText());
        assertEquals("main-1", claim(till, "fidelis_till").path("claim.value").asText());
        assertEquals("true", claim(till, "fidelis_till").path("access.token.claim").asText());
    }

    @Test
    public void consoleIsPublicWithPkceAndItsUrls() {
        ObjectNode console = KeycloakRepresentations.consoleClient(List.of("http://localhost:8080/*"),
                List.of("http://localhost:8080/*", "http://localhost:18080/*"));
        assertTrue(console.path("publicClient").asBoolean());
        assertTrue(console.path("standardFlowEnabled").asBoolean());
        assertEquals("S256", console.path("attributes").path("pkce.code.challenge.method").asText());
        assertEquals("http://localhost:8080/*##http://localhost:18080/*",
                console.path("attributes").path("post.logout.redirect.uris").asText());
        assertEquals("+", console.path("webOrigins").get(0).asText());
    }

    @Test
    public void audienceScopeAddsFidelisApiToAccessTokens() {
        JsonNode config = KeycloakRepresentations.audienceScope().path("protocolMappers").get(0).path("config");
        assertEquals("fidelis-api", config.path("included.custom.audience").asText());
        assertEquals("true", config.path("access.token.claim").asText());
    }

    @Test
    public void newUserHasAPermanentPasswordAndAProfile() {
        ObjectNode user = KeycloakRepresentations.newUser(new UserSpec("bar.admin", "demo", "Bar", "Admin",
                "bar.admin@demo-bar.example", List.of("merchant-admin")));
        assertEquals("demo", user.path("credentials").get(0).path("value").asText());
        assertFalse(user.path("credentials").get(0).path("temporary").asBoolean());
        assertTrue(user.path("emailVerified").asBoolean());
    }

    @Test
    public void tenantBodyKeepsKeycloakPartsOutButGrantsTheUsersTheirRolesInTheTenant() {
        TenantSpec bar = TenantFiles.fromClasspath().tenant("demo/demo-bar.json");
        ObjectNode body = FidelisApiClient.tenantBody(bar);
        assertEquals(List.of("currency", "dayCutoffHour", "members", "name", "programs", "staff", "stores", "timezone"),
                sortedFieldNames(body));
        assertEquals("bar.admin", body.path("members").get(0).path("username").asText());
        assertEquals("[\"merchant-admin\"]", body.path("members").get(0).path("roles").toString());
        assertEquals("[\"merchant-staff\"]", body.path("members").get(1).path("roles").toString());
        assertEquals("points", body.path("programs").get(0).path("id").asText());
        assertEquals(1, body.path("programs").get(0).path("config").path("pointsPerUnit").asInt());
    }

    private static List<String> sortedFieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }

    private static JsonNode claim(ObjectNode client, String name) {
        for (JsonNode mapper : client.path("protocolMappers")) {
            if (name.equals(mapper.path("config").path("claim.name").asText())) {
                return mapper.path("config");
            }
        }
        throw new AssertionError("no mapper for " + name);
    }
}
