package io.fidelis.security;

/** Turns a bearer token into a {@link Caller}, without calling Keycloak per request. */
public interface TokenVerifier {

    Caller verify(String bearerToken) throws InvalidTokenException;
}
