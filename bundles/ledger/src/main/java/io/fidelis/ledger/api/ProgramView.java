package io.fidelis.ledger.api;

import java.time.Instant;
import java.util.Map;

/**
 * A merchant's program. {@code running} is true when it is ACTIVE and its type is installed: a program whose
 * type (plugin) is absent stays ACTIVE but does not run until the type comes back.
 */
public record ProgramView(String id, String type, String typeName, String name, ProgramStatus status,
                          boolean typeInstalled, boolean running, Map<String, Object> config,
                          Instant updatedAt, String updatedBy) {
}
