package io.fidelis.rest.internal;

import io.fidelis.security.Caller;
import io.fidelis.security.Role;
import java.security.Principal;
import javax.ws.rs.core.SecurityContext;

/** Exposes the verified caller to resources through the standard JAX-RS security context. */
public final class CallerSecurityContext implements SecurityContext {

    /** The principal resources get from {@link SecurityContext#getUserPrincipal()}. */
    public record CallerPrincipal(Caller caller) implements Principal {
        @Override
        public String getName() {
            return caller.displayName();
        }
    }

    private final CallerPrincipal principal;
    private final boolean secure;

    CallerSecurityContext(Caller caller, boolean secure) {
        this.principal = new CallerPrincipal(caller);
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
        return Role.fromName(role).map(principal.caller()::has).orElse(false);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
