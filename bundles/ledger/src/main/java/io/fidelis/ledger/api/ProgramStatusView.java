package io.fidelis.ledger.api;

/** A merchant's active program that does not run because its type is not installed: SUSPENDED until the type is back. */
public record ProgramStatusView(String tenantId, String programId, String typeId, String name, String status) {

    public static final String SUSPENDED = "SUSPENDED";
}
