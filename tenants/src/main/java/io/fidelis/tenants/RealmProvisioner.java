package io.fidelis.tenants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static io.fidelis.tenants.KeycloakRepresentations.*;

/**
 * Brings the realm to a {@link RealmSpec} through the Admin REST API, idempotently: what is missing is
 * created, clients and organizations are updated, users that exist keep their password and profile.
 * Nothing is deleted.
 */
public final class RealmProvisioner {

    static final List<String> PROVISIONER_MANAGEMENT_ROLES = List.of("manage-realm", "view-realm", "manage-users",
            "view-users", "query-users", "manage-clients", "view-clients", "query-clients", "query-groups");

    private final KeycloakAdmin admin;
    private final Consumer<String> log;

    public RealmProvisioner(KeycloakAdmin admin, Consumer<String> log) {
        this.admin = admin;
        this.log = log;
    }

    public static void provision(String keycloakUrl, String adminUser, String adminPassword, RealmSpec spec) {
        new RealmProvisioner(new KeycloakAdmin(keycloakUrl, spec.realm(), adminUser, adminPassword), s -> { })
                .provision(spec);
    }

    public void provision(RealmSpec spec) {
        ensureRealm();
        RealmSpec.REALM_ROLES.forEach(this::ensureRole);
        List<String> defaultScopes = List.of(ensureOrganizationScope(), ensureAudienceScope());
        defaultScopes.forEach(this::makeRealmDefaultScope);

        ensureClient(consoleClient(spec.consoleRedirectUris(), spec.consolePostLogoutRedirectUris()), defaultScopes);
        String provisioner = ensureClient(provisionerClient(), defaultScopes);
        String provisionerAccount = serviceAccountUserId(provisioner);
        grantRealmRoles(provisionerAccount, List.of("support"));
        grantRealmManagement(provisionerAccount);

        spec.platformUsers().forEach(this::ensureUser);
        for (TenantSpec tenant : spec.tenants()) {
            provisionTenant(tenant, defaultScopes);
        }
    }

    /** The secret of a confidential client, e.g. {@code fidelis-provisioner}. */
    public String clientSecret(String clientId) {
        String id = findClientId(clientId).orElseThrow(() -> new IllegalStateException("no client " + clientId));
        return admin.get("/clients/" + id + "/client-secret").path("value").asText();
    }

    /**
     * The access token Keycloak would issue to {@code username} through {@code clientId}, from the admin
     * console's "evaluate scopes" endpoint: checks a user's claims without enabling a password grant.
     */
    public JsonNode exampleAccessToken(String clientId, String username) {
        String client = findClientId(clientId).orElseThrow(() -> new IllegalStateException("no client " + clientId));
        String user = findUserId(username).orElseThrow(() -> new IllegalStateException("no user " + username));
        return admin.get("/clients/" + client + "/evaluate-scopes/generate-example-access-token?scope=openid&userId=" + user);
    }

    private void provisionTenant(TenantSpec tenant, List<String> defaultScopes) {
        String organization = ensureOrganization(tenant);
        for (UserSpec user : tenant.users()) {
            ensureMember(organization, ensureUser(user));
        }
        for (TillSpec till : tenant.tills()) {
            String client = ensureClient(tillClient(tenant.id(), till), defaultScopes);
            String serviceAccount = serviceAccountUserId(client);
            grantRealmRoles(serviceAccount, List.of("till"));
            // Keycloak 26.7 accepts service-account users as organization members, so the
            // organization scope's own mapper puts the tenant in the till's token.
            ensureMember(organization, serviceAccount);
        }
        log.accept("tenant " + tenant.id() + ": organization, " + tenant.users().size() + " users, "
                + tenant.tills().size() + " tills");
    }

    private void ensureRealm() {
        if (admin.findRealm().isEmpty()) {
            admin.createRealm(realm(admin.realm()));
            log.accept("realm " + admin.realm() + " created");
        } else {
            admin.put("", realm(admin.realm()));
        }
    }

    private void ensureRole(String name) {
        if (admin.find("/roles/" + name).isEmpty()) {
            admin.post("/roles", role(name));
        }
    }

    private String ensureOrganizationScope() {
        // new realms have it (organizations are on by default); its mapper writes the aliases as an array
        return findScopeId(ORGANIZATION_SCOPE).orElseThrow(() -> new IllegalStateException(
                "client scope '" + ORGANIZATION_SCOPE + "' is missing from realm " + admin.realm()));
    }

    private String ensureAudienceScope() {
        ObjectNode wanted = audienceScope();
        Optional<String> existing = findScopeId(AUDIENCE_SCOPE);
        if (existing.isEmpty()) {
            return admin.create("/client-scopes", wanted);
        }
        ensureMappers("/client-scopes/" + existing.get(), List.of(audienceMapper()));
        return existing.get();
    }

    private void makeRealmDefaultScope(String scopeId) {
        admin.delete("/default-optional-client-scopes/" + scopeId);
        admin.put("/default-default-client-scopes/" + scopeId, null);
    }

    /** Creates or updates a client (and its protocol mappers) and makes the scopes default; answers its id. */
    private String ensureClient(ObjectNode wanted, List<String> defaultScopes) {
        String clientId = wanted.path("clientId").asText();
        Optional<String> existing = findClientId(clientId);
        String id;
        if (existing.isEmpty()) {
            id = admin.create("/clients", wanted);
            log.accept("client " + clientId + " created");
        } else {
            id = existing.get();
            ObjectNode update = wanted.deepCopy();
            update.remove("protocolMappers");
            update.put("id", id);
            admin.put("/clients/" + id, update);
            List<JsonNode> mappers = new ArrayList<>();
            wanted.path("protocolMappers").forEach(mappers::add);
            ensureMappers("/clients/" + id, mappers);
        }
        for (String scope : defaultScopes) {
            admin.delete("/clients/" + id + "/optional-client-scopes/" + scope);
            admin.put("/clients/" + id + "/default-client-scopes/" + scope, null);
        }
        return id;
    }

    private void ensureMappers(String owner, List<JsonNode> wanted) {
        JsonNode existing = admin.get(owner + "/protocol-mappers/models");
        for (JsonNode mapper : wanted) {
            Optional<JsonNode> same = stream(existing).filter(m -> m.path("name").equals(mapper.path("name"))).findFirst();
            if (same.isEmpty()) {
                admin.post(owner + "/protocol-mappers/models", mapper);
            } else {
                ObjectNode update = ((ObjectNode) mapper).deepCopy().put("id", same.get().path("id").asText());
                admin.put(owner + "/protocol-mappers/models/" + update.path("id").asText(), update);
            }
        }
    }

    private String ensureOrganization(TenantSpec tenant) {
        ObjectNode wanted = organization(tenant);
        Optional<String> existing = findOrganizationId(tenant.id());
        if (existing.isEmpty()) {
            log.accept("organization " + tenant.id() + " created");
            return admin.create("/organizations", wanted);
        }
        admin.put("/organizations/" + existing.get(), wanted.put("id", existing.get()));
        return existing.get();
    }

    private String ensureUser(UserSpec user) {
        String id = findUserId(user.username()).orElseGet(() -> {
            log.accept("user " + user.username() + " created");
            return admin.create("/users", newUser(user));
        });
        grantRealmRoles(id, user.roles());
        return id;
    }

    private void ensureMember(String organizationId, String userId) {
        if (admin.find("/organizations/" + organizationId + "/members/" + userId).isEmpty()) {
            admin.post("/organizations/" + organizationId + "/members", userId);
        }
    }

    private void grantRealmRoles(String userId, List<String> roles) {
        if (roles.isEmpty()) {
            return;
        }
        List<JsonNode> representations = roles.stream().map(role -> admin.get("/roles/" + role)).toList();
        admin.post("/users/" + userId + "/role-mappings/realm", representations);
    }

    /** What Karaf's onboarding needs in Keycloak: create organizations, users and till clients, and remove them. */
    private void grantRealmManagement(String userId) {
        String realmManagement = findClientId("realm-management")
                .orElseThrow(() -> new IllegalStateException("realm " + admin.realm() + " has no realm-management client"));
        List<JsonNode> roles = PROVISIONER_MANAGEMENT_ROLES.stream()
                .map(role -> admin.get("/clients/" + realmManagement + "/roles/" + role)).toList();
        admin.post("/users/" + userId + "/role-mappings/clients/" + realmManagement, roles);
    }

    private String serviceAccountUserId(String clientUuid) {
        return admin.get("/clients/" + clientUuid + "/service-account-user").path("id").asText();
    }

    private Optional<String> findClientId(String clientId) {
        return stream(admin.get("/clients?clientId=" + encode(clientId)))
                .filter(c -> clientId.equals(c.path("clientId").asText())).map(c -> c.path("id").asText()).findFirst();
    }

    private Optional<String> findUserId(String username) {
        return stream(admin.get("/users?exact=true&username=" + encode(username)))
                .filter(u -> username.equalsIgnoreCase(u.path("username").asText()))
                .map(u -> u.path("id").asText()).findFirst();
    }

    private Optional<String> findScopeId(String name) {
        return stream(admin.get("/client-scopes"))
                .filter(s -> name.equals(s.path("name").asText())).map(s -> s.path("id").asText()).findFirst();
    }

    private Optional<String> findOrganizationId(String alias) {
        int pageSize = 100;
        for (int first = 0; ; first += pageSize) {
            JsonNode page = admin.get("/organizations?briefRepresentation=true&first=" + first + "&max=" + pageSize);
            Optional<String> match = stream(page).filter(o -> alias.equals(o.path("alias").asText()))
                    .map(o -> o.path("id").asText()).findFirst();
            if (match.isPresent() || page.size() < pageSize) {
                return match;
            }
        }
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
