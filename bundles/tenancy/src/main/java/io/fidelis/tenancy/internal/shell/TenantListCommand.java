package io.fidelis.tenancy.internal.shell;

import io.fidelis.ledger.api.TenantView;
import io.fidelis.tenancy.api.TenantOnboarding;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "fidelis", name = "tenant-list", description = "Lists every tenant with its status")
@Service
public class TenantListCommand implements Action {

    @Reference
    private TenantOnboarding onboarding;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Tenant");
        table.column("Name");
        table.column("Status");
        table.column("Currency");
        table.column("Time zone");
        table.column("Cut-off");
        for (TenantView tenant : onboarding.list()) {
            table.addRow().addContent(tenant.tenantId(), tenant.name(), tenant.status(), tenant.currency(),
                    tenant.timezone(), tenant.dayCutoffHour() + ":00");
        }
        table.print(System.out);
        return null;
    }
}
