package io.fidelis.tenancy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A tenant's identities in the realm: its organization (alias = tenant id), the people who are members
 * (with realm roles saying what they may do somewhere; Fidelis keeps what they may do in which tenant),
 * and one confidential client per till whose service account is a member too, so its tokens name the tenant.
 */
final class KeycloakDirectory {

    private static final String TILL_ROLE = "till";

    private final KeycloakClient keycloak;

    KeycloakDirectory(KeycloakClient keycloak) {
        this.keycloak = keycloak;
    }

    Optional<String> findOrganization(String alias) {
        int pageSize = 100;
        for (int first = 0; ; first += pageSize) {
            JsonNode page = keycloak.get("/organizations?briefRepresentation=true&first=" + first + "&max=" + pageSize);
            Optional<String> match = stream(page).filter(o -> alias.equals(o.path("alias").asText()))
                    .map(o -> o.path("id").asText()).findFirst();
            if (match.isPresent() || page.size() < pageSize) {
                return match;
            }
        }
    }

    String createOrganization(String tenantId, String name) {
        ObjectNode organization = object().put("name", name).put("alias", tenantId).put("enabled", true)
                .put("description", "Fidelis tenant " + tenantId);
        return keycloak.expect("POST", "/organizations", organization).createdId();
    }

    /** A new person with a temporary password, or the existing account of that username (its password kept). */
    PersonAccount ensurePerson(String username, String email, String firstName, String lastName, String temporaryPassword) {
        Optional<String> existing = findUser(username);
        if (existing.isPresent()) {
            return new PersonAccount(existing.get(), null);
        }
        ObjectNode user = object().put("username", username).put("enabled", true)
                .put("firstName", firstName).put("lastName", lastName).put("email", email).put("emailVerified", email != null);
        user.putArray("credentials").addObject().put("type", "password").put("value", temporaryPassword).put("temporary", true);
        return new PersonAccount(keycloak.expect("POST", "/users", user).createdId(), temporaryPassword);
    }

    record PersonAccount(String userId, String temporaryPassword) {
    }

    void grantRealmRole(String userId, String role) {
        JsonNode representation = keycloak.get("/roles/" + KeycloakClient.encode(role));
        keycloak.expect("POST", "/users/" + userId + "/role-mappings/realm", List.of(representation));
    }

    void addMember(String organizationId, String userId) {
        KeycloakClient.Answer answer = keycloak.send("POST", "/organizations/" + organizationId + "/members", userId);
        if (answer.status() / 100 != 2 && answer.status() != 409) {
            throw new KeycloakClient.Failure("add member to organization", answer.status(), answer.body().toString());
        }
    }

    /** A till client with its store and till as claims; its service account gets role till and joins the organization. */
    void createTill(String organizationId, String tenantId, String storeCode, String tillCode, String clientId, String secret) {
        ObjectNode client = object().put("clientId", clientId).put("name", "Till " + tillCode + " of " + tenantId)
                .put("protocol", "openid-connect").put("enabled", true).put("publicClient", false)
                .put("clientAuthenticatorType", "client-secret").put("secret", secret)
                .put("serviceAccountsEnabled", true).put("standardFlowEnabled", false)
                .put("implicitFlowEnabled", false).put("directAccessGrantsEnabled", false);
        client.putArray("protocolMappers").add(hardcodedClaim("fidelis_store", storeCode)).add(hardcodedClaim("fidelis_till", tillCode));
        String id = keycloak.expect("POST", "/clients", client).createdId();
        String serviceAccount = keycloak.get("/clients/" + id + "/service-account-user").path("id").asText();
        grantRealmRole(serviceAccount, TILL_ROLE);
        addMember(organizationId, serviceAccount);
    }

    /** Client ids of the tenant's tills ({@code till-<tenant>-…}). */
    List<JsonNode> tillClients(String tenantId) {
        String prefix = "till-" + tenantId + "-";
        return stream(keycloak.get("/clients?search=true&max=1000&clientId=" + KeycloakClient.encode(prefix)))
                .filter(c -> c.path("clientId").asText().startsWith(prefix)).toList();
    }

    int removeTills(String tenantId) {
        int tills = 0;
        for (JsonNode client : tillClients(tenantId)) {
            keycloak.expect("DELETE", "/clients/" + client.path("id").asText(), null);
            tills++;
        }
        return tills;
    }

    void deleteUser(String userId) {
        keycloak.send("DELETE", "/users/" + userId, null);
    }

    void deleteOrganization(String organizationId) {
        keycloak.send("DELETE", "/organizations/" + organizationId, null);
    }

    /** Removes the tills, the people who belong to no other organization, and the organization; answers [tills, users]. */
    int[] removeTenant(String tenantId, String organizationId) {
        int tills = removeTills(tenantId);
        int users = 0;
        if (organizationId != null) {
            for (JsonNode member : stream(keycloak.get("/organizations/" + organizationId + "/members?first=0&max=1000")).toList()) {
                String userId = member.path("id").asText();
                if (member.path("username").asText().startsWith("service-account-")) {
                    continue;
                }
                if (keycloak.get("/organizations/members/" + userId + "/organizations").size() <= 1) {
                    keycloak.expect("DELETE", "/users/" + userId, null);
                    users++;
                }
            }
            keycloak.expect("DELETE", "/organizations/" + organizationId, null);
        }
        return new int[] {tills, users};
    }

    private Optional<String> findUser(String username) {
        return stream(keycloak.get("/users?exact=true&username=" + KeycloakClient.encode(username)))
                .filter(u -> username.equalsIgnoreCase(u.path("username").asText()))
                .map(u -> u.path("id").asText()).findFirst();
    }

    private static ObjectNode hardcodedClaim(String claim, String value) {
        ObjectNode mapper = object().put("name", claim).put("protocol", "openid-connect")
                .put("protocolMapper", "oidc-hardcoded-claim-mapper");
        mapper.putObject("config").put("claim.name", claim).put("claim.value", value).put("jsonType.label", "String")
                .put("access.token.claim", "true").put("id.token.claim", "false")
                .put("userinfo.token.claim", "false").put("introspection.token.claim", "true");
        return mapper;
    }

    private static ObjectNode object() {
        return KeycloakClient.JSON.createObjectNode();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return StreamSupport.stream(items.spliterator(), false);
    }
}
