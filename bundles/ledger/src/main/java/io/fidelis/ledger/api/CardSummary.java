package io.fidelis.ledger.api;

public record CardSummary(String code, String status) {
}
