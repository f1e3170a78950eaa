package io.fidelis.security;

import java.util.Optional;

/** Realm roles known to Fidelis, as named in Keycloak. */
public enum Role {
    SUPPORT("support"),
    MERCHANT_ADMIN("merchant-admin"),
    MERCHANT_STAFF("merchant-staff"),
    TILL("till"),
    PARTNER("partner");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public static Optional<Role> fromName(String name) {
        for (Role role : values()) {
            if (role.roleName.equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
