package io.fidelis.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.fidelis.security.Caller;
import io.fidelis.security.InvalidTokenException;
import io.fidelis.security.Role;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;

public class KeycloakTokenVerifierTest {

    private static final String ISSUER = "http://localhost:8180/realms/fidelis";
    private static RSAKey realmKey;
    private static RSAKey strangerKey;
    private static KeycloakTokenVerifier verifier;

    @BeforeClass
    public static void keys() throws JOSEException {
        realmKey = new RSAKeyGenerator(2048).keyID("realm").generate();
        strangerKey = new RSAKeyGenerator(2048).keyID("realm").generate();
        verifier = KeycloakTokenVerifier.over(KeycloakTokenVerifier.buildProcessor(
                ISSUER, new ImmutableJWKSet<>(new JWKSet(realmKey.toPublicJWK())), "fidelis-api", 30));
    }

    private static JWTClaimsSet.Builder tillClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("service-account-till")
                .audience(List.of("fidelis-api", "account"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("azp", "till-demo-bar-main-1")
                .claim("organization", List.of("demo-bar"))
                .claim("realm_access", Map.of("roles", List.of("till", "offline_access")))
                .claim("fidelis_store", "main")
                .claim("fidelis_till", "till-1");
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    public void acceptsRealmTokenAndReadsTillIdentity() throws Exception {
        Caller caller = verifier.verify(sign(tillClaims().build(), realmKey));
        assertEquals("demo-bar", caller.tenantId());
        assertEquals("till-demo-bar-main-1", caller.clientId());
        assertEquals("main", caller.storeCode());
        assertEquals("till-1", caller.tillCode());
        assertTrue(caller.has(Role.TILL));
        assertEquals(1, caller.roles().size());
    }

    @Test
    public void organizationAsObjectKeyedByAlias() throws Exception {
        Caller caller = verifier.verify(sign(tillClaims().claim("organization", Map.of("demo-gym", Map.of())).build(), realmKey));
        assertEquals("demo-gym", caller.tenantId());
    }

    @Test
    public void twoOrganizationsMeanNoTenant() throws Exception {
        Caller caller = verifier.verify(sign(tillClaims().claim("organization", List.of("a", "b")).build(), realmKey));
        assertNull(caller.tenantId());
    }

    @Test
    public void refusesTokenSignedByAnotherKey() {
        assertThrows(InvalidTokenException.class, () -> verifier.verify(sign(tillClaims().build(), strangerKey)));
    }

    @Test
    public void refusesOtherIssuer() {
        assertThrows(InvalidTokenException.class,
                () -> verifier.verify(sign(tillClaims().issuer("http://evil/realms/fidelis").build(), realmKey)));
    }

    @Test
    public void refusesTokenWithoutOurAudience() {
        assertThrows(InvalidTokenException.class,
                () -> verifier.verify(sign(tillClaims().audience("account").build(), realmKey)));
    }

    @Test
    public void refusesExpiredToken() {
        Date past = Date.from(Instant.now().minusSeconds(600));
        assertThrows(InvalidTokenException.class,
                () -> verifier.verify(sign(tillClaims().issueTime(past).expirationTime(past).build(), realmKey)));
    }

    @Test
    public void refusesGarbageAndMissingTokens() {
        assertThrows(InvalidTokenException.class, () -> verifier.verify("not.a.token"));
        assertThrows(InvalidTokenException.class, () -> verifier.verify(""));
        assertThrows(InvalidTokenException.class, () -> verifier.verify(null));
    }
}
