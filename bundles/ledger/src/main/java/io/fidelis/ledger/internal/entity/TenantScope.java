package io.fidelis.ledger.internal.entity;

/** The EntityManager property EclipseLink multitenancy reads to filter every query by tenant. */
public final class TenantScope {

    public static final String PROPERTY = "tenant.id";

    private TenantScope() {
    }
}
