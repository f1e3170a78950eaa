package io.fidelis.console.api;

import java.util.Map;

/** A merchant's program as listed by {@code GET /admin/v1/programs}; {@code updatedAt} is ISO-8601 text. */
public record Program(String id, String type, String typeName, String name, String status, boolean typeInstalled,
                      boolean running, Map<String, Object> config, String updatedAt, String updatedBy) {

    public Program {
        config = config == null ? Map.of() : Map.copyOf(config);
    }

    public boolean archived() {
        return "ARCHIVED".equals(status);
    }
}
