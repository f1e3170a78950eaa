package io.fidelis.console.security;

import java.util.Iterator;
import java.util.List;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The single Keycloak client registration, discovered from the issuer on first use rather than
 * at start-up (as Spring Boot's {@code issuer-uri} property would), so the console starts even
 * while Keycloak is still booting. A failed discovery is retried on the next sign-in.
 */
public class KeycloakClientRegistrations implements ClientRegistrationRepository, Iterable<ClientRegistration> {

    public static final String REGISTRATION_ID = "keycloak";

    private final String issuerUri;
    private final String clientId;
    private volatile ClientRegistration registration;

    public KeycloakClientRegistrations(String issuerUri, String clientId) {
        this.issuerUri = issuerUri;
        this.clientId = clientId;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return REGISTRATION_ID.equals(registrationId) ? registration() : null;
    }

    @Override
    public Iterator<ClientRegistration> iterator() {
        return List.of(registration()).iterator();
    }

    private ClientRegistration registration() {
        ClientRegistration current = registration;
        if (current == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                current = registration;
            }
        }
        return current;
    }

    private ClientRegistration discover() {
        try {
            return ClientRegistrations.fromIssuerLocation(issuerUri)
                    .registrationId(REGISTRATION_ID)
                    .clientId(clientId)
                    // public client: no secret; Spring Security adds PKCE (S256) by itself
                    .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile", "email")
                    .userNameAttributeName("preferred_username")
                    .clientName("Keycloak")
                    .build();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + issuerUri
                    + " (" + e.getMessage() + "). Sign-in is possible once it is up.", e);
        }
    }
}
