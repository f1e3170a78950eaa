package io.fidelis.ledger.api;

public record EntryView(String asset, long amount) {
}
