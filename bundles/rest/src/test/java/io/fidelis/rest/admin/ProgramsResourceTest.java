package io.fidelis.rest.admin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.fidelis.ledger.api.NewProgram;
import io.fidelis.ledger.api.NotFoundException;
import io.fidelis.ledger.api.ProgramAdmin;
import io.fidelis.ledger.api.ProgramChange;
import io.fidelis.ledger.api.ProgramStatus;
import io.fidelis.ledger.api.ProgramView;
import io.fidelis.rest.internal.CallerSecurityContext;
import io.fidelis.rest.problem.ProblemException;
import io.fidelis.security.Caller;
import io.fidelis.security.Role;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.junit.Test;

public class ProgramsResourceTest {

    /** Records what the resource asked for: "operation tenant program actor". */
    private final List<String> calls = new ArrayList<>();

    private final ProgramAdmin admin = new ProgramAdmin() {
        @Override
        public List<ProgramView> list(String tenantId) {
            calls.add("list " + tenantId);
            return List.of();
        }

        @Override
        public ProgramView create(String tenantId, NewProgram program, String actor) {
            calls.add("create " + tenantId + " " + program.id() + " " + actor);
            return view(program.id(), ProgramStatus.ACTIVE);
        }

        @Override
        public ProgramView update(String tenantId, String programId, ProgramChange change, String actor) {
            calls.add("update " + tenantId + " " + programId + " " + actor);
            return view(programId, ProgramStatus.ACTIVE);
        }

        @Override
        public ProgramView setStatus(String tenantId, String programId, ProgramStatus status, String actor) {
            calls.add(status + " " + tenantId + " " + programId + " " + actor);
            return view(programId, status);
        }
    };

    private final ProgramsResource resource = new ProgramsResource(admin);

    private static ProgramView view(String id, ProgramStatus status) {
        return new ProgramView(id, "stamp-card", "Stamp card", "Coffee", status, true, status == ProgramStatus.ACTIVE, Map.of(), null, null);
    }

    private static SecurityContext as(String tenant, Role... roles) {
        Caller caller = new Caller("sub", "ann", tenant, Set.of(roles), "fidelis-console", null, null);
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return new CallerSecurityContext.CallerPrincipal(caller);
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        };
    }

    private static int statusOf(Runnable call) {
        return assertThrows(ProblemException.class, call::run).problem().status();
    }

    @Test
    public void anAdminCreatesInItsOwnTenant() {
        Response response = resource.create(null, new NewProgram("coffee", "stamp-card", "Coffee", Map.of()),
                as("demo-bar", Role.MERCHANT_ADMIN));
        assertEquals(201, response.getStatus());
        assertEquals("programs/coffee", response.getLocation().toString());
        assertEquals(List.of("create demo-bar coffee ann"), calls);
    }

    @Test
    public void staffMayReadButNotChange() {
        resource.list(null, as("demo-bar", Role.MERCHANT_STAFF));
        assertEquals(List.of("list demo-bar"), calls);
        assertEquals(403, statusOf(() -> resource.create(null, new NewProgram("x", "t", "X", Map.of()), as("demo-bar", Role.MERCHANT_STAFF))));
        assertEquals(403, statusOf(() -> resource.suspend("coffee", null, as("demo-bar", Role.MERCHANT_STAFF))));
        assertEquals(403, statusOf(() -> resource.update("coffee", null, new ProgramChange("New", null), as("demo-bar", Role.MERCHANT_STAFF))));
    }

    @Test
    public void tillsAndAnonymousCallersAreRefused() {
        assertEquals(403, statusOf(() -> resource.list(null, as("demo-bar", Role.TILL))));
        assertEquals(403, statusOf(() -> resource.list(null, as("demo-bar", Role.PARTNER))));
    }

    @Test
    public void supportNamesTheTenant() {
        resource.suspend("coffee", "demo-gym", as(null, Role.SUPPORT));
        resource.activate("coffee", "demo-gym", as(null, Role.SUPPORT));
        resource.archive("coffee", "demo-gym", as(null, Role.SUPPORT));
        assertEquals(List.of("SUSPENDED demo-gym coffee ann", "ACTIVE demo-gym coffee ann", "ARCHIVED demo-gym coffee ann"), calls);
        assertEquals(403, statusOf(() -> resource.list(null, as(null, Role.SUPPORT))));
    }

    @Test
    public void anotherTenantDoesNotExistForAMerchant() {
        assertThrows(NotFoundException.class, () -> resource.list("demo-gym", as("demo-bar", Role.MERCHANT_ADMIN)));
        resource.list("demo-bar", as("demo-bar", Role.MERCHANT_ADMIN));
        assertEquals(List.of("list demo-bar"), calls);
    }
}
