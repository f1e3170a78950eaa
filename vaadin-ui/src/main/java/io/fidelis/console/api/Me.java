package io.fidelis.console.api;

import java.util.List;

/** The signed-in user as the admin API sees them ({@code GET /admin/v1/me}). */
public record Me(String tenantId, String tenantName, String username, List<String> roles) {

    public Me {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
