package io.fidelis.tenancy.internal.shell;

import io.fidelis.tenancy.api.DeletionReport;
import io.fidelis.tenancy.api.TenantOnboarding;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "fidelis", name = "tenant-delete",
        description = "Deletes a tenant for good: all its rows, its Keycloak organization, tills and the users of no other tenant")
@Service
public class TenantDeleteCommand implements Action {

    @Reference
    private TenantOnboarding onboarding;

    @Argument(index = 0, name = "tenantId", required = true)
    private String tenantId;

    @Option(name = "--confirm", required = true, description = "the tenant id again")
    private String confirm;

    @Override
    public Object execute() {
        if (!tenantId.equals(confirm)) {
            throw new IllegalArgumentException("--confirm must repeat the tenant id " + tenantId);
        }
        DeletionReport report = onboarding.delete(tenantId);
        System.out.println("Tenant " + tenantId + " deleted: " + report.rowsDeleted() + " rows, " + report.tillClientsDeleted()
                + " till clients, " + report.usersDeleted() + " users");
        return null;
    }
}
