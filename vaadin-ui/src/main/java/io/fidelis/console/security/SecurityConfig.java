package io.fidelis.console.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import io.fidelis.console.HealthController;
import io.fidelis.console.api.AccessTokenSource;

/** Sign-in with Keycloak (authorization code + PKCE), logout back to Keycloak. */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    static final String LOGIN_PATH = "/oauth2/authorization/" + KeycloakClientRegistrations.REGISTRATION_ID;

    @Bean
    SecurityFilterChain consoleSecurity(HttpSecurity http) throws Exception {
        // Vaadin's configurer denies any non-Vaadin path it does not know: open our probe and styles
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(HealthController.PATH, "/styles/**").permitAll());
        http.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(new RealmRoleOidcUserService())));
        // the second argument makes logout end the Keycloak session too (RP-initiated logout)
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN_PATH, "{baseUrl}"));
        return http.build();
    }

    @Bean
    KeycloakClientRegistrations clientRegistrations(
            @Value("${fidelis.keycloak.issuer-uri}") String issuerUri,
            @Value("${fidelis.keycloak.client-id}") String clientId) {
        return new KeycloakClientRegistrations(issuerUri, clientId);
    }

    @Bean
    OAuth2AuthorizedClientService authorizedClients(KeycloakClientRegistrations registrations) {
        return new InMemoryOAuth2AuthorizedClientService(registrations);
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(KeycloakClientRegistrations registrations,
                                                          OAuth2AuthorizedClientService authorizedClients) {
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .refreshToken()
                .build());
        return manager;
    }

    @Bean
    AccessTokenSource accessTokens(OAuth2AuthorizedClientManager authorizedClientManager) {
        return new SignedInUserAccessTokens(authorizedClientManager);
    }
}
