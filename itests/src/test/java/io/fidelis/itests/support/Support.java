package io.fidelis.itests.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.Assert.assertEquals;

/** What support does through the admin API: plugins up and down, programs for a tenant. */
public final class Support {

    private final String api;
    private final TestStack stack;

    public Support(String api, TestStack stack) {
        this.api = api;
        this.stack = stack;
    }

    public Http.Answer uploadPlugin(byte[] jar) {
        return Http.postBytes(api + "/admin/v1/plugins", stack.provisionerToken(), jar, "application/java-archive");
    }

    public Http.Answer removePlugin(String symbolicName) {
        return Http.delete(api + "/admin/v1/plugins/" + symbolicName, stack.provisionerToken());
    }

    public JsonNode plugins() {
        Http.Answer answer = Http.get(api + "/admin/v1/plugins", stack.provisionerToken());
        assertEquals(answer.toString(), 200, answer.status());
        return answer.json();
    }

    public JsonNode programs(String tenantId) {
        Http.Answer answer = Http.get(api + "/admin/v1/programs?tenant=" + tenantId, stack.provisionerToken());
        assertEquals(answer.toString(), 200, answer.status());
        return answer.json();
    }

    /** The tenant's program as {@code GET /admin/v1/programs} shows it: status, typeInstalled, running. */
    public JsonNode program(String tenantId, String programId) {
        for (JsonNode program : programs(tenantId)) {
            if (programId.equals(program.path("id").asText())) {
                return program;
            }
        }
        throw new AssertionError("no program " + programId + " in " + programs(tenantId));
    }

    /** The version of the bundle that provides {@code typeId} now, or null when the type is not installed. */
    public String installedVersion(String typeId) {
        for (JsonNode type : plugins().path("installedTypes")) {
            if (typeId.equals(type.path("typeId").asText())) {
                return type.path("bundleVersion").asText();
            }
        }
        return null;
    }

    /** Polls until the installed version of {@code typeId} passes {@code condition}; answers how long it took. */
    public Duration awaitType(String typeId, Predicate<String> condition, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        String version = installedVersion(typeId);
        while (!condition.test(version)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(typeId + " still at version " + version + " after " + timeout + ": " + plugins());
            }
            Thread.sleep(50);
            version = installedVersion(typeId);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Adds (or changes) one program of the tenant through {@code PUT /admin/v1/tenants/{id}}, keeping its settings. */
    public void putProgram(String tenantId, String programId, String type, String name, Map<String, Object> config) {
        Http.Answer current = Http.get(api + "/admin/v1/tenants/" + tenantId, stack.provisionerToken());
        assertEquals(current.toString(), 200, current.status());
        JsonNode view = current.json();
        Map<String, Object> spec = Map.of("name", view.path("name").asText(), "currency", view.path("currency").asText(),
                "timezone", view.path("timezone").asText(), "dayCutoffHour", view.path("dayCutoffHour").asInt(),
                "programs", List.of(Map.of("id", programId, "type", type, "name", name, "config", config)));
        Http.Answer answer = Http.put(api + "/admin/v1/tenants/" + tenantId, stack.provisionerToken(), Http.json(spec));
        assertEquals(answer.toString(), 200, answer.status());
    }
}
