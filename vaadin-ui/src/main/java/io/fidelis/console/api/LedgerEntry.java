package io.fidelis.console.api;

import java.math.BigDecimal;

/** A change of one asset caused by a transaction: positive when earned, negative when spent. */
public record LedgerEntry(String asset, BigDecimal amount) {
}
