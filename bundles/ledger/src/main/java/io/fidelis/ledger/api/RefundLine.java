package io.fidelis.ledger.api;

/** How many units of a line of the original sale ({@code lineNo}, from 1) are given back. */
public record RefundLine(Integer lineNo, Integer quantity) {
}
