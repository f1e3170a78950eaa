package io.fidelis.console.api;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads admin API answers; tolerant of fields the console does not know yet. */
final class ApiJson {

    static final TypeReference<Page<Member>> MEMBER_PAGE = new TypeReference<>() {
    };
    static final TypeReference<Page<Transaction>> TRANSACTION_PAGE = new TypeReference<>() {
    };
    static final TypeReference<Me> ME = new TypeReference<>() {
    };
    static final TypeReference<List<Program>> PROGRAMS = new TypeReference<>() {
    };
    static final TypeReference<List<ProgramType>> PROGRAM_TYPES = new TypeReference<>() {
    };
    static final TypeReference<Program> PROGRAM = new TypeReference<>() {
    };

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ApiJson() {
    }

    static <T> T read(String body, TypeReference<T> type) {
        try {
            return MAPPER.readValue(body, type);
        } catch (JacksonException e) {
            throw new ApiException(502, "The Fidelis service sent an answer the console does not understand",
                    e.getOriginalMessage(), e);
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    /** Maps an error answer, ideally {@code application/problem+json}, to an exception. */
    static ApiException problem(int status, String reason, String body) {
        String title = null;
        String detail = null;
        List<FieldError> errors = new ArrayList<>();
        try {
            JsonNode json = MAPPER.readTree(body == null ? "" : body);
            if (json != null && json.isObject()) {
                title = text(json, "title");
                detail = text(json, "detail");
                for (JsonNode error : json.path("errors")) {
                    errors.add(new FieldError(error.path("field").asString(), error.path("message").asString()));
                }
            }
        } catch (JacksonException notJson) {
            // a proxy or servlet container error page: fall back to the status line
        }
        if (title == null) {
            title = defaultTitle(status, reason);
        }
        return new ApiException(status, title, detail, errors, null);
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() || node.asString().isBlank() ? null : node.asString();
    }

    private static String defaultTitle(int status, String reason) {
        return switch (status) {
            case 401 -> "The Fidelis service did not accept your sign-in";
            case 403 -> "You are not allowed to do this";
            case 404 -> "Not found";
            default -> status >= 500 ? "The Fidelis service had a problem (" + status + ")"
                    : "Request failed (" + status + (reason == null || reason.isBlank() ? "" : " " + reason) + ")";
        };
    }
}
