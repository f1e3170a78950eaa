package io.fidelis.ledger.api;

import java.util.List;

public record Page<T>(long total, List<T> items) {
}
