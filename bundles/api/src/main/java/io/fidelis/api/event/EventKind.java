package io.fidelis.api.event;

public enum EventKind {
    SALE, REDEEM, TOPUP, REFUND, VOID, ADJUST, RENEWAL, EXPIRY
}
