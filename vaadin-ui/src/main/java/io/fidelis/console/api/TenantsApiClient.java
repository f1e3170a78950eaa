package io.fidelis.console.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Support's tenant operations of the admin API ({@code /admin/v1/tenants}), with the signed-in user's token. */
public class TenantsApiClient {

    private static final TypeReference<List<TenantSummary>> TENANTS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };
    private static final TypeReference<TenantSummary> TENANT = new TypeReference<>() {
    };
    private static final TypeReference<Onboarded> ONBOARDED = new TypeReference<>() {
    };
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final RestClient http;
    private final String apiUrl;
    private final AccessTokenSource tokens;

    public TenantsApiClient(RestClient.Builder builder, String apiUrl, AccessTokenSource tokens) {
        this.apiUrl = apiUrl;
        this.tokens = tokens;
        this.http = builder.baseUrl(apiUrl).build();
    }

    public List<TenantSummary> tenants() {
        return call(HttpMethod.GET, "/admin/v1/tenants", null, TENANTS);
    }

    public List<String> templates() {
        return call(HttpMethod.GET, "/admin/v1/tenants/templates", null, NAMES);
    }

    public Onboarded onboard(OnboardingForm form) {
        return call(HttpMethod.POST, "/admin/v1/tenants", form.body(), ONBOARDED);
    }

    public TenantSummary suspend(String tenantId) {
        return call(HttpMethod.POST, "/admin/v1/tenants/{id}/suspend", Map.of(), TENANT, tenantId);
    }

    public TenantSummary activate(String tenantId) {
        return call(HttpMethod.POST, "/admin/v1/tenants/{id}/activate", Map.of(), TENANT, tenantId);
    }

    private <T> T call(HttpMethod method, String path, Object body, TypeReference<T> type, Object... variables) {
        try {
            RestClient.RequestBodySpec request = http.method(method)
                    .uri(b -> { URI uri = b.path(path).build(variables); return uri; })
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.accessToken())
                    .accept(MediaType.APPLICATION_JSON, MediaType.parseMediaType("application/problem+json"));
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(MAPPER.writeValueAsString(body));
            }
            String answer = request.retrieve()
                    .onStatus(HttpStatusCode::isError, (req, response) -> {
                        String text = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                        throw withFieldErrors(ApiJson.problem(response.getStatusCode().value(), response.getStatusText(), text), text);
                    })
                    .body(String.class);
            return ApiJson.read(answer == null ? "null" : answer, type);
        } catch (ResourceAccessException e) {
            throw ApiException.unreachable(apiUrl, e);
        }
    }

    /** A 400 names the wrong fields: show them, not just "invalid request". */
    static ApiException withFieldErrors(ApiException problem, String body) {
        try {
            JsonNode errors = MAPPER.readTree(body).path("errors");
            if (!errors.isArray() || errors.isEmpty()) {
                return problem;
            }
            StringBuilder detail = new StringBuilder();
            for (JsonNode error : errors) {
                detail.append(detail.isEmpty() ? "" : "; ").append(error.path("field").asString())
                        .append(' ').append(error.path("message").asString());
            }
            return new ApiException(problem.status(), problem.title(), detail.toString(), null);
        } catch (RuntimeException notJson) {
            return problem;
        }
    }
}
