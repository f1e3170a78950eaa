package io.fidelis.tenancy.internal.shell;

import io.fidelis.ledger.api.TenantView;
import io.fidelis.tenancy.api.TenantOnboarding;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "fidelis", name = "tenant-activate", description = "Reactivates a suspended tenant")
@Service
public class TenantActivateCommand implements Action {

    @Reference
    private TenantOnboarding onboarding;

    @Argument(index = 0, name = "tenantId", required = true)
    private String tenantId;

    @Override
    public Object execute() {
        TenantView tenant = onboarding.activate(tenantId);
        System.out.println("Tenant " + tenant.tenantId() + " is " + tenant.status());
        return null;
    }
}
