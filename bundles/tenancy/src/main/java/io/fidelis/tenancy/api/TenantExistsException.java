package io.fidelis.tenancy.api;

/** Onboarding named a tenant id that is taken (in Fidelis or as a Keycloak organization). */
public class TenantExistsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TenantExistsException(String tenantId) {
        super("Tenant " + tenantId + " exists already");
    }
}
