package io.fidelis.console.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import tools.jackson.core.type.TypeReference;

/**
 * Calls the Fidelis admin API ({@code /admin/v1}) with the signed-in user's bearer token. Every
 * failure surfaces as an {@link ApiException} carrying a message for the merchant.
 */
public class AdminApiClient {

    private static final MediaType PROBLEM_JSON = MediaType.parseMediaType("application/problem+json");

    private final RestClient http;
    private final String apiUrl;
    private final AccessTokenSource tokens;

    public AdminApiClient(RestClient.Builder builder, String apiUrl, AccessTokenSource tokens) {
        this.apiUrl = apiUrl;
        this.tokens = tokens;
        this.http = builder.baseUrl(apiUrl).build();
    }

    public Me me() {
        return get(ApiJson.ME, b -> b.path("/admin/v1/me").build());
    }

    /** @param query free text over name, email and card code; blank for all members */
    public Page<Member> members(String query, int offset, int limit) {
        return get(ApiJson.MEMBER_PAGE, b -> {
            Map<String, Object> values = new HashMap<>();
            b.path("/admin/v1/members");
            if (query != null && !query.isBlank()) {
                b.queryParam("q", "{q}");
                values.put("q", query.strip());
            }
            return paged(b, offset, limit, values);
        });
    }

    /** The transaction log, newest first, narrowed by the filter. */
    public Page<Transaction> transactions(TransactionFilter filter, int offset, int limit) {
        return get(ApiJson.TRANSACTION_PAGE, b -> {
            Map<String, Object> values = new HashMap<>();
            b.path("/admin/v1/transactions");
            filter.queryParameters().forEach((name, value) -> {
                b.queryParam(name, "{" + name + "}");
                values.put(name, value);
            });
            return paged(b, offset, limit, values);
        });
    }

    /** The tenant's programs, by name. */
    public List<Program> programs() {
        return get(ApiJson.PROGRAMS, b -> b.path("/admin/v1/programs").build());
    }

    /** The installed program types, each with its configuration form. */
    public List<ProgramType> programTypes() {
        return get(ApiJson.PROGRAM_TYPES, b -> b.path("/admin/v1/program-types").build());
    }

    public Program createProgram(ProgramRequest program) {
        return send(HttpMethod.POST, b -> b.path("/admin/v1/programs").build(), program);
    }

    /** Renames and/or reconfigures a program (id and type of the request are ignored). */
    public Program updateProgram(String id, ProgramRequest change) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", change.name());
        body.put("config", change.config());
        return send(HttpMethod.PUT, b -> b.path("/admin/v1/programs/{id}").build(id), body);
    }

    /** {@code suspend}, {@code activate} or {@code archive}. */
    public Program programAction(String id, String action) {
        return send(HttpMethod.POST, b -> b.path("/admin/v1/programs/{id}/{action}").build(id, action), null);
    }

    private static URI paged(UriBuilder b, int offset, int limit, Map<String, Object> values) {
        // values go through template variables so that they are encoded strictly ('+', '&', ...)
        return b.queryParam("offset", offset).queryParam("limit", limit).build(values);
    }

    private <T> T get(TypeReference<T> type, Function<UriBuilder, URI> uri) {
        return call(http.get().uri(uri), type);
    }

    private Program send(HttpMethod method, Function<UriBuilder, URI> uri, Object body) {
        RestClient.RequestBodySpec request = http.method(method).uri(uri).contentType(MediaType.APPLICATION_JSON);
        return call(body == null ? request : request.body(ApiJson.write(body)), ApiJson.PROGRAM);
    }

    private <T> T call(RestClient.RequestHeadersSpec<?> spec, TypeReference<T> type) {
        String token = tokens.accessToken();
        try {
            String body = spec
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .accept(MediaType.APPLICATION_JSON, PROBLEM_JSON)
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> {
                        throw ApiJson.problem(response.getStatusCode().value(), response.getStatusText(),
                                readBody(response.getBody()));
                    })
                    .body(String.class);
            if (body == null || body.isBlank()) {
                throw new ApiException(502, "The Fidelis service sent an empty answer", null, null);
            }
            return ApiJson.read(body, type);
        } catch (ResourceAccessException e) {
            throw ApiException.unreachable(apiUrl, e);
        }
    }

    private static String readBody(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
