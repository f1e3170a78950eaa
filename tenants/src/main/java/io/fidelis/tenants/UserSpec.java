package io.fidelis.tenants;

import java.util.List;

/** A Keycloak user. The password is set when the user is created, never overwritten afterwards. */
public record UserSpec(String username, String password, String firstName, String lastName, String email,
                       List<String> roles) {

    public UserSpec {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
