package io.fidelis.ledger.api;

import java.util.List;

/**
 * A merchant's programs: list, create, reconfigure, suspend, reactivate and archive them. A configuration
 * is checked by its program type, which must be installed; every error names the field. Changes reach the
 * tills of this node at once.
 */
public interface ProgramAdmin {

    List<ProgramView> list(String tenantId);

    ProgramView create(String tenantId, NewProgram program, String actor);

    /** Changes the name and/or replaces the configuration (null keeps it). An archived program cannot change. */
    ProgramView update(String tenantId, String programId, ProgramChange change, String actor);

    /** ACTIVE or SUSPENDED back and forth; ARCHIVED is final. */
    ProgramView setStatus(String tenantId, String programId, ProgramStatus status, String actor);
}
