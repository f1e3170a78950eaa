package io.fidelis.tenants;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The Keycloak Admin REST API of one realm, called as a master-realm administrator
 * (password grant of {@code admin-cli}). Paths are relative to {@code /admin/realms/<realm>}.
 */
public final class KeycloakAdmin {

    // master's admin-cli tokens live 60 s: renew well before
    private static final Duration TOKEN_REUSE = Duration.ofSeconds(40);

    private final HttpJson http = new HttpJson();
    private final String keycloakUrl;
    private final String realm;
    private final String adminUser;
    private final String adminPassword;
    private String token;
    private Instant tokenTime = Instant.EPOCH;

    public KeycloakAdmin(String keycloakUrl, String realm, String adminUser, String adminPassword) {
        this.keycloakUrl = keycloakUrl.replaceAll("/+$", "");
        this.realm = realm;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    public String realm() {
        return realm;
    }

    public String keycloakUrl() {
        return keycloakUrl;
    }

    /** GET; empty on 404. */
    public Optional<JsonNode> find(String path) {
        HttpJson.Response response = http.send("GET", url(path), token(), null, Map.of());
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (response.status() != 200) {
            throw new HttpFailure("GET", url(path), response.status(), response.raw().body());
        }
        return Optional.of(response.body());
    }

    public JsonNode get(String path) {
        return http.expectSuccess("GET", url(path), token(), null).body();
    }

    /** POST of a new resource; answers its id (the last segment of {@code Location}). */
    public String create(String path, Object body) {
        String location = http.expectSuccess("POST", url(path), token(), body).header("Location");
        return location == null ? null : location.substring(location.lastIndexOf('/') + 1);
    }

    public void post(String path, Object body) {
        http.expectSuccess("POST", url(path), token(), body);
    }

    public void put(String path, Object body) {
        http.expectSuccess("PUT", url(path), token(), body);
    }

    /** DELETE; a missing resource is not an error. */
    public void delete(String path) {
        HttpJson.Response response = http.send("DELETE", url(path), token(), null, Map.of());
        if (response.status() / 100 != 2 && response.status() != 404) {
            throw new HttpFailure("DELETE", url(path), response.status(), response.raw().body());
        }
    }

    /** The realm itself: {@code /admin/realms/<realm>}; empty when it does not exist. */
    public Optional<JsonNode> findRealm() {
        return find("");
    }

    public void createRealm(Object representation) {
        http.expectSuccess("POST", keycloakUrl + "/admin/realms", token(), representation);
    }

    private String url(String path) {
        return keycloakUrl + "/admin/realms/" + realm + path;
    }

    private String token() {
        if (token == null || Instant.now().isAfter(tokenTime.plus(TOKEN_REUSE))) {
            tokenTime = Instant.now();
            token = OidcTokens.password(keycloakUrl, "master", "admin-cli", adminUser, adminPassword);
        }
        return token;
    }
}
