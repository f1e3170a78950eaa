package io.fidelis.security.internal;

import com.nimbusds.jwt.JWTClaimsSet;
import io.fidelis.security.Caller;
import io.fidelis.security.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the Fidelis caller out of verified Keycloak access-token claims. */
final class ClaimsToCaller {

    private ClaimsToCaller() {
    }

    static Caller toCaller(JWTClaimsSet claims) {
        return new Caller(
                claims.getSubject(),
                stringClaim(claims, "preferred_username"),
                singleOrganization(claims.getClaim("organization")).orElse(null),
                roles(claims.getClaim("realm_access")),
                stringClaim(claims, "azp"),
                stringClaim(claims, "fidelis_store"),
                stringClaim(claims, "fidelis_till"));
    }

    /** Keycloak writes organizations as a list of aliases, or as an object keyed by alias when attributes are mapped. */
    static Optional<String> singleOrganization(Object claim) {
        Collection<?> aliases;
        if (claim instanceof Map<?, ?> map) {
            aliases = map.keySet();
        } else if (claim instanceof Collection<?> list) {
            aliases = list;
        } else if (claim instanceof String alias) {
            aliases = List.of(alias);
        } else {
            return Optional.empty();
        }
        if (aliases.size() != 1) {
            return Optional.empty();
        }
        Object alias = aliases.iterator().next();
        return alias == null || alias.toString().isBlank() ? Optional.empty() : Optional.of(alias.toString());
    }

    static Set<Role> roles(Object realmAccess) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> names) {
            for (Object name : names) {
                Role.fromName(String.valueOf(name)).ifPresent(roles::add);
            }
        }
        return roles;
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value == null ? null : value.toString();
    }
}
