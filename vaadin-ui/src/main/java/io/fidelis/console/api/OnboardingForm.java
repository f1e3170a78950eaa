package io.fidelis.console.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the support screen collects to onboard a merchant; the stores and settings come from the template. */
public record OnboardingForm(String tenantId, String name, String template, String adminUsername, String adminEmail,
                            int tills) {

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tenantId", tenantId);
        body.put("name", name);
        body.put("template", template);
        body.put("admin", Map.of("username", adminUsername, "email", adminEmail));
        body.put("stores", List.of(Map.of("code", "main", "name", name == null || name.isBlank() ? "Main" : name,
                "tills", tills)));
        return body;
    }
}
