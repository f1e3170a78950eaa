package io.fidelis.tenants;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** The Keycloak Admin REST representations Fidelis needs, built from the specs (no I/O). */
public final class KeycloakRepresentations {

    public static final String CONSOLE_CLIENT = "fidelis-console";
    public static final String PROVISIONER_CLIENT = "fidelis-provisioner";
    public static final String ORGANIZATION_SCOPE = "organization";
    public static final String AUDIENCE_SCOPE = "fidelis-api-audience";
    public static final String API_AUDIENCE = "fidelis-api";

    private KeycloakRepresentations() {
    }

    public static ObjectNode realm(String name) {
        return object().put("realm", name).put("enabled", true).put("organizationsEnabled", true);
    }

    public static ObjectNode role(String name) {
        return object().put("name", name).put("description", "Fidelis " + name);
    }

    /** A client scope whose only mapper adds {@value #API_AUDIENCE} to the access token's {@code aud}. */
    public static ObjectNode audienceScope() {
        ObjectNode scope = object().put("name", AUDIENCE_SCOPE).put("protocol", "openid-connect")
                .put("description", "Adds the " + API_AUDIENCE + " audience to access tokens");
        scope.putObject("attributes").put("include.in.token.scope", "false").put("display.on.consent.screen", "false");
        scope.putArray("protocolMappers").add(audienceMapper());
        return scope;
    }

    public static ObjectNode audienceMapper() {
        ObjectNode mapper = mapper(API_AUDIENCE + " audience", "oidc-audience-mapper");
        mapper.withObjectProperty("config").put("included.custom.audience", API_AUDIENCE)
                .put("access.token.claim", "true").put("id.token.claim", "false")
                .put("introspection.token.claim", "true");
        return mapper;
    }

    /** Public client, authorization code with PKCE S256. */
    public static ObjectNode consoleClient(List<String> redirectUris, List<String> postLogoutRedirectUris) {
        ObjectNode client = client(CONSOLE_CLIENT, "Fidelis console")
                .put("publicClient", true).put("standardFlowEnabled", true)
                .put("directAccessGrantsEnabled", false).put("serviceAccountsEnabled", false)
                .put("frontchannelLogout", true);
        strings(client.putArray("redirectUris"), redirectUris);
        client.putArray("webOrigins").add("+");
        client.withObjectProperty("attributes").put("pkce.code.challenge.method", "S256")
                .put("post.logout.redirect.uris", String.join("##", postLogoutRedirectUris));
        return client;
    }

    /** Confidential client whose service account (role {@code support}) calls the Fidelis admin API. */
    public static ObjectNode provisionerClient() {
        return serviceAccountClient(PROVISIONER_CLIENT, "Fidelis provisioner", null);
    }

    /** Confidential till client; its store and till travel as hardcoded claims. */
    public static ObjectNode tillClient(String tenantId, TillSpec till) {
        ObjectNode client = serviceAccountClient(till.clientId(tenantId), "Till " + till.code() + " of " + tenantId,
                till.secret());
        ArrayNode mappers = client.putArray("protocolMappers");
        mappers.add(hardcodedClaim("fidelis_store", till.store()));
        mappers.add(hardcodedClaim("fidelis_till", till.code()));
        return client;
    }

    public static ObjectNode hardcodedClaim(String claim, String value) {
        ObjectNode mapper = mapper(claim, "oidc-hardcoded-claim-mapper");
        mapper.withObjectProperty("config").put("claim.name", claim).put("claim.value", value).put("jsonType.label", "String")
                .put("access.token.claim", "true").put("id.token.claim", "false")
                .put("userinfo.token.claim", "false").put("introspection.token.claim", "true");
        return mapper;
    }

    public static ObjectNode organization(TenantSpec tenant) {
        return object().put("name", tenant.name()).put("alias", tenant.id()).put("enabled", true)
                .put("description", "Fidelis tenant " + tenant.id());
    }

    /** A new user with a non-temporary password; names and e-mail keep Keycloak from asking for them at login. */
    public static ObjectNode newUser(UserSpec user) {
        ObjectNode node = object().put("username", user.username()).put("enabled", true)
                .put("firstName", user.firstName()).put("lastName", user.lastName())
                .put("email", user.email()).put("emailVerified", user.email() != null);
        if (user.password() != null) {
            node.putArray("credentials").addObject()
                    .put("type", "password").put("value", user.password()).put("temporary", false);
        }
        return node;
    }

    private static ObjectNode serviceAccountClient(String clientId, String name, String secret) {
        ObjectNode client = client(clientId, name)
                .put("publicClient", false).put("clientAuthenticatorType", "client-secret")
                .put("serviceAccountsEnabled", true).put("standardFlowEnabled", false)
                .put("implicitFlowEnabled", false).put("directAccessGrantsEnabled", false);
        if (secret != null) {
            client.put("secret", secret);
        }
        return client;
    }

    private static ObjectNode client(String clientId, String name) {
        return object().put("clientId", clientId).put("name", name).put("protocol", "openid-connect")
                .put("enabled", true);
    }

    private static ObjectNode mapper(String name, String type) {
        ObjectNode mapper = object().put("name", name).put("protocol", "openid-connect").put("protocolMapper", type);
        mapper.putObject("config");
        return mapper;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static ObjectNode object() {
        return HttpJson.MAPPER.createObjectNode();
    }
}
