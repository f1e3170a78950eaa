package io.fidelis.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Fidelis token validation", description = "Keycloak realm whose tokens Fidelis accepts")
public @interface SecurityConfig {

    @AttributeDefinition(description = "Keycloak base URL as clients see it; the token issuer is <url>/realms/<realm>")
    String keycloakUrl() default "http://localhost:8180";

    @AttributeDefinition(description = "Base URL Karaf uses to fetch the JWKS; empty means keycloakUrl")
    String keycloakInternalUrl() default "";

    @AttributeDefinition(description = "Keycloak realm")
    String realm() default "fidelis";

    @AttributeDefinition(description = "Audience every access token must carry")
    String audience() default "fidelis-api";

    @AttributeDefinition(description = "Accepted clock skew in seconds")
    int clockSkewSeconds() default 30;
}
