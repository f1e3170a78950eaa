package io.fidelis.ledger.internal.migration;

/** Registered once the database schema is migrated; services that touch tables depend on it. */
public interface SchemaReady {
}
