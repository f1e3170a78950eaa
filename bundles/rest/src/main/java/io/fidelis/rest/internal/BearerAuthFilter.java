package io.fidelis.rest.internal;

import io.fidelis.ledger.api.TenantAccess;
import io.fidelis.rest.problem.Problems;
import io.fidelis.security.Caller;
import io.fidelis.security.InvalidTokenException;
import io.fidelis.security.Role;
import io.fidelis.security.TenantRoles;
import io.fidelis.security.TokenVerifier;
import java.util.Set;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call but the public documentation needs a valid bearer token; anything else is a 401. The
 * caller then acts with the roles Fidelis keeps for it in the token's tenant ({@link TenantRoles}), and
 * nobody but support is served for a suspended tenant (403 {@code tenant-suspended}).
 */
public class BearerAuthFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(BearerAuthFilter.class);
    private static final Set<String> PUBLIC_PATHS = Set.of("openapi.json", "health", "docs");

    private final TokenVerifier verifier;
    private final TenantAccess tenantAccess;

    public BearerAuthFilter(TokenVerifier verifier, TenantAccess tenantAccess) {
        this.verifier = verifier;
        this.tenantAccess = tenantAccess;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(false);
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (PUBLIC_PATHS.contains(trimmed) || trimmed.startsWith("docs/")) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            abort(request, "A bearer token is required");
            return;
        }
        try {
            Caller token = verifier.verify(header.substring(7).trim());
            TenantAccess.Standing standing = token.tenantId() == null ? null
                    : tenantAccess.standing(token.tenantId(), token.username());
            if (standing != null && standing.suspended() && !token.has(Role.SUPPORT)) {
                request.abortWith(Problems.response(403, "tenant-suspended", "Tenant suspended",
                        "Tenant " + token.tenantId() + " is suspended; contact Fidelis support"));
                return;
            }
            Caller caller = TenantRoles.apply(token, standing == null ? Set.of() : standing.roles());
            request.setSecurityContext(new CallerSecurityContext(caller, request.getSecurityContext().isSecure()));
        } catch (InvalidTokenException e) {
            LOG.debug("Refused token: {}", e.getMessage());
            abort(request, "The bearer token is invalid or expired");
        }
    }

    private static void abort(ContainerRequestContext request, String detail) {
        Response problem = Problems.response(401, "unauthorized", "Unauthorized", detail);
        request.abortWith(Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"fidelis\"").build());
    }
}
