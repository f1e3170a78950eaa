package io.fidelis.tenancy.api;

import java.util.List;
import java.util.Map;

/**
 * A new merchant: which template it starts from, its first admin and its stores (each with its
 * number of tills, 1 when not given). Stores default to the template's. {@code overrides} replaces
 * template fields: {@code currency}, {@code timezone}, {@code dayCutoffHour}, {@code staff}, {@code programs}.
 */
public record OnboardingRequest(String tenantId, String name, String template, Admin admin, List<Store> stores,
                                Map<String, Object> overrides) {

    public record Admin(String username, String email, String firstName, String lastName) {
    }

    public record Store(String code, String name, Integer tills) {
    }
}
