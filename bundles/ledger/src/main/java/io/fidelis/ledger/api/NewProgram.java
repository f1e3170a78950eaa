package io.fidelis.ledger.api;

import java.util.Map;

/**
 * A program to create: {@code id} (lower-case letters, digits and dashes, at most 48: it scopes the program's
 * assets such as {@code STAMPS:<id>}; derived from the name when absent), the installed type, a name and the
 * configuration the type describes.
 */
public record NewProgram(String id, String type, String name, Map<String, Object> config) {
}
