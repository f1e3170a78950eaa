package io.fidelis.ledger.api;

public record FieldError(String field, String message) {
}
