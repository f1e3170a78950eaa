package io.fidelis.tenants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The parts of the Fidelis HTTP API that provisioning calls (see docs/architecture.md). */
public final class FidelisApiClient {

    /** The roles Fidelis keeps per tenant; the demo users' realm roles among them are granted in their tenant. */
    static final List<String> TENANT_ROLES = List.of("merchant-admin", "merchant-staff", "partner");

    private final HttpJson http = new HttpJson();
    private final String apiUrl;

    /** {@code apiUrl} is the API base, e.g. {@code http://localhost:8181/api}. */
    public FidelisApiClient(String apiUrl) {
        this.apiUrl = apiUrl.replaceAll("/+$", "");
    }

    /** {@code PUT /admin/v1/tenants/{id}}, with a token holding the {@code support} role. */
    public void putTenant(String supportToken, TenantSpec tenant) {
        http.expectSuccess("PUT", apiUrl + "/admin/v1/tenants/" + encode(tenant.id()), supportToken, tenantBody(tenant));
    }

    /** {@code POST /till/v1/transactions}; a retry with the same key replays the first answer. */
    public JsonNode postTillTransaction(String tillToken, String idempotencyKey, JsonNode transaction) {
        String url = apiUrl + "/till/v1/transactions";
        HttpJson.Response response = http.send("POST", url, tillToken, transaction, Map.of("Idempotency-Key", idempotencyKey));
        if (response.status() != 201) {
            throw new HttpFailure("POST", url, response.status(), response.raw().body());
        }
        return response.body();
    }

    /** The tenant row as the admin API takes it: the Keycloak parts (users, tills) stay out. */
    public static ObjectNode tenantBody(TenantSpec tenant) {
        ObjectNode body = HttpJson.MAPPER.createObjectNode()
                .put("name", tenant.name()).put("currency", tenant.currency()).put("timezone", tenant.timezone());
        body.put("dayCutoffHour", tenant.dayCutoffHour());
        ArrayNode stores = body.putArray("stores");
        tenant.stores().forEach(s -> stores.addObject().put("code", s.code()).put("name", s.name()));
        ArrayNode staff = body.putArray("staff");
        tenant.staff().forEach(s -> staff.addObject().put("code", s.code()).put("name", s.name()));
        body.set("programs", HttpJson.MAPPER.valueToTree(tenant.programs()));
        ArrayNode members = body.putArray("members");
        for (UserSpec user : tenant.users()) {
            List<String> roles = user.roles().stream().filter(TENANT_ROLES::contains).toList();
            if (!roles.isEmpty()) {
                ArrayNode granted = members.addObject().put("username", user.username()).putArray("roles");
                roles.forEach(granted::add);
            }
        }
        return body;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
