package io.fidelis.ledger.api;

import java.util.List;
import java.util.Map;

/**
 * What support sends to create or update a tenant. {@code members} grants people (by Keycloak
 * username) their roles in this tenant; roles already granted are kept.
 */
public record TenantSpec(String name, String currency, String timezone, Integer dayCutoffHour,
                         List<Item> stores, List<Item> staff, List<ProgramSpec> programs, List<RoleGrant> members) {

    public record Item(String code, String name) {
    }

    public record ProgramSpec(String id, String type, String name, Map<String, Object> config) {
    }

    /** Roles among {@code merchant-admin}, {@code merchant-staff}, {@code partner}. */
    public record RoleGrant(String username, List<String> roles) {
    }
}
