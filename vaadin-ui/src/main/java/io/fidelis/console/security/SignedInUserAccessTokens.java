package io.fidelis.console.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;

import io.fidelis.console.api.AccessTokenSource;
import io.fidelis.console.api.ApiException;

/**
 * The access token of the user signed in on the current request, refreshed through the
 * authorized-client manager when it is about to expire.
 */
public class SignedInUserAccessTokens implements AccessTokenSource {

    private final OAuth2AuthorizedClientManager clients;

    public SignedInUserAccessTokens(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    @Override
    public String accessToken() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (!(user instanceof OAuth2AuthenticationToken)) {
            throw ApiException.signInExpired();
        }
        try {
            OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(KeycloakClientRegistrations.REGISTRATION_ID)
                    .principal(user)
                    .build());
            if (client == null || client.getAccessToken() == null) {
                throw ApiException.signInExpired();
            }
            return client.getAccessToken().getTokenValue();
        } catch (OAuth2AuthorizationException refreshFailed) {
            throw new ApiException(0, "Your sign-in could not be renewed",
                    "Please sign out and sign in again.", refreshFailed);
        }
    }
}
