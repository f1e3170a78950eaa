package io.fidelis.tenancy.api;

/** What deleting a tenant removed. */
public record DeletionReport(String tenantId, long rowsDeleted, int tillClientsDeleted, int usersDeleted,
                             boolean organizationDeleted) {
}
