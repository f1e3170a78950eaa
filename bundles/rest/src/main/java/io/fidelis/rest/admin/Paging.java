package io.fidelis.rest.admin;

import io.fidelis.ledger.api.FieldError;
import io.fidelis.ledger.api.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;

/** offset/limit query parameters, checked. */
record Paging(int offset, int limit) {

    static Paging parse(String offset, String limit) {
        List<FieldError> errors = new ArrayList<>();
        int parsedOffset = number(errors, "offset", offset, 0, Integer.MAX_VALUE);
        int parsedLimit = number(errors, "limit", limit, 1, AdminResource.MAX_LIMIT);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Paging(parsedOffset, parsedLimit);
    }

    private static int number(List<FieldError> errors, String field, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, "must be a whole number from " + min + " to " + max));
        return 0;
    }
}
