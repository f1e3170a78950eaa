package io.fidelis.ledger.api;

/** A suspended tenant's tills and console users are refused (403 {@code tenant-suspended}); its data stays. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}
