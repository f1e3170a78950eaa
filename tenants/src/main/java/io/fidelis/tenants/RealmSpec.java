package io.fidelis.tenants;

import java.util.List;

/**
 * Everything {@link RealmProvisioner} puts in the realm: the console's URLs, platform users (such as
 * support staff, in no organization) and the tenants.
 */
public record RealmSpec(String realm, List<String> consoleRedirectUris, List<String> consolePostLogoutRedirectUris,
                        List<UserSpec> platformUsers, List<TenantSpec> tenants) {

    public static final List<String> REALM_ROLES =
            List.of("support", "merchant-admin", "merchant-staff", "till", "partner");

    public RealmSpec {
        consoleRedirectUris = List.copyOf(consoleRedirectUris);
        consolePostLogoutRedirectUris = List.copyOf(consolePostLogoutRedirectUris);
        platformUsers = List.copyOf(platformUsers);
        tenants = List.copyOf(tenants);
    }

    /** Redirect URIs for a console served at {@code consoleBaseUrl} (e.g. {@code http://localhost:8080}). */
    public static RealmSpec forConsole(String realm, String consoleBaseUrl, List<UserSpec> platformUsers,
                                       List<TenantSpec> tenants) {
        String base = consoleBaseUrl.replaceAll("/+$", "");
        return new RealmSpec(realm, List.of(base + "/*"), List.of(base + "/*"), platformUsers, tenants);
    }
}
