package io.fidelis.tenancy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Keycloak's Admin REST API of one realm, called with the provisioner client's service-account token
 * (client credentials, renewed before it expires). No Keycloak library: JSON over java.net.http.
 */
final class KeycloakClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** A status Keycloak answered that the caller did not expect. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        Failure(String call, int status, String body) {
            super(call + " answered " + status + (body == null || body.isBlank() ? "" : ": "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body)));
            this.status = status;
        }
    }

    record Answer(int status, JsonNode body, String location) {
        /** The id a POST created: the last segment of {@code Location}. */
        String createdId() {
            return location == null ? null : location.substring(location.lastIndexOf('/') + 1);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String realm;
    private final String clientId;
    private final String clientSecret;
    private String token;
    private Instant tokenRenewAt = Instant.EPOCH;

    KeycloakClient(String baseUrl, String realm, String clientId, String clientSecret) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.realm = realm;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    String tokenUrl() {
        return baseUrl + "/realms/" + realm + "/protocol/openid-connect/token";
    }

    Answer send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/" + realm + path))
                .timeout(TIMEOUT).header("Accept", "application/json").header("Authorization", "Bearer " + token());
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        HttpResponse<String> response = exchange(method + " " + path, request.build());
        return new Answer(response.statusCode(), parse(response.body()), response.headers().firstValue("Location").orElse(null));
    }

    /** Fails unless 2xx. */
    Answer expect(String method, String path, Object body) {
        Answer answer = send(method, path, body);
        if (answer.status() / 100 != 2) {
            throw new Failure(method + " " + path, answer.status(), answer.body().toString());
        }
        return answer;
    }

    JsonNode get(String path) {
        return expect("GET", path, null).body();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenRenewAt)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl())).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = exchange("token for " + clientId, request);
        if (response.statusCode() != 200) {
            throw new Failure("token for " + clientId, response.statusCode(), response.body());
        }
        JsonNode body = parse(response.body());
        token = body.path("access_token").asText();
        long lifetime = Math.max(10, body.path("expires_in").asLong(60));
        tokenRenewAt = Instant.now().plusSeconds(lifetime * 3 / 4);
        return token;
    }

    private HttpResponse<String> exchange(String call, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(call + " could not reach Keycloak at " + baseUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + call, e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
