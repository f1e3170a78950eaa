package io.fidelis.console.api;

/** Supplies the bearer token of the user on whose behalf the console calls the admin API. */
@FunctionalInterface
public interface AccessTokenSource {

    /** @throws ApiException when there is no usable token (e.g. the sign-in expired) */
    String accessToken();
}
