package io.fidelis.tenancy.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Fidelis tenant provisioning",
        description = "The Keycloak realm where onboarding creates organizations, admins and till clients")
public @interface ProvisioningConfig {

    @AttributeDefinition(description = "Keycloak base URL")
    String keycloakUrl() default "http://localhost:8180";

    @AttributeDefinition(description = "Base URL Karaf reaches Keycloak at, when not keycloakUrl; empty means keycloakUrl")
    String keycloakInternalUrl() default "";

    @AttributeDefinition(description = "Keycloak realm")
    String realm() default "fidelis";

    @AttributeDefinition(description = "Confidential client whose service account may manage the realm's users, clients and organizations")
    String clientId() default "fidelis-provisioner";

    @AttributeDefinition(description = "Its client secret", type = AttributeType.PASSWORD)
    String clientSecret() default "";

    @AttributeDefinition(description = "Folder of templates that override or add to the packaged ones (<type>.json); empty for none")
    String templatesFolder() default "";
}
