package io.fidelis.tenancy.api;

import io.fidelis.ledger.api.TenantView;
import java.util.List;

/**
 * What support hands to the merchant: the admin's temporary password (null when the person already
 * had a Keycloak account, which keeps its password) and each till's client credentials.
 */
public record OnboardingResult(TenantView tenant, String organizationId, AdminLogin admin, List<TillCredentials> tills,
                               String tokenUrl, long durationMillis) {

    public record AdminLogin(String username, String temporaryPassword, boolean existingAccount) {
    }

    public record TillCredentials(String storeCode, String tillCode, String clientId, String clientSecret) {
    }
}
