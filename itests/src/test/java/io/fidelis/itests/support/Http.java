package io.fidelis.itests.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.fidelis.tenants.HttpJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP calls from the test driver, with raw bodies (so that malformed JSON can be sent too). */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    public record Answer(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            try {
                return body.isBlank() ? MissingNode.getInstance() : HttpJson.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            String type = header("Content-Type");
            return type == null ? null : type.replaceAll(";.*", "").trim();
        }

        @Override
        public String toString() {
            return status + " " + raw.headers().map() + " " + body;
        }
    }

    public static Answer get(String url, String token) {
        return send(request(url, token).GET().build());
    }

    /** GET that gives up after {@code timeout} (a {@link java.net.http.HttpTimeoutException} inside the UncheckedIOException). */
    public static Answer get(Duration timeout, String url, String token) {
        return send(request(url, token).timeout(timeout).GET().build());
    }

    /** POST that gives up after {@code timeout}, as a till that cannot keep a customer waiting. */
    public static Answer post(Duration timeout, String url, String token, String json, String... headers) {
        HttpRequest.Builder request = request(url, token).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** POST with a JSON body given as text; {@code headers} are name, value pairs. */
    public static Answer post(String url, String token, String json, String... headers) {
        HttpRequest.Builder request = request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** PUT with a JSON body given as text. */
    public static Answer put(String url, String token, String json) {
        return send(request(url, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** POST sent chunked, without a Content-Length, as a streaming till would. */
    public static Answer postStreamed(String url, String token, String json, String... headers) {
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest.Builder request = request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** Any method, with an optional JSON body. */
    public static Answer send(String method, String url, String token, String json) {
        HttpRequest.Builder request = request(url, token);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request.build());
    }

    /** GET of a binary answer (an export archive); the status and bytes. */
    public static java.util.Map.Entry<Integer, byte[]> getBytes(String url, String token) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request(url, token).setHeader("Accept", "application/zip, application/problem+json")
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return java.util.Map.entry(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST of a binary body, e.g. a plugin jar. */
    public static Answer postBytes(String url, String token, byte[] body, String contentType) {
        return send(request(url, token).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public static Answer delete(String url, String token) {
        return send(request(url, token).DELETE().build());
    }

    public static String json(Object value) {
        try {
            return HttpJson.MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json, text/html");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
