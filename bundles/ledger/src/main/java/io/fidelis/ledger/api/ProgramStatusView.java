package io.fidelis.ledger.api;

/** A merchant's program and its status: ACTIVE, SUSPENDED (its type is not installed) or ARCHIVED. */
public record ProgramStatusView(String tenantId, String programId, String typeId, String name, String status) {

    public static final String ACTIVE = "ACTIVE";
    public static final String SUSPENDED = "SUSPENDED";
}
