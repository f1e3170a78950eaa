package io.fidelis.ledger.api;

/** ACTIVE programs run at the tills (while their type is installed); SUSPENDED ones do not; ARCHIVED is final. */
public enum ProgramStatus {
    ACTIVE, SUSPENDED, ARCHIVED
}
