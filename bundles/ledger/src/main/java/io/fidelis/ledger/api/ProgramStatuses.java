package io.fidelis.ledger.api;

import java.util.List;

/**
 * Which program types are installed, from which bundle, and what that means for merchants' programs: an active
 * program whose type is not installed is suspended (tills are told; balances stay) until its type comes back.
 */
public interface ProgramStatuses {

    List<InstalledProgramType> installedTypes();

    /** The suspended programs of the tenants this node has served since it started (a support overview). */
    List<ProgramStatusView> suspendedPrograms();
}
