package io.fidelis.itests.support;

import com.fasterxml.jackson.databind.JsonNode;

/** The admin API as support (the provisioner's service account) acting on one demo tenant. */
public final class Admin {

    private final String api;
    private final TestStack stack;
    private final String tenantId;

    public Admin(String api, TestStack stack, String tenantId) {
        this.api = api;
        this.stack = stack;
        this.tenantId = tenantId;
    }

    public Http.Answer get(String path) {
        return Http.get(url(path), stack.provisionerToken());
    }

    public Http.Answer post(String path, String json) {
        return Http.post(url(path), stack.provisionerToken(), json);
    }

    public Http.Answer put(String path, String json) {
        return Http.put(url(path), stack.provisionerToken(), json);
    }

    /** The program of that id in a {@code GET programs} answer. */
    public static JsonNode program(JsonNode programs, String id) {
        for (JsonNode program : programs) {
            if (id.equals(program.path("id").asText())) {
                return program;
            }
        }
        throw new AssertionError("no program " + id + " in " + programs);
    }

    private String url(String path) {
        return api + "/admin/v1/" + path + (path.contains("?") ? "&" : "?") + "tenant=" + tenantId;
    }
}
