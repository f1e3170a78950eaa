package io.fidelis.console;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import io.fidelis.console.api.AccessTokenSource;
import io.fidelis.console.api.AdminApiClient;
import io.fidelis.console.api.TenantsApiClient;

@Configuration
public class ApiClientConfig {

    @Bean
    AdminApiClient adminApiClient(@Value("${fidelis.api-url}") String apiUrl, AccessTokenSource tokens) {
        return new AdminApiClient(restClient(), apiUrl, tokens);
    }

    @Bean
    TenantsApiClient tenantsApiClient(@Value("${fidelis.api-url}") String apiUrl, AccessTokenSource tokens) {
        return new TenantsApiClient(restClient(), apiUrl, tokens);
    }

    private static RestClient.Builder restClient() {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade attempts against Jetty/CXF
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(Duration.ofSeconds(30));
        return RestClient.builder().requestFactory(requests);
    }
}
