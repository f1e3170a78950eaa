package io.fidelis.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as proven by a verified access token.
 *
 * @param tenantId the single organization the token names, or null when it names none (support) or several
 * @param clientId the OAuth client that obtained the token ({@code azp})
 * @param storeCode for a till, the store it belongs to
 * @param tillCode for a till, its code
 */
public record Caller(String subject, String username, String tenantId, Set<Role> roles,
                     String clientId, String storeCode, String tillCode) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public Optional<String> tenant() {
        return Optional.ofNullable(tenantId);
    }

    public String displayName() {
        return username != null ? username : clientId;
    }
}
