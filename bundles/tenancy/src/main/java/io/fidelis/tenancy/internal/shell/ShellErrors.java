package io.fidelis.tenancy.internal.shell;

import io.fidelis.ledger.api.FieldError;
import io.fidelis.ledger.api.InvalidRequestException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Turns a refused request into a one-line shell error naming the fields, instead of a stack trace. */
final class ShellErrors {

    private ShellErrors() {
    }

    static <T> T run(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (InvalidRequestException e) {
            throw new IllegalArgumentException(e.errors().stream().map(ShellErrors::describe).collect(Collectors.joining("; ")), e);
        }
    }

    private static String describe(FieldError error) {
        return error.field() + " " + error.message();
    }
}
