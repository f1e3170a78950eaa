package io.fidelis.console.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class ProgramsApiClientTest {

    private static final String API = "http://api.test/api";
    private static final String PROGRAM = """
            {"id":"coffee","type":"stamp-card","typeName":"Stamp card","name":"Coffee card","status":"ACTIVE",
             "typeInstalled":true,"running":true,"config":{"category":"coffee","stampsPerReward":10},
             "updatedAt":"2026-11-23T20:00:00Z","updatedBy":"bar.admin"}""";

    private MockRestServiceServer server;
    private AdminApiClient client;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder();
        server = MockRestServiceServer.bindTo(builder).build();
        client = new AdminApiClient(builder, API, () -> "token-123");
    }

    @Test
    void listsProgramsAndTypes() {
        server.expect(requestTo(API + "/admin/v1/program-types")).andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess("""
                        [{"typeId":"stamp-card","name":"Stamp card","description":"Every N articles...",
                          "fields":[{"name":"stampsPerReward","label":"Stamps for one reward","type":"INTEGER",
                                     "defaultValue":10,"min":2,"max":1000,"required":true}],"assets":["STAMPS:*"]}]""",
                        MediaType.APPLICATION_JSON));
        server.expect(requestTo(API + "/admin/v1/programs")).andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess("[" + PROGRAM + "]", MediaType.APPLICATION_JSON));

        ProgramType type = client.programTypes().getFirst();
        List<Program> programs = client.programs();

        assertThat(type.fields()).containsExactly(new ProgramType.Field("stampsPerReward", "Stamps for one reward", "INTEGER",
                10, 2L, 1000L, true));
        assertThat(programs.getFirst().config()).containsEntry("category", "coffee");
        assertThat(programs.getFirst().archived()).isFalse();
        server.verify();
    }

    @Test
    void createsAProgramWithItsConfiguration() {
        server.expect(requestTo(API + "/admin/v1/programs")).andExpect(method(HttpMethod.POST))
                .andExpect(header("Authorization", "Bearer token-123"))
                .andExpect(content().json("""
                        {"id":null,"type":"stamp-card","name":"Coffee card","config":{"category":"coffee"}}"""))
                .andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(PROGRAM));

        Program created = client.createProgram(new ProgramRequest(null, "stamp-card", "Coffee card", Map.of("category", "coffee")));

        assertThat(created.id()).isEqualTo("coffee");
        server.verify();
    }

    @Test
    void updatesNameAndConfigurationOnly() {
        server.expect(requestTo(API + "/admin/v1/programs/coffee")).andExpect(method(HttpMethod.PUT))
                .andExpect(content().json("""
                        {"name":"Coffee card","config":{"stampsPerReward":8}}""", org.springframework.test.json.JsonCompareMode.STRICT))
                .andRespond(withSuccess(PROGRAM, MediaType.APPLICATION_JSON));

        client.updateProgram("coffee", new ProgramRequest("ignored", "ignored", "Coffee card", Map.of("stampsPerReward", 8)));

        server.verify();
    }

    @Test
    void statusActionsArePosts() {
        server.expect(requestTo(API + "/admin/v1/programs/coffee/suspend")).andExpect(method(HttpMethod.POST))
                .andRespond(withSuccess(PROGRAM.replace("\"ACTIVE\"", "\"SUSPENDED\""), MediaType.APPLICATION_JSON));

        assertThat(client.programAction("coffee", "suspend").status()).isEqualTo("SUSPENDED");
        server.verify();
    }

    @Test
    void refusedFieldsAreCarriedToTheForm() {
        server.expect(requestTo(API + "/admin/v1/programs")).andRespond(withStatus(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.parseMediaType("application/problem+json"))
                .body("""
                        {"status":400,"title":"Invalid request","detail":"2 fields are invalid","code":"invalid-request",
                         "errors":[{"field":"name","message":"is required"},
                                   {"field":"config.stampsPerReward","message":"must be at least 2"}]}"""));

        assertThatThrownBy(() -> client.createProgram(new ProgramRequest(null, "stamp-card", "", Map.of("stampsPerReward", 1))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).containsExactly(new FieldError("name", "is required"),
                            new FieldError("config.stampsPerReward", "must be at least 2"));
                });
    }
}
