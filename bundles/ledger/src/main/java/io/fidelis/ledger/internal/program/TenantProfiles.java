package io.fidelis.ledger.internal.program;

import io.fidelis.ledger.internal.entity.StaffEntity;
import io.fidelis.ledger.internal.entity.StoreEntity;
import io.fidelis.ledger.internal.entity.TenantEntity;
import io.fidelis.ledger.internal.tx.TenantTransactions;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tenants' settings, stores, staff and active programs, kept in memory so that a till call does not
 * read them again. A change made through this node drops the entry at once; entries also expire, so
 * that a change made through another node is seen within {@link #MAX_AGE_NANOS}.
 */
@Component(service = TenantProfiles.class)
public class TenantProfiles {

    static final long MAX_AGE_NANOS = 30_000_000_000L;

    private record Entry(TenantProfile profile, long loadedAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Reference
    private TenantTransactions transactions;

    public Optional<TenantProfile> get(String tenantId) {
        Entry entry = entries.get(tenantId);
        if (entry == null || System.nanoTime() - entry.loadedAt() > MAX_AGE_NANOS) {
            Optional<TenantProfile> loaded = transactions.inTenant(tenantId, em -> load(em, tenantId));
            loaded.ifPresentOrElse(p -> entries.put(tenantId, new Entry(p, System.nanoTime())), () -> entries.remove(tenantId));
            return loaded;
        }
        return Optional.of(entry.profile());
    }

    /** The tenants whose profile this node holds: those it has served recently. */
    public Set<String> servedTenantIds() {
        return Set.copyOf(entries.keySet());
    }

    public void invalidate(String tenantId) {
        entries.remove(tenantId);
    }

    private static Optional<TenantProfile> load(EntityManager em, String tenantId) {
        TenantEntity tenant = em.find(TenantEntity.class, tenantId);
        if (tenant == null) {
            return Optional.empty();
        }
        var stores = new HashSet<String>();
        em.createQuery("SELECT s FROM StoreEntity s", StoreEntity.class).getResultList().forEach(s -> stores.add(s.storeCode()));
        var staff = new HashSet<String>();
        em.createQuery("SELECT s FROM StaffEntity s", StaffEntity.class).getResultList().forEach(s -> staff.add(s.staffCode()));
        return Optional.of(new TenantProfile(tenantId, tenant.currency(), ZoneId.of(tenant.timezone()), tenant.dayCutoffHour(),
                "ACTIVE".equals(tenant.status()), stores, staff, ActivePrograms.load(em), tenant.pointsPerCurrencyUnit()));
    }
}
