package io.fidelis.rest.admin;

import io.fidelis.ledger.api.NewProgram;
import io.fidelis.ledger.api.NotFoundException;
import io.fidelis.ledger.api.ProgramAdmin;
import io.fidelis.ledger.api.ProgramChange;
import io.fidelis.ledger.api.ProgramStatus;
import io.fidelis.ledger.api.ProgramView;
import io.fidelis.rest.internal.Callers;
import io.fidelis.rest.problem.Problem;
import io.fidelis.security.Caller;
import io.fidelis.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/**
 * A merchant's programs. Merchant admins (and support) change them, merchant staff may only read them.
 * Support, whose token names no tenant, says which one with {@code ?tenant=}.
 */
@Path("admin/v1/programs")
@Tag(name = "Programs", description = "A merchant's loyalty programs: list, create, configure, suspend, archive")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramsResource {

    private static final String TENANT_HELP = "Support only: the tenant to act on (others act on their token's tenant)";

    private final ProgramAdmin programs;

    public ProgramsResource(ProgramAdmin programs) {
        this.programs = programs;
    }

    @GET
    @Operation(summary = "The tenant's programs with status, type and configuration, by name")
    public List<ProgramView> list(@Parameter(description = TENANT_HELP) @QueryParam("tenant") String tenant,
                                  @Context SecurityContext security) {
        Caller caller = Callers.require(security, Role.MERCHANT_ADMIN, Role.MERCHANT_STAFF, Role.SUPPORT);
        return programs.list(tenantOf(caller, tenant));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a program of an installed type; it runs at the tills at once",
            description = "The id (lower-case letters, digits, dashes) is derived from the name when absent. "
                    + "The configuration is checked by the program type; errors name config.<field>.",
            responses = {
                @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ProgramView.class))),
                @ApiResponse(responseCode = "400", description = "Invalid id, name, type or configuration; nothing written",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @ApiResponse(responseCode = "403", description = "Not a merchant admin or support")})
    public Response create(@Parameter(description = TENANT_HELP) @QueryParam("tenant") String tenant,
                           NewProgram program, @Context SecurityContext security) {
        Caller caller = Callers.require(security, Role.MERCHANT_ADMIN, Role.SUPPORT);
        ProgramView created = programs.create(tenantOf(caller, tenant), program, caller.displayName());
        return Response.created(URI.create("programs/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a program and/or replace its configuration (absent parts are kept)",
            responses = {
                @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProgramView.class))),
                @ApiResponse(responseCode = "400", description = "Invalid name or configuration; nothing written",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @ApiResponse(responseCode = "404", description = "No such program"),
                @ApiResponse(responseCode = "422", description = "The program is archived")})
    public ProgramView update(@PathParam("id") String id, @Parameter(description = TENANT_HELP) @QueryParam("tenant") String tenant,
                              ProgramChange change, @Context SecurityContext security) {
        Caller caller = Callers.require(security, Role.MERCHANT_ADMIN, Role.SUPPORT);
        return programs.update(tenantOf(caller, tenant), id, change, caller.displayName());
    }

    @POST
    @Path("{id}/suspend")
    @Operation(summary = "Suspend a program: tills stop applying it; balances are kept")
    public ProgramView suspend(@PathParam("id") String id, @Parameter(description = TENANT_HELP) @QueryParam("tenant") String tenant,
                               @Context SecurityContext security) {
        return status(security, tenant, id, ProgramStatus.SUSPENDED);
    }

    @POST
    @Path("{id}/activate")
    @Operation(summary = "Reactivate a suspended program")
    public ProgramView activate(@PathParam("id") String id, @Parameter(description = TENANT_HELP) @QueryParam("tenant") String tenant,
                                @Context SecurityContext security) {
        return status(security, tenant, id, ProgramStatus.ACTIVE);
    }

    @POST
    @Path("{id}/archive")
    @Operation(summary = "Archive a program for good: it stops and can no longer change; balances are kept")
    public ProgramView archive(@PathParam("id") String id, @Parameter(description = TENANT_HELP) @QueryParam("tenant") String tenant,
                               @Context SecurityContext security) {
        return status(security, tenant, id, ProgramStatus.ARCHIVED);
    }

    private ProgramView status(SecurityContext security, String tenant, String id, ProgramStatus status) {
        Caller caller = Callers.require(security, Role.MERCHANT_ADMIN, Role.SUPPORT);
        return programs.setStatus(tenantOf(caller, tenant), id, status, caller.displayName());
    }

    /** Support may name any tenant; everyone else acts on their own, and another tenant does not exist for them. */
    static String tenantOf(Caller caller, String requested) {
        if (requested == null || requested.isBlank()) {
            return Callers.tenantOf(caller);
        }
        if (caller.has(Role.SUPPORT) || requested.equals(caller.tenantId())) {
            return requested;
        }
        throw new NotFoundException("No tenant " + requested);
    }
}
