package io.fidelis.ledger.api;

/** The till making a call, as its token proves; storeCode may be null for a till not bound to a store. */
public record TillIdentity(String tenantId, String storeCode, String tillCode) {
}
