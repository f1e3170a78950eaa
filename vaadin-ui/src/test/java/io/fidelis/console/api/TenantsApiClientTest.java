package io.fidelis.console.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class TenantsApiClientTest {

    private static final String API = "http://api.test/api";

    private MockRestServiceServer server;
    private TenantsApiClient client;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder();
        server = MockRestServiceServer.bindTo(builder).build();
        client = new TenantsApiClient(builder, API, () -> "support-token");
    }

    @Test
    void onboardingPostsTheFormAndReadsTheCredentials() {
        server.expect(requestTo(API + "/admin/v1/tenants"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(header("Authorization", "Bearer support-token"))
                .andExpect(content().json("""
                        {"tenantId":"la-nuit","name":"La Nuit","template":"bar",
                         "admin":{"username":"nuit.admin","email":"boss@la-nuit.example"},
                         "stores":[{"code":"main","name":"La Nuit","tills":2}]}"""))
                .andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body("""
                        {"tenant":{"tenantId":"la-nuit","name":"La Nuit","currency":"EUR","timezone":"Europe/Paris",
                                   "dayCutoffHour":6,"status":"ACTIVE","createdAt":"2026-11-23T21:00:00Z"},
                         "organizationId":"o-1",
                         "admin":{"username":"nuit.admin","temporaryPassword":"Xy12","existingAccount":false},
                         "tills":[{"storeCode":"main","tillCode":"main-1","clientId":"till-la-nuit-main-1","clientSecret":"s1"}],
                         "tokenUrl":"http://kc/realms/fidelis/protocol/openid-connect/token","durationMillis":812}"""));

        Onboarded result = client.onboard(new OnboardingForm("la-nuit", "La Nuit", "bar", "nuit.admin", "boss@la-nuit.example", 2));

        assertThat(result.admin().temporaryPassword()).isEqualTo("Xy12");
        assertThat(result.tills()).containsExactly(new Onboarded.Till("main", "main-1", "till-la-nuit-main-1", "s1"));
        assertThat(result.durationMillis()).isEqualTo(812);
        server.verify();
    }

    @Test
    void aRefusedOnboardingNamesTheWrongFields() {
        server.expect(requestTo(API + "/admin/v1/tenants"))
                .andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.parseMediaType("application/problem+json"))
                        .body("""
                                {"status":400,"code":"invalid-request","title":"Invalid request",
                                 "errors":[{"field":"tenantId","message":"must be 2 to 63 lower-case letters"},
                                           {"field":"admin.email","message":"must be an e-mail address"}]}"""));

        assertThatThrownBy(() -> client.onboard(new OnboardingForm("La Nuit", "x", "bar", "a", "b", 1)))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("tenantId must be 2 to 63 lower-case letters; admin.email must be an e-mail address");
    }

    @Test
    void suspendsByTenantId() {
        server.expect(requestTo(API + "/admin/v1/tenants/demo-bar/suspend")).andExpect(method(HttpMethod.POST))
                .andRespond(withSuccess("""
                        {"tenantId":"demo-bar","name":"Demo Bar","currency":"EUR","timezone":"Europe/Paris",
                         "dayCutoffHour":6,"status":"SUSPENDED"}""", MediaType.APPLICATION_JSON));

        assertThat(client.suspend("demo-bar").suspended()).isTrue();
    }
}
