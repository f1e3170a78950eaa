package io.fidelis.ledger.api;

import java.util.List;

/** The request is malformed; every wrong field is named. Nothing was written. */
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder text = new StringBuilder();
        for (FieldError error : errors) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(error.field()).append(' ').append(error.message());
        }
        return text.toString();
    }
}
