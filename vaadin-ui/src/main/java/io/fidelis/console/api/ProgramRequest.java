package io.fidelis.console.api;

import java.util.Map;

/** What the console sends to create ({@code id} may be null: derived from the name) or change a program. */
public record ProgramRequest(String id, String type, String name, Map<String, Object> config) {
}
