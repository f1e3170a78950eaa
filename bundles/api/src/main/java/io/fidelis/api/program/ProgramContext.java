package io.fidelis.api.program;

/** Everything a program type gets besides the event: which program instance, its configuration, the member. */
public record ProgramContext(String programId, String programName, ProgramConfig config, MemberState member) {
}
