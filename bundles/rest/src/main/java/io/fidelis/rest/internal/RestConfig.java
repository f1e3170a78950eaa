package io.fidelis.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Fidelis REST APIs", description = "Till and admin HTTP APIs")
public @interface RestConfig {

    @AttributeDefinition(description = "Endpoint address below the CXF servlet context (/api)")
    String address() default "/";

    @AttributeDefinition(description = "Largest request body accepted, in bytes")
    long maxBodyBytes() default 262_144;
}
