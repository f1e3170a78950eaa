package io.fidelis.shell;

import io.fidelis.ledger.api.ProgramStatuses;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code fidelis:plugins}: the same overview as {@code fidelis:program-types}, under the name operators look for. */
@Command(scope = "fidelis", name = "plugins", description = "Installed program types with their bundles, and suspended programs")
@Service
public class PluginsCommand implements Action {

    @Reference
    private ProgramStatuses statuses;

    @Override
    public Object execute() {
        ProgramTypesCommand.print(statuses.installedTypes(), statuses.suspendedPrograms());
        return null;
    }
}
