package io.fidelis.rest.admin;

import io.fidelis.ledger.api.AdminQueries;
import io.fidelis.ledger.api.NotFoundException;
import io.fidelis.ledger.api.TenantAdmin;
import io.fidelis.ledger.api.TenantSpec;
import io.fidelis.ledger.api.TenantView;
import io.fidelis.rest.internal.Callers;
import io.fidelis.rest.problem.ProblemException;
import io.fidelis.security.Role;
import io.fidelis.tenancy.api.DeletionReport;
import io.fidelis.tenancy.api.OnboardingRequest;
import io.fidelis.tenancy.api.OnboardingResult;
import io.fidelis.tenancy.api.ProvisioningUnavailableException;
import io.fidelis.tenancy.api.TenantExistsException;
import io.fidelis.tenancy.api.TenantOnboarding;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.function.Supplier;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import javax.ws.rs.core.StreamingOutput;

/** Support's tenant operations: onboarding in one step, the list, suspension, export and deletion. */
@Path("admin/v1/tenants")
@Tag(name = "Tenants", description = "Onboarding and tenant lifecycle (support)")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class TenantsResource {

    private final AdminQueries queries;
    private final TenantAdmin tenants;
    private final TenantOnboarding onboarding;

    public TenantsResource(AdminQueries queries, TenantAdmin tenants, TenantOnboarding onboarding) {
        this.queries = queries;
        this.tenants = tenants;
        this.onboarding = onboarding;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Onboard a merchant from a template: tenant, stores, staff, programs, Keycloak organization, "
            + "first admin (temporary password) and till clients (support only)")
    public Response onboard(OnboardingRequest request, @Context SecurityContext security) {
        Callers.require(security, Role.SUPPORT);
        OnboardingResult result = provisioning(() -> onboarding.onboard(request));
        return Response.status(201).entity(result).build();
    }

    @GET
    @Operation(summary = "Every tenant with its status (support only)")
    public List<TenantView> list(@Context SecurityContext security) {
        Callers.require(security, Role.SUPPORT);
        return onboarding.list();
    }

    @GET
    @Path("templates")
    @Operation(summary = "The merchant-type templates onboarding accepts (support only)")
    public List<String> templates(@Context SecurityContext security) {
        Callers.require(security, Role.SUPPORT);
        return onboarding.templates();
    }

    @PUT
    @Path("{tenantId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or update a tenant's rows: settings, stores, staff, programs, members' roles (support only)")
    public TenantView put(@PathParam("tenantId") String tenantId, TenantSpec spec, @Context SecurityContext security) {
        Callers.require(security, Role.SUPPORT);
        return tenants.upsert(tenantId, spec);
    }

    @GET
    @Path("{tenantId}")
    @Operation(summary = "A tenant's settings (support, or the tenant's own staff)")
    public TenantView get(@PathParam("tenantId") String tenantId, @Context SecurityContext security) {
        Callers.requireOnTenant(security, tenantId, Role.MERCHANT_ADMIN, Role.MERCHANT_STAFF);
        return queries.tenant(tenantId).orElseThrow(() -> new NotFoundException("No tenant " + tenantId));
    }

    @POST
    @Path("{tenantId}/suspend")
    @Operation(summary = "Suspend a tenant: its tills and console users get 403 tenant-suspended; data stays (support only)")
    public TenantView suspend(@PathParam("tenantId") String tenantId, @Context SecurityContext security) {
        Callers.require(security, Role.SUPPORT);
        return onboarding.suspend(tenantId);
    }

    @POST
    @Path("{tenantId}/activate")
    @Operation(summary = "Reactivate a suspended tenant (support only)")
    public TenantView activate(@PathParam("tenantId") String tenantId, @Context SecurityContext security) {
        Callers.require(security, Role.SUPPORT);
        return onboarding.activate(tenantId);
    }

    @GET
    @Path("{tenantId}/export")
    @Produces("application/zip")
    @Operation(summary = "All of a tenant's data as a zip: one JSON and one CSV file per table (support, or the tenant's merchant-admin)")
    public Response export(@PathParam("tenantId") String tenantId, @Context SecurityContext security) {
        Callers.requireOnTenant(security, tenantId, Role.MERCHANT_ADMIN);
        if (queries.tenant(tenantId).isEmpty()) {
            throw new NotFoundException("No tenant " + tenantId);
        }
        StreamingOutput zip = out -> onboarding.export(tenantId, out);
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + tenantId + "-export.zip\"").build();
    }

    @DELETE
    @Path("{tenantId}")
    @Operation(summary = "Delete a tenant for good: its rows, Keycloak organization, till clients and users of no other "
            + "tenant; confirm must repeat the tenant id (support only)")
    public DeletionReport delete(@PathParam("tenantId") String tenantId, @QueryParam("confirm") String confirm,
                                 @Context SecurityContext security) {
        Callers.require(security, Role.SUPPORT);
        if (!tenantId.equals(confirm)) {
            throw new ProblemException(400, "confirmation-required", "Confirmation required",
                    "Deleting a tenant cannot be undone: repeat its id in the query parameter confirm");
        }
        return provisioning(() -> onboarding.delete(tenantId));
    }

    private static <T> T provisioning(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (TenantExistsException e) {
            throw new ProblemException(409, "tenant-exists", "Tenant exists", e.getMessage());
        } catch (ProvisioningUnavailableException e) {
            throw new ProblemException(503, "provisioning-unavailable", "Provisioning unavailable", e.getMessage());
        }
    }
}
