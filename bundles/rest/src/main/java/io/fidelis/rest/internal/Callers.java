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

    /**
     * For calls on a tenant named in the path: support may act on every tenant; anyone else only on the
     * tenant of its token, with one of {@code anyOf}. Another tenant's id answers 404, as if it did not exist.
     */
    public static Caller requireOnTenant(SecurityContext context, String tenantId, Role... anyOf) {
        Caller caller = require(context, Role.SUPPORT, Role.MERCHANT_ADMIN, Role.MERCHANT_STAFF, Role.PARTNER, Role.TILL);
        if (caller.has(Role.SUPPORT)) {
            return caller;
        }
        if (tenantId == null || !tenantId.equals(caller.tenantId())) {
            throw new ProblemException(404, "not-found", "Not found", "No tenant " + tenantId);
        }
        return require(context, anyOf);
    }

    /** The one tenant the token names; a token naming none or several cannot act on tenant data. */
    public static String tenantOf(Caller caller) {
        return caller.tenant().orElseThrow(() -> new ProblemException(403, "no-tenant", "Forbidden",
                "The token must name exactly one organization (tenant)"));
    }
}
