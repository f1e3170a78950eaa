package io.fidelis.shell;

import io.fidelis.ledger.api.ProgramStatuses;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code fidelis:programs <tenant>}: one tenant's programs with their status (ACTIVE, SUSPENDED, ARCHIVED). */
@Command(scope = "fidelis", name = "programs", description = "A tenant's programs with their status")
@Service
public class ProgramsCommand implements Action {

    @Reference
    private ProgramStatuses statuses;

    @Argument(index = 0, name = "tenant", description = "The tenant id, e.g. demo-bar", required = true)
    private String tenant;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Program");
        table.column("Type");
        table.column("Name");
        table.column("Status");
        statuses.programs(tenant).forEach(p -> table.addRow().addContent(p.programId(), p.typeId(), p.name(), p.status()));
        table.print(System.out);
        return null;
    }
}
