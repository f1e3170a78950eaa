package io.fidelis.rest.admin;

import io.fidelis.api.program.ProgramDescriptor;
import io.fidelis.ledger.api.AdminQueries;
import io.fidelis.ledger.api.FieldError;
import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.MemberView;
import io.fidelis.ledger.api.NotFoundException;
import io.fidelis.ledger.api.Page;
import io.fidelis.ledger.api.ProgramCatalog;
import io.fidelis.ledger.api.TenantAdmin;
import io.fidelis.ledger.api.TenantSpec;
import io.fidelis.ledger.api.TenantView;
import io.fidelis.ledger.api.TransactionFilter;
import io.fidelis.ledger.api.TransactionView;
import io.fidelis.rest.internal.Callers;
import io.fidelis.security.Caller;
import io.fidelis.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

/** What the console, scripts and partners' tools read and change, one tenant at a time. */
@Path("admin/v1")
@Tag(name = "Admin", description = "Merchant console and support operations")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final Role[] MERCHANT_ROLES = {Role.MERCHANT_ADMIN, Role.MERCHANT_STAFF, Role.SUPPORT};
    static final int MAX_LIMIT = 200;

    private final AdminQueries queries;
    private final TenantAdmin tenants;
    private final ProgramCatalog programs;

    public AdminResource(AdminQueries queries, TenantAdmin tenants, ProgramCatalog programs) {
        this.queries = queries;
        this.tenants = tenants;
        this.programs = programs;
    }

    public record Me(String tenantId, String tenantName, String username, List<String> roles) {
    }

    @GET
    @Path("me")
    @Operation(summary = "Who is signed in, for which tenant, with which roles")
    public Me me(@Context SecurityContext security) {
        Caller caller = Callers.require(security, MERCHANT_ROLES);
        String tenantName = caller.tenant().flatMap(queries::tenant).map(TenantView::name).orElse(null);
        return new Me(caller.tenantId(), tenantName, caller.displayName(),
                caller.roles().stream().map(Role::roleName).sorted().toList());
    }

    @GET
    @Path("members")
    @Operation(summary = "Members with their cards and balances, newest first; q searches name, email and card code")
    public Page<MemberView> members(@QueryParam("q") String query,
                                    @QueryParam("offset") @DefaultValue("0") String offset,
                                    @QueryParam("limit") @DefaultValue("50") String limit,
                                    @Context SecurityContext security) {
        String tenant = Callers.tenantOf(Callers.require(security, MERCHANT_ROLES));
        Paging paging = Paging.parse(offset, limit);
        return queries.members(tenant, query, paging.offset(), paging.limit());
    }

    @GET
    @Path("transactions")
    @Operation(summary = "The transaction log: time, store, till, staff, card, items and ledger movements, newest first")
    public Page<TransactionView> transactions(@QueryParam("offset") @DefaultValue("0") String offset,
                                              @QueryParam("limit") @DefaultValue("50") String limit,
                                              @QueryParam("from") String from,
                                              @QueryParam("to") String to,
                                              @QueryParam("till") String till,
                                              @QueryParam("staff") String staff,
                                              @QueryParam("card") String card,
                                              @Parameter(description = "SALE, TOPUP, CHECKIN, REDEEM, REFUND, VOID, TAB_OPEN or TAB_SETTLE")
                                              @QueryParam("kind") String kind,
                                              @Parameter(description = "Only transactions that moved this asset, e.g. COMP for every staff comp")
                                              @QueryParam("asset") String asset,
                                              @Context SecurityContext security) {
        String tenant = Callers.tenantOf(Callers.require(security, MERCHANT_ROLES));
        Paging paging = Paging.parse(offset, limit);
        List<FieldError> errors = new ArrayList<>();
        Instant fromInstant = instant(errors, "from", from);
        Instant toInstant = instant(errors, "to", to);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return queries.transactions(tenant, new TransactionFilter(fromInstant, toInstant, till, staff, card, kind, asset),
                paging.offset(), paging.limit());
    }

    @GET
    @Path("program-types")
    @Operation(summary = "The program types installed now, with their configuration fields, bounds and assets")
    public List<ProgramDescriptor> programTypes(@Context SecurityContext security) {
        Callers.require(security, Role.MERCHANT_ADMIN, Role.MERCHANT_STAFF, Role.SUPPORT, Role.PARTNER);
        return programs.installedTypes();
    }

    @PUT
    @Path("tenants/{tenantId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or update a tenant with its stores, staff and programs (support only)")
    public TenantView putTenant(@PathParam("tenantId") String tenantId, TenantSpec spec, @Context SecurityContext security) {
        Callers.require(security, Role.SUPPORT);
        return tenants.upsert(tenantId, spec);
    }

    @GET
    @Path("tenants/{tenantId}")
    @Operation(summary = "A tenant's settings (support, or the tenant's own staff)")
    public TenantView tenant(@PathParam("tenantId") String tenantId, @Context SecurityContext security) {
        Caller caller = Callers.require(security, MERCHANT_ROLES);
        if (!caller.has(Role.SUPPORT) && !tenantId.equals(caller.tenantId())) {
            throw new NotFoundException("No tenant " + tenantId);
        }
        return queries.tenant(tenantId).orElseThrow(() -> new NotFoundException("No tenant " + tenantId));
    }

    private static Instant instant(List<FieldError> errors, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO-8601 instant such as 2026-01-31T23:00:00Z"));
            return null;
        }
    }
}
