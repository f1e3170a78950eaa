package io.fidelis.rest.internal;

import io.fidelis.rest.problem.Problems;
import io.fidelis.security.Caller;
import io.fidelis.security.InvalidTokenException;
import io.fidelis.security.TokenVerifier;
import java.util.Set;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every call but the public documentation needs a valid bearer token; anything else is a 401. */
public class BearerAuthFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(BearerAuthFilter.class);
    private static final Set<String> PUBLIC_PATHS = Set.of("openapi.json", "health", "docs");

    private final TokenVerifier verifier;

    public BearerAuthFilter(TokenVerifier verifier) {
        this.verifier = verifier;
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
            Caller caller = verifier.verify(header.substring(7).trim());
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
