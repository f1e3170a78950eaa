package io.fidelis.rest.internal;

import io.fidelis.rest.problem.ProblemException;
import io.fidelis.security.Caller;
import io.fidelis.security.Role;
import java.util.Arrays;
import javax.ws.rs.core.SecurityContext;

/** Role and tenant checks every resource method starts with. */
public final class Callers {

    private Callers() {
    }

    public static Caller require(SecurityContext context, Role... anyOf) {
        if (!(context.getUserPrincipal() instanceof CallerSecurityContext.CallerPrincipal principal)) {
            throw new ProblemException(401, "unauthorized", "Unauthorized", "A bearer token is required");
        }
        Caller caller = principal.caller();
        if (!caller.hasAny(anyOf)) {
            throw new ProblemException(403, "forbidden", "Forbidden",
                    "This call needs one of the roles " + Arrays.stream(anyOf).map(Role::roleName).toList());
        }
        return caller;
    }

    /** The one tenant the token names; a token naming none or several cannot act on tenant data. */
    public static String tenantOf(Caller caller) {
        return caller.tenant().orElseThrow(() -> new ProblemException(403, "no-tenant", "Forbidden",
                "The token must name exactly one organization (tenant)"));
    }
}
