package io.fidelis.tenants;

public record StoreSpec(String code, String name) {
}
