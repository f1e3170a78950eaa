package io.fidelis.api.event;

/**
 * What a till did. Programs are asked about every kind; most answer only a few. {@code LOOKUP} is a
 * card look-up: nothing is booked from it, but renewals and messages a program returns are shown.
 */
public enum EventKind {
    SALE, REDEEM, TOPUP, CHECKIN, REFUND, VOID, TAB_OPEN, TAB_SETTLE, LOOKUP, ADJUST, RENEWAL, EXPIRY
}
