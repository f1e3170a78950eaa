package io.fidelis.tenants;

/** Till number {@code number} of a store; its Keycloak client is {@code till-<tenant>-<store>-<number>}. */
public record TillSpec(String store, int number, String secret) {

    public String clientId(String tenantId) {
        return "till-" + tenantId + "-" + store + "-" + number;
    }

    /** The value of the {@code fidelis_till} claim. */
    public String code() {
        return store + "-" + number;
    }
}
