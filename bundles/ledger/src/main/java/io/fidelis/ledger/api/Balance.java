package io.fidelis.ledger.api;

public record Balance(String asset, long balance) {
}
