package io.fidelis.security;

/** The bearer token is missing, malformed, expired, or not signed by our Keycloak realm. */
public class InvalidTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String message) {
        super(message);
    }

    public InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
