package io.fidelis.console.security;

/** Keycloak realm roles that open the console (see docs/architecture.md, realm {@code fidelis}). */
public final class ConsoleRoles {

    public static final String SUPPORT = "support";
    public static final String MERCHANT_ADMIN = "merchant-admin";
    public static final String MERCHANT_STAFF = "merchant-staff";

    private ConsoleRoles() {
    }
}
