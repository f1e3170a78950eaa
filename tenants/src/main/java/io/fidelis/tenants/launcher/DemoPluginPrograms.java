package io.fidelis.tenants.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fidelis.tenants.HttpJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The demo tenants' merchant-type programs (staff comps, a casino's daily credit, prepaid cards, session packs),
 * created through the admin API once their plugins are live. A program that exists already is left as it is.
 */
final class DemoPluginPrograms {

    static final String RESOURCE = "/demo/plugin-programs.json";

    private final HttpJson http = new HttpJson();
    private final String apiUrl;
    private final Consumer<String> log;

    DemoPluginPrograms(String apiUrl, Consumer<String> log) {
        this.apiUrl = apiUrl.replaceAll("/+$", "");
        this.log = log;
    }

    /** Answers how many programs were created. */
    int create(String supportToken, Duration waitForPlugins) {
        int created = 0;
        for (JsonNode program : read().path("programs")) {
            String type = program.path("type").asText();
            awaitType(supportToken, type, waitForPlugins);
            ObjectNode body = HttpJson.MAPPER.createObjectNode().put("id", program.path("id").asText()).put("type", type)
                    .put("name", program.path("name").asText());
            body.set("config", program.path("config"));
            String tenant = program.path("tenant").asText();
            HttpJson.Response answer = http.send("POST", apiUrl + "/admin/v1/programs?tenant=" + URLEncoder.encode(tenant,
                    StandardCharsets.UTF_8), supportToken, body, Map.of());
            if (answer.status() == 201) {
                created++;
            } else if (!(answer.status() == 400 && answer.raw().body().contains("already used"))) {
                log.accept("WARNING: demo program " + program.path("id").asText() + " of " + tenant + " not created: "
                        + answer.status() + " " + answer.raw().body());
            }
        }
        return created;
    }

    private void awaitType(String supportToken, String type, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode types = http.send("GET", apiUrl + "/admin/v1/program-types", supportToken, null, Map.of()).body();
            for (JsonNode installed : types) {
                if (type.equals(installed.path("typeId").asText())) {
                    return;
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.accept("WARNING: plugin " + type + " not live after " + wait.toSeconds() + " s; its demo program stays paused");
    }

    private static JsonNode read() {
        try (InputStream in = DemoPluginPrograms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the launcher's classpath");
            }
            return HttpJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
