package io.fidelis.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class KeycloakRealmRolesTest {

    @Test
    void readsRealmRolesFromTheAccessToken() {
        String token = jwt("""
                {"sub":"u1","realm_access":{"roles":["merchant-admin","offline_access"]},
                 "resource_access":{"account":{"roles":["view-profile"]}}}""");

        assertThat(KeycloakRealmRoles.fromAccessToken(token)).containsExactly("merchant-admin", "offline_access");
    }

    @Test
    void mapsRolesToSpringRoleAuthorities() {
        assertThat(KeycloakRealmRoles.authorities(java.util.List.of("merchant-staff", "support")))
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_merchant-staff", "ROLE_support");
    }

    @Test
    void givesNoRolesWhenTheClaimIsMissingOrTheTokenIsOpaque() {
        assertThat(KeycloakRealmRoles.fromAccessToken(jwt("{\"sub\":\"u1\"}"))).isEmpty();
        assertThat(KeycloakRealmRoles.fromAccessToken("not-a-jwt")).isEmpty();
    }

    static String jwt(String claimsJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString("signature".getBytes(StandardCharsets.UTF_8));
    }
}
