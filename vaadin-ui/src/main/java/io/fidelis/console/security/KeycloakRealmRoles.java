package io.fidelis.console.security;

import java.text.ParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import com.nimbusds.jwt.JWTParser;

/**
 * Reads Keycloak realm roles ({@code realm_access.roles}) from an access token and turns them into
 * {@code ROLE_<role>} authorities, which is what {@code @RolesAllowed("merchant-admin")} checks.
 */
public final class KeycloakRealmRoles {

    private KeycloakRealmRoles() {
    }

    /**
     * The signature is not checked here: the token came straight from Keycloak's token endpoint
     * over the back channel, and the admin API validates it again on every call.
     */
    public static Set<String> fromAccessToken(String accessToken) {
        try {
            Map<String, Object> realmAccess = JWTParser.parse(accessToken).getJWTClaimsSet()
                    .getJSONObjectClaim("realm_access");
            Object roles = realmAccess == null ? null : realmAccess.get("roles");
            Set<String> result = new LinkedHashSet<>();
            if (roles instanceof Collection<?> names) {
                names.stream().filter(String.class::isInstance).map(String.class::cast).forEach(result::add);
            }
            return result;
        } catch (ParseException notAJwt) {
            // an opaque token carries no roles: the user signs in but sees the no-access page
            return Set.of();
        }
    }

    public static List<GrantedAuthority> authorities(Collection<String> roles) {
        return roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }
}
