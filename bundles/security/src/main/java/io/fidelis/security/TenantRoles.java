package io.fidelis.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles a caller acts with. Keycloak's realm roles are realm-wide, so for a person acting on a
 * tenant the merchant roles come from Fidelis' own table (the roles that person holds in that tenant),
 * never from the token. Platform roles stay as the token says: {@code support} (every tenant),
 * {@code partner} (plugin tools only), and {@code till}, whose client belongs to exactly one tenant.
 */
public final class TenantRoles {

    private static final Set<Role> PLATFORM_ROLES = EnumSet.of(Role.SUPPORT, Role.PARTNER, Role.TILL);
    private static final Set<Role> TENANT_ROLES = EnumSet.of(Role.MERCHANT_ADMIN, Role.MERCHANT_STAFF, Role.PARTNER);

    private TenantRoles() {
    }

    /** @param grantedInTenant role names Fidelis keeps for this person in the token's tenant (empty when it names none) */
    public static Caller apply(Caller caller, Set<String> grantedInTenant) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        caller.roles().stream().filter(PLATFORM_ROLES::contains).forEach(roles::add);
        if (caller.tenantId() != null && !caller.has(Role.TILL)) {
            grantedInTenant.stream().map(Role::fromName).flatMap(java.util.Optional::stream)
                    .filter(TENANT_ROLES::contains).forEach(roles::add);
        }
        return new Caller(caller.subject(), caller.username(), caller.tenantId(), roles, caller.clientId(),
                caller.storeCode(), caller.tillCode());
    }
}
