package io.fidelis.tenants;

/** A person working at the tills (the {@code staffCode} of a till transaction), not a login. */
public record StaffSpec(String code, String name) {
}
