package io.fidelis.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

class RealmRoleOidcUserServiceTest {

    @Test
    void addsRealmRolesAndNamesTheUserByUsername() {
        Instant now = Instant.now();
        String access = KeycloakRealmRolesTest.jwt("{\"realm_access\":{\"roles\":[\"merchant-admin\"]}}");
        OidcIdToken idToken = new OidcIdToken("id-token", now, now.plusSeconds(300),
                Map.of("sub", "3f1c", "preferred_username", "bar.admin", "iss", "http://kc/realms/fidelis"));
        OidcUserRequest request = new OidcUserRequest(registration(),
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, access, now, now.plusSeconds(300)), idToken);

        OidcUser user = new RealmRoleOidcUserService().loadUser(request);

        assertThat(user.getName()).isEqualTo("bar.admin");
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_merchant-admin");
    }

    /** Without a user-info endpoint the service reads only the ID token: no network needed. */
    private static ClientRegistration registration() {
        return ClientRegistration.withRegistrationId("keycloak")
                .clientId("fidelis-console")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid")
                .authorizationUri("http://kc/auth")
                .tokenUri("http://kc/token")
                .jwkSetUri("http://kc/certs")
                .build();
    }
}
