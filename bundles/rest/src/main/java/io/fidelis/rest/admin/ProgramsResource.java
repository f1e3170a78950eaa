package io.fidelis.rest.admin;

import io.fidelis.ledger.api.ProgramStatusView;
import io.fidelis.ledger.api.ProgramStatuses;
import io.fidelis.rest.internal.Callers;
import io.fidelis.security.Caller;
import io.fidelis.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

/** A merchant's programs with their status: SUSPENDED while the plugin of their type is not installed. */
@Path("admin/v1/programs")
@Tag(name = "Admin", description = "Merchant console and support operations")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramsResource {

    private final ProgramStatuses statuses;

    public ProgramsResource(ProgramStatuses statuses) {
        this.statuses = statuses;
    }

    @GET
    @Operation(summary = "The tenant's programs with status ACTIVE, SUSPENDED (type not installed) or ARCHIVED; support names the tenant")
    public List<ProgramStatusView> programs(@QueryParam("tenant") String tenant, @Context SecurityContext security) {
        Caller caller = Callers.require(security, Role.MERCHANT_ADMIN, Role.MERCHANT_STAFF, Role.SUPPORT);
        String tenantId = caller.has(Role.SUPPORT) && tenant != null && !tenant.isBlank() ? tenant : Callers.tenantOf(caller);
        return statuses.programs(tenantId);
    }
}
