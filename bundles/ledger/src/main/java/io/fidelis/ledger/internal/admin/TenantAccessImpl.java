package io.fidelis.ledger.internal.admin;

import io.fidelis.ledger.api.TenantAccess;
import io.fidelis.ledger.api.TenantStatus;
import io.fidelis.ledger.internal.tx.TenantTransactions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A tenant's status and a person's roles in it, read once per few seconds: every admin call and every
 * till call asks, and another Karaf node's suspension shows here within {@link #TTL}.
 */
@Component(service = {TenantAccess.class, TenantAccessImpl.class})
public class TenantAccessImpl implements TenantAccess {

    static final Duration TTL = Duration.ofSeconds(5);
    private static final Standing UNKNOWN = new Standing(false, null, Set.of());

    private record Cached(Standing standing, long readAtNanos) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @Reference
    private TenantTransactions transactions;

    @Override
    public Standing standing(String tenantId, String username) {
        String key = tenantId + "\n" + (username == null ? "" : username);
        Cached cached = cache.get(key);
        if (cached != null && System.nanoTime() - cached.readAtNanos() < TTL.toNanos()) {
            return cached.standing();
        }
        Standing standing = read(tenantId, username);
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(key, new Cached(standing, System.nanoTime()));
        return standing;
    }

    /** Forgets what was read about the tenant, after a change on this node. */
    public void invalidate(String tenantId) {
        cache.keySet().removeIf(key -> key.startsWith(tenantId + "\n"));
    }

    private Standing read(String tenantId, String username) {
        return transactions.inTenant(tenantId, em -> {
            @SuppressWarnings("unchecked")
            List<Object> status = em.createNativeQuery("SELECT status FROM tenant WHERE tenant_id = ?1")
                    .setParameter(1, tenantId).getResultList();
            if (status.isEmpty()) {
                return UNKNOWN;
            }
            @SuppressWarnings("unchecked")
            List<Object> roles = username == null ? List.of() : em.createNativeQuery(
                            "SELECT role FROM tenant_role WHERE tenant_id = ?1 AND username = ?2")
                    .setParameter(1, tenantId).setParameter(2, username).getResultList();
            return new Standing(true, TenantStatus.valueOf(status.get(0).toString()),
                    Set.copyOf(roles.stream().map(Object::toString).toList()));
        });
    }
}
