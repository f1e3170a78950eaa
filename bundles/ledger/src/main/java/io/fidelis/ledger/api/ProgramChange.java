package io.fidelis.ledger.api;

import java.util.Map;

/** A change to a program: a new name and/or a whole new configuration; null leaves that part as it is. */
public record ProgramChange(String name, Map<String, Object> config) {
}
