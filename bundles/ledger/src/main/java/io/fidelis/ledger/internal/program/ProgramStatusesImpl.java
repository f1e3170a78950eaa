package io.fidelis.ledger.internal.program;

import io.fidelis.ledger.api.InstalledProgramType;
import io.fidelis.ledger.api.ProgramStatusView;
import io.fidelis.ledger.api.ProgramStatuses;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Computed from the registry: an ACTIVE program whose type is not installed is suspended. */
@Component(service = ProgramStatuses.class)
public class ProgramStatusesImpl implements ProgramStatuses {

    @Reference
    private ProgramTypeRegistry registry;
    @Reference
    private TenantProfiles profiles;

    @Override
    public List<InstalledProgramType> installedTypes() {
        return registry.installedWithBundles();
    }

    @Override
    public List<ProgramStatusView> suspendedPrograms() {
        return profiles.servedTenantIds().stream().sorted()
                .flatMap(tenantId -> profiles.get(tenantId).stream()
                        .flatMap(profile -> profile.programs().stream()
                                .filter(p -> registry.find(p.typeId()).isEmpty())
                                .map(p -> new ProgramStatusView(tenantId, p.programId(), p.typeId(), p.name(), ProgramStatusView.SUSPENDED))))
                .toList();
    }
}
