package io.fidelis.console.api;

import java.math.BigDecimal;

/** Amount of one asset (e.g. {@code POINTS}) held by a member. */
public record Balance(String asset, BigDecimal balance) {
}
