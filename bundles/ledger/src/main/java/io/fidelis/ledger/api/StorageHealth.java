package io.fidelis.ledger.api;

/** Whether the database answers, for health checks and load balancers. */
public interface StorageHealth {

    boolean reachable();
}
