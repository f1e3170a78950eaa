package io.fidelis.ledger.internal.program;

import io.fidelis.api.program.ProgramConfig;

/** A merchant's program as the sale flow needs it. */
public record ActiveProgram(String programId, String typeId, String name, ProgramConfig config) {
}
