package io.fidelis.security.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.fidelis.security.Caller;
import io.fidelis.security.InvalidTokenException;
import io.fidelis.security.TokenVerifier;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies Keycloak access tokens locally: signature against the realm's JWKS (fetched once, cached,
 * refreshed when an unknown key id shows up), issuer, audience and lifetime.
 */
@Component(configurationPid = "io.fidelis.security", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SecurityConfig.class)
public class KeycloakTokenVerifier implements TokenVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(KeycloakTokenVerifier.class);
    private static final long JWKS_TTL_MS = 15 * 60 * 1000L;
    private static final long JWKS_REFRESH_AHEAD_MS = 60 * 1000L;

    private ConfigurableJWTProcessor<SecurityContext> processor;
    private final VerifiedTokens verified = new VerifiedTokens(4096, Clock.systemUTC());

    @Activate
    void activate(SecurityConfig config) throws MalformedURLException {
        String issuer = trimSlash(config.keycloakUrl()) + "/realms/" + config.realm();
        String jwksBase = config.keycloakInternalUrl().isBlank() ? config.keycloakUrl() : config.keycloakInternalUrl();
        String jwksUrl = trimSlash(jwksBase) + "/realms/" + config.realm() + "/protocol/openid-connect/certs";
        processor = buildProcessor(issuer, jwksUrl, config.audience(), config.clockSkewSeconds());
        LOG.info("Accepting tokens of issuer {} (keys from {}, audience {})", issuer, jwksUrl, config.audience());
    }

    static ConfigurableJWTProcessor<SecurityContext> buildProcessor(String issuer, String jwksUrl, String audience, int skewSeconds)
            throws MalformedURLException {
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(URI.create(jwksUrl).toURL())
                .cache(JWKS_TTL_MS, JWKS_REFRESH_AHEAD_MS)
                .retrying(true)
                .build();
        return buildProcessor(issuer, keys, audience, skewSeconds);
    }

    static ConfigurableJWTProcessor<SecurityContext> buildProcessor(String issuer, JWKSource<SecurityContext> keys, String audience, int skewSeconds) {
        DefaultJWTProcessor<SecurityContext> jwtProcessor = new DefaultJWTProcessor<>();
        jwtProcessor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256), keys));
        DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier = new DefaultJWTClaimsVerifier<>(
                Set.of(audience),
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                Set.of("sub", "exp", "iat", "azp"),
                Set.of());
        claimsVerifier.setMaxClockSkew(skewSeconds);
        jwtProcessor.setJWTClaimsSetVerifier(claimsVerifier);
        return jwtProcessor;
    }

    /** For tests: a verifier over a given key source. */
    static KeycloakTokenVerifier over(ConfigurableJWTProcessor<SecurityContext> processor) {
        KeycloakTokenVerifier verifier = new KeycloakTokenVerifier();
        verifier.processor = processor;
        return verifier;
    }

    @Override
    public Caller verify(String bearerToken) throws InvalidTokenException {
        if (bearerToken == null || bearerToken.isBlank()) {
            throw new InvalidTokenException("missing bearer token");
        }
        Optional<Caller> known = verified.find(bearerToken);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            JWTClaimsSet claims = processor.process(bearerToken, null);
            Caller caller = ClaimsToCaller.toCaller(claims);
            verified.remember(bearerToken, caller, claims.getExpirationTime().getTime());
            return caller;
        } catch (ParseException e) {
            throw new InvalidTokenException("malformed token", e);
        } catch (BadJOSEException e) {
            throw new InvalidTokenException("rejected token: " + e.getMessage(), e);
        } catch (JOSEException e) {
            throw new InvalidTokenException("token could not be verified: " + e.getMessage(), e);
        }
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
