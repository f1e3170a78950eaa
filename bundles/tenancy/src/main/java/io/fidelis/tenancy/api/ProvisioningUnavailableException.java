package io.fidelis.tenancy.api;

/** Keycloak could not be reached or refused the provisioner; nothing of the operation was kept. */
public class ProvisioningUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProvisioningUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
