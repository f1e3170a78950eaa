package io.fidelis.rest.admin;

import io.fidelis.ledger.api.InstalledProgramType;
import io.fidelis.ledger.api.ProgramStatusView;
import io.fidelis.ledger.api.ProgramStatuses;
import io.fidelis.rest.internal.Callers;
import io.fidelis.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/**
 * Support deploys program-type plugins without a shell: an uploaded jar is checked (an OSGi bundle providing a
 * ProgramType, within the request size limit) and written to Karaf's deploy folder, where it goes live in seconds.
 */
@Path("admin/v1/plugins")
@Tag(name = "Plugins", description = "Program-type plugins: upload, list, remove (support only)")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class PluginsResource {

    private final PluginFolder folder;
    private final ProgramStatuses statuses;

    public PluginsResource(PluginFolder folder, ProgramStatuses statuses) {
        this.folder = folder;
        this.statuses = statuses;
    }

    public record Plugins(List<PluginFolder.PluginFile> files, List<InstalledProgramType> installedTypes,
                          List<ProgramStatusView> suspendedPrograms) {
    }

    @GET
    @Operation(summary = "Plugin jars in the deploy folder, the program types installed now and the programs suspended")
    public Plugins list(@Context SecurityContext security) {
        Callers.require(security, Role.SUPPORT);
        return new Plugins(folder.list(), statuses.installedTypes(), statuses.suspendedPrograms());
    }

    @POST
    @Consumes({"application/java-archive", MediaType.APPLICATION_OCTET_STREAM, "application/zip"})
    @Operation(summary = "Upload a plugin jar; it replaces an earlier version with the same symbolic name and is live within seconds")
    public Response upload(InputStream body, @Context SecurityContext security) {
        Callers.require(security, Role.SUPPORT);
        return Response.status(201).entity(folder.deploy(body, "body")).build();
    }

    @DELETE
    @Path("{symbolicName}")
    @Operation(summary = "Remove a plugin; its programs are suspended (balances kept) until it comes back")
    public PluginFolder.PluginFile remove(@PathParam("symbolicName") String symbolicName, @Context SecurityContext security) {
        Callers.require(security, Role.SUPPORT);
        return folder.remove(symbolicName);
    }
}
