package io.fidelis.shell;

import io.fidelis.ledger.api.InstalledProgramType;
import io.fidelis.ledger.api.ProgramStatusView;
import io.fidelis.ledger.api.ProgramStatuses;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code fidelis:program-types}: the program types installed now, their bundles, and the programs suspended. */
@Command(scope = "fidelis", name = "program-types", description = "Installed program types with their bundles, and suspended programs")
@Service
public class ProgramTypesCommand implements Action {

    @Reference
    private ProgramStatuses statuses;

    @Override
    public Object execute() {
        print(statuses.installedTypes(), statuses.suspendedPrograms());
        return null;
    }

    static void print(List<InstalledProgramType> types, List<ProgramStatusView> suspended) {
        ShellTable table = new ShellTable();
        table.column("Type");
        table.column("Name");
        table.column("Bundle");
        table.column("Version");
        table.column("Bundle id");
        types.forEach(t -> table.addRow().addContent(t.typeId(), t.name(), t.bundleSymbolicName(), t.bundleVersion(), t.bundleId()));
        table.print(System.out);
        if (suspended.isEmpty()) {
            System.out.println("No suspended programs (among the tenants this node has served).");
            return;
        }
        System.out.println("Suspended programs (type not installed; balances kept, tills told):");
        ShellTable programs = new ShellTable();
        programs.column("Tenant");
        programs.column("Program");
        programs.column("Type");
        programs.column("Name");
        suspended.forEach(p -> programs.addRow().addContent(p.tenantId(), p.programId(), p.typeId(), p.name()));
        programs.print(System.out);
    }
}
