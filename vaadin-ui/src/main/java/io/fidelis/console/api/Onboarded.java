package io.fidelis.console.api;

import java.util.List;

/** The answer of onboarding: what support hands to the merchant. */
public record Onboarded(TenantSummary tenant, Admin admin, List<Till> tills, String tokenUrl, long durationMillis) {

    public record Admin(String username, String temporaryPassword, boolean existingAccount) {
    }

    public record Till(String storeCode, String tillCode, String clientId, String clientSecret) {
    }
}
