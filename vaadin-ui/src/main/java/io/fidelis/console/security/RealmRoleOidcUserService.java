package io.fidelis.console.security;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Adds the Keycloak realm roles to the signed-in user's authorities. Keycloak puts realm roles
 * only in the access token, not in the ID token or user info, so the standard service misses them.
 */
public class RealmRoleOidcUserService extends OidcUserService {

    private static final String USERNAME_CLAIM = "preferred_username";

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        Set<GrantedAuthority> authorities = new LinkedHashSet<>(user.getAuthorities());
        authorities.addAll(KeycloakRealmRoles.authorities(
                KeycloakRealmRoles.fromAccessToken(request.getAccessToken().getTokenValue())));
        String nameClaim = user.getClaims().containsKey(USERNAME_CLAIM) ? USERNAME_CLAIM : "sub";
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), nameClaim);
    }
}
