package io.fidelis.tenants;

import com.fasterxml.jackson.databind.JsonNode;

public record ProgramSpec(String id, String type, String name, JsonNode config) {
}
