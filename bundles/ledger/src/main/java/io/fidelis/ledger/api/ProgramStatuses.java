package io.fidelis.ledger.api;

import java.util.List;

/**
 * Which program types are installed, from which bundle, and what that means for merchants' programs: a program
 * whose type is not installed is SUSPENDED (tills are told; balances stay) until its type comes back.
 */
public interface ProgramStatuses {

    List<InstalledProgramType> installedTypes();

    /** Every program of the tenant with its status: ACTIVE, SUSPENDED (type not installed) or as stored (e.g. ARCHIVED). */
    List<ProgramStatusView> programs(String tenantId);

    /** The suspended programs of the tenants this node has served since it started (a support overview). */
    List<ProgramStatusView> suspendedPrograms();
}
