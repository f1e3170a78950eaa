package io.fidelis.ledger.internal.admin;

import io.fidelis.ledger.api.TenantAdmin;
import io.fidelis.ledger.api.TenantSpec;
import io.fidelis.ledger.api.TenantView;
import io.fidelis.ledger.internal.Json;
import io.fidelis.ledger.internal.entity.ProgramEntity;
import io.fidelis.ledger.internal.entity.StaffEntity;
import io.fidelis.ledger.internal.entity.StoreEntity;
import io.fidelis.ledger.internal.entity.TenantEntity;
import io.fidelis.ledger.internal.program.ProgramTypeRegistry;
import io.fidelis.ledger.internal.program.TenantProfiles;
import io.fidelis.ledger.internal.tx.TenantTransactions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Creates or updates a tenant with its stores, staff and programs, in one transaction. */
@Component(service = TenantAdmin.class)
public class TenantAdminImpl implements TenantAdmin {

    @Reference
    private TenantTransactions transactions;

    @Reference
    private ProgramTypeRegistry programTypes;

    @Reference
    private TenantProfiles profiles;

    @Override
    public TenantView upsert(String tenantId, TenantSpec spec) {
        TenantSpecValidator.validate(tenantId, spec, programTypes);
        TenantView view = transactions.inTenant(tenantId, em -> {
            TenantEntity tenant = em.find(TenantEntity.class, tenantId);
            if (tenant == null) {
                tenant = new TenantEntity(tenantId, Instant.now());
                tenant.update(spec.name(), spec.currency(), spec.timezone(), spec.dayCutoffHour());
                em.persist(tenant);
                em.flush();
            } else {
                tenant.update(spec.name(), spec.currency(), spec.timezone(), spec.dayCutoffHour());
            }
            for (TenantSpec.Item store : orEmpty(spec.stores())) {
                upsertStore(em, store);
            }
            for (TenantSpec.Item member : orEmpty(spec.staff())) {
                upsertStaff(em, member);
            }
            for (TenantSpec.ProgramSpec program : orEmpty(spec.programs())) {
                upsertProgram(em, program);
            }
            return TenantViews.of(tenant);
        });
        profiles.invalidate(tenantId);
        return view;
    }

    private static void upsertStore(EntityManager em, TenantSpec.Item item) {
        StoreEntity store = em.find(StoreEntity.class, item.code());
        if (store == null) {
            em.persist(new StoreEntity(item.code(), item.name()));
        } else {
            store.rename(item.name());
        }
    }

    private static void upsertStaff(EntityManager em, TenantSpec.Item item) {
        StaffEntity staff = em.find(StaffEntity.class, item.code());
        if (staff == null) {
            em.persist(new StaffEntity(item.code(), item.name()));
        } else {
            staff.rename(item.name());
        }
    }

    private static void upsertProgram(EntityManager em, TenantSpec.ProgramSpec spec) {
        ProgramEntity program = em.find(ProgramEntity.class, spec.id());
        if (program == null) {
            program = new ProgramEntity(spec.id());
            program.define(spec.type(), spec.name(), Json.write(spec.config() == null ? Map.of() : spec.config()));
            em.persist(program);
        } else {
            program.define(spec.type(), spec.name(), Json.write(spec.config() == null ? Map.of() : spec.config()));
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
