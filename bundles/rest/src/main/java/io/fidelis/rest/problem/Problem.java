package io.fidelis.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fidelis.ledger.api.FieldError;
import java.util.List;

/** An RFC 9457 problem document; {@code errors} names each wrong field of a rejected request. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem("urn:fidelis:problem:" + code, title, status, detail, code, null);
    }

    public static Problem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new Problem("urn:fidelis:problem:invalid-request", "Invalid request", 400, detail, "invalid-request", List.copyOf(errors));
    }
}
