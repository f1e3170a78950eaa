package io.fidelis.ledger.api;

import java.util.Set;

/** Whether a tenant may be served now, and the roles a person holds in it (kept by Fidelis, not Keycloak). */
public interface TenantAccess {

    /** @param exists false for an unknown tenant id */
    record Standing(boolean exists, TenantStatus status, Set<String> roles) {

        public boolean suspended() {
            return status == TenantStatus.SUSPENDED;
        }
    }

    /** Cached for a few seconds; changes made through {@link TenantAdmin} on this node show at once. */
    Standing standing(String tenantId, String username);
}
