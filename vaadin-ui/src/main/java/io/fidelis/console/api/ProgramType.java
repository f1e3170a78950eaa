package io.fidelis.console.api;

import java.util.List;

/** An installed program type and its configuration form ({@code GET /admin/v1/program-types}). */
public record ProgramType(String typeId, String name, String description, List<Field> fields, List<String> assets) {

    public ProgramType {
        fields = fields == null ? List.of() : List.copyOf(fields);
        assets = assets == null ? List.of() : List.copyOf(assets);
    }

    /** One configuration field: {@code type} INTEGER, TEXT or BOOLEAN; for TEXT, {@code max} is the length. */
    public record Field(String name, String label, String type, Object defaultValue, Long min, Long max, boolean required) {
    }
}
