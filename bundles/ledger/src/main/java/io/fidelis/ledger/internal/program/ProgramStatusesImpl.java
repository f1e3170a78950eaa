package io.fidelis.ledger.internal.program;

import io.fidelis.ledger.api.InstalledProgramType;
import io.fidelis.ledger.api.ProgramStatusView;
import io.fidelis.ledger.api.ProgramStatuses;
import io.fidelis.ledger.internal.entity.ProgramEntity;
import io.fidelis.ledger.internal.tx.TenantTransactions;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Program statuses computed from the registry: stored ACTIVE but with no installed type means SUSPENDED. */
@Component(service = ProgramStatuses.class)
public class ProgramStatusesImpl implements ProgramStatuses {

    @Reference
    private ProgramTypeRegistry registry;
    @Reference
    private TenantTransactions transactions;
    @Reference
    private TenantProfiles profiles;

    @Override
    public List<InstalledProgramType> installedTypes() {
        return registry.installedWithBundles();
    }

    @Override
    public List<ProgramStatusView> programs(String tenantId) {
        return transactions.inTenant(tenantId, em -> em
                .createQuery("SELECT p FROM ProgramEntity p ORDER BY p.programId", ProgramEntity.class)
                .getResultList().stream()
                .map(p -> new ProgramStatusView(tenantId, p.programId(), p.typeId(), p.name(), status(p.status(), p.typeId())))
                .toList());
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

    private String status(String stored, String typeId) {
        return ProgramStatusView.ACTIVE.equals(stored) && registry.find(typeId).isEmpty() ? ProgramStatusView.SUSPENDED : stored;
    }
}
