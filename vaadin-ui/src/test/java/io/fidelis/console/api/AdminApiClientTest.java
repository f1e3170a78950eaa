package io.fidelis.console.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class AdminApiClientTest {

    private static final String API = "http://api.test/api";

    private MockRestServiceServer server;
    private AdminApiClient client;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder();
        server = MockRestServiceServer.bindTo(builder).build();
        client = new AdminApiClient(builder, API, () -> "token-123");
    }

    @Test
    void readsMePassingTheBearerToken() {
        server.expect(requestTo(API + "/admin/v1/me"))
                .andExpect(method(HttpMethod.GET))
                .andExpect(header("Authorization", "Bearer token-123"))
                .andRespond(withSuccess("""
                        {"tenantId":"demo-bar","tenantName":"Demo Bar","username":"bar.admin",
                         "roles":["merchant-admin"],"someNewField":true}""", MediaType.APPLICATION_JSON));

        Me me = client.me();

        assertThat(me.tenantName()).isEqualTo("Demo Bar");
        assertThat(me.roles()).containsExactly("merchant-admin");
        server.verify();
    }

    @Test
    void mapsAMemberPageAndEncodesTheSearch() {
        server.expect(requestTo(API + "/admin/v1/members?q=anna%2Bbob%26co&offset=50&limit=25"))
                .andRespond(withSuccess("""
                        {"total":51,"items":[{"memberId":"m-1","displayName":"Anna","email":"anna@example.org",
                          "category":"GOLD","createdAt":"2025-06-01T10:15:30Z",
                          "cards":[{"code":"C-0001","status":"ACTIVE"}],
                          "balances":[{"asset":"POINTS","balance":120},{"asset":"STAMPS","balance":3.5}]}]}""",
                        MediaType.APPLICATION_JSON));

        Page<Member> page = client.members(" anna+bob&co ", 50, 25);

        assertThat(page.total()).isEqualTo(51);
        Member anna = page.items().getFirst();
        assertThat(anna.cards()).containsExactly(new Card("C-0001", "ACTIVE"));
        assertThat(anna.balances()).containsExactly(new Balance("POINTS", new BigDecimal("120")),
                new Balance("STAMPS", new BigDecimal("3.5")));
        assertThat(anna.createdAt()).isEqualTo("2025-06-01T10:15:30Z");
        server.verify();
    }

    @Test
    void leavesOutABlankSearchAndToleratesMissingLists() {
        server.expect(requestTo(API + "/admin/v1/members?offset=0&limit=50"))
                .andRespond(withSuccess("""
                        {"total":1,"items":[{"memberId":"m-2","displayName":null}]}""", MediaType.APPLICATION_JSON));

        Member member = client.members("  ", 0, 50).items().getFirst();

        assertThat(member.cards()).isEmpty();
        assertThat(member.balances()).isEmpty();
    }

    @Test
    void mapsATransactionPage() {
        server.expect(requestTo(API + "/admin/v1/transactions?card=C-0001&offset=0&limit=50"))
                .andRespond(withSuccess("""
                        {"total":1,"items":[{"transactionId":"t-1","occurredAt":"2025-06-01T12:00:00+02:00",
                          "kind":"PURCHASE","storeCode":"S1","tillCode":"T1","staffCode":"ST7","cardCode":"C-0001",
                          "memberId":"m-1","memberName":"Anna","totalMinor":1250,"currency":"EUR",
                          "lines":[{"sku":"LATTE","category":"drinks","quantity":2,"unitPriceMinor":400,"amountMinor":800}],
                          "entries":[{"asset":"POINTS","amount":12}]}]}""", MediaType.APPLICATION_JSON));

        Transaction t = client.transactions(new TransactionFilter("C-0001", null, " ", null, null, ZoneId.of("UTC")), 0, 50)
                .items().getFirst();

        assertThat(t.totalMinor()).isEqualTo(1250);
        assertThat(t.currency()).isEqualTo("EUR");
        assertThat(t.lines()).containsExactly(new TransactionLine("LATTE", "drinks", new BigDecimal("2"), 400, 800));
        assertThat(t.entries()).containsExactly(new LedgerEntry("POINTS", new BigDecimal("12")));
    }

    @Test
    void sendsEveryFilterWithWholeDaysInTheGivenZone() {
        server.expect(requestTo(API + "/admin/v1/transactions?card=C-1&till=main-1&staff=alex"
                        + "&from=2026-03-13T23%3A00%3A00Z&to=2026-03-15T23%3A00%3A00Z&offset=50&limit=50"))
                .andRespond(withSuccess("{\"total\":0,\"items\":[]}", MediaType.APPLICATION_JSON));

        client.transactions(new TransactionFilter("C-1", "main-1", "alex", LocalDate.of(2026, 3, 14),
                LocalDate.of(2026, 3, 15), ZoneId.of("Europe/Paris")), 50, 50);

        server.verify();
    }

    @Test
    void turnsProblemJsonIntoAnApiException() {
        server.expect(requestTo(API + "/admin/v1/me"))
                .andRespond(withStatus(HttpStatus.FORBIDDEN)
                        .contentType(MediaType.parseMediaType("application/problem+json"))
                        .body("""
                                {"type":"about:blank","title":"No tenant","status":403,
                                 "detail":"The token names no organization."}"""));

        assertThatThrownBy(client::me)
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.title()).isEqualTo("No tenant");
                    assertThat(e.detail()).isEqualTo("The token names no organization.");
                    assertThat(e.userMessage()).isEqualTo("No tenant: The token names no organization.");
                });
    }

    @Test
    void explainsAnErrorWithoutProblemBody() {
        server.expect(requestTo(API + "/admin/v1/me"))
                .andRespond(withStatus(HttpStatus.BAD_GATEWAY).body("<html>proxy error</html>"));

        assertThatThrownBy(client::me)
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.title()).isEqualTo("The Fidelis service had a problem (502)");
                });
    }

    @Test
    void reportsAnUnreachableApiClearly() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/api";
        AdminApiClient offline = new AdminApiClient(RestClient.builder(), url, () -> "t");

        assertThatThrownBy(offline::me)
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isZero();
                    assertThat(e.title()).isEqualTo("The Fidelis service is not reachable");
                    assertThat(e.detail()).contains(url);
                });
    }

    @Test
    void doesNotCallTheApiWithoutAToken() {
        AdminApiClient signedOut = new AdminApiClient(RestClient.builder(), API, () -> {
            throw ApiException.signInExpired();
        });

        assertThatThrownBy(signedOut::me).isInstanceOf(ApiException.class).hasMessageContaining("expired");
    }
}
