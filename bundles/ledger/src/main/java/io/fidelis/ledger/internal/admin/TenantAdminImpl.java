package io.fidelis.ledger.internal.admin;

import io.fidelis.ledger.api.NotFoundException;
import io.fidelis.ledger.api.TenantAdmin;
import io.fidelis.ledger.api.TenantSpec;
import io.fidelis.ledger.api.TenantStatus;
import io.fidelis.ledger.api.TenantView;
import io.fidelis.ledger.internal.Json;
import io.fidelis.ledger.internal.entity.ProgramEntity;
import io.fidelis.ledger.internal.entity.StaffEntity;
import io.fidelis.ledger.internal.entity.StoreEntity;
import io.fidelis.ledger.internal.entity.TenantEntity;
import io.fidelis.ledger.internal.program.ProgramTypeRegistry;
import io.fidelis.ledger.internal.program.TenantProfiles;
import io.fidelis.ledger.internal.tx.TenantTransactions;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Creates, updates, suspends, exports and deletes tenants, each change in one transaction. */
@Component(service = TenantAdmin.class)
public class TenantAdminImpl implements TenantAdmin {

    @Reference
    private TenantTransactions transactions;

    @Reference
    private ProgramTypeRegistry programTypes;

    @Reference
    private TenantProfiles profiles;

    @Reference
    private TenantAccessImpl access;

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
            for (TenantSpec.RoleGrant grant : orEmpty(spec.members())) {
                grant.roles().forEach(role -> grantRole(em, tenantId, grant.username(), role));
            }
            return TenantViews.of(tenant);
        });
        profiles.invalidate(tenantId);
        access.invalidate(tenantId);
        return view;
    }

    @Override
    public List<TenantView> list() {
        return transactions.withoutTenant(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT tenant_id, name, currency, timezone, day_cutoff_hour,"
                    + " status, created_at FROM fidelis_tenant_directory()").getResultList();
            return rows.stream().map(r -> new TenantView((String) r[0], (String) r[1], r[2].toString(), (String) r[3],
                    ((Number) r[4]).intValue(), (String) r[5], instant(r[6]))).toList();
        });
    }

    @Override
    public TenantView setStatus(String tenantId, TenantStatus status) {
        TenantView view = transactions.inTenant(tenantId, em -> {
            TenantEntity tenant = existing(em, tenantId);
            tenant.changeStatus(status.name());
            return TenantViews.of(tenant);
        });
        access.invalidate(tenantId);
        return view;
    }

    @Override
    public void export(String tenantId, OutputStream zip) {
        transactions.inTenant(tenantId, em -> {
            existing(em, tenantId);
            new TableExport(em.unwrap(Connection.class), tenantId).writeTo(zip);
            return null;
        });
    }

    @Override
    public long purge(String tenantId) {
        long removed = transactions.inTenant(tenantId, em -> {
            existing(em, tenantId);
            em.flush();
            em.clear();
            return ((Number) em.createNativeQuery("SELECT fidelis_purge_tenant(?1)").setParameter(1, tenantId)
                    .getSingleResult()).longValue();
        });
        profiles.invalidate(tenantId);
        access.invalidate(tenantId);
        return removed;
    }

    private static TenantEntity existing(EntityManager em, String tenantId) {
        TenantEntity tenant = em.find(TenantEntity.class, tenantId);
        if (tenant == null) {
            throw new NotFoundException("No tenant " + tenantId);
        }
        return tenant;
    }

    private static void grantRole(EntityManager em, String tenantId, String username, String role) {
        em.createNativeQuery("INSERT INTO tenant_role (tenant_id, username, role) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, tenantId).setParameter(2, username).setParameter(3, role).executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value == null ? null : Instant.parse(value.toString());
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
