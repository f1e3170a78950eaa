package io.fidelis.shell;

import io.fidelis.ledger.api.ProgramAdmin;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code fidelis:programs <tenant>}: one tenant's programs, their status, and whether their type is installed and they run. */
@Command(scope = "fidelis", name = "programs", description = "A tenant's programs: status, type installed, running")
@Service
public class ProgramsCommand implements Action {

    @Reference
    private ProgramAdmin programs;

    @Argument(index = 0, name = "tenant", description = "The tenant id, e.g. demo-bar", required = true)
    private String tenant;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Program");
        table.column("Type");
        table.column("Name");
        table.column("Status");
        table.column("Type installed");
        table.column("Running");
        programs.list(tenant).forEach(p -> table.addRow().addContent(p.id(), p.type(), p.name(), p.status(), p.typeInstalled(), p.running()));
        table.print(System.out);
        return null;
    }
}
