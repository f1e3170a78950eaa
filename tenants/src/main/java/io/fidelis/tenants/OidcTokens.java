package io.fidelis.tenants;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Access tokens from a Keycloak realm's token endpoint, and reading their claims. */
public final class OidcTokens {

    private static final HttpJson HTTP = new HttpJson();

    private OidcTokens() {
    }

    public static String clientCredentials(String keycloakUrl, String realm, String clientId, String secret) {
        return request(keycloakUrl, realm, Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret));
    }

    public static String password(String keycloakUrl, String realm, String clientId, String username, String password) {
        return request(keycloakUrl, realm, Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", password));
    }

    /** The payload of a JWT, not verified: for provisioning checks and tests, never for authorisation. */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        try {
            return HttpJson.MAPPER.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String request(String keycloakUrl, String realm, Map<String, String> form) {
        String url = keycloakUrl.replaceAll("/+$", "") + "/realms/" + realm + "/protocol/openid-connect/token";
        HttpJson.Response response = HTTP.postForm(url, form);
        if (response.status() != 200) {
            throw new HttpFailure("POST", url + " (" + form.get("grant_type") + " for " + form.get("client_id") + ")",
                    response.status(), response.raw().body());
        }
        return response.body().path("access_token").asText();
    }
}
