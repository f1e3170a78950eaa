package io.fidelis.ledger.api;

import java.util.List;

/** Lines for the till screen and for the printed receipt. */
public record Messages(List<String> till, List<String> receipt) {

    public Messages {
        till = List.copyOf(till);
        receipt = List.copyOf(receipt);
    }

    public static Messages none() {
        return new Messages(List.of(), List.of());
    }
}
