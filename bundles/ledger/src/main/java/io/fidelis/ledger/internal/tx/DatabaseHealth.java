package io.fidelis.ledger.internal.tx;

import io.fidelis.ledger.api.StorageHealth;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = StorageHealth.class)
public class DatabaseHealth implements StorageHealth {

    @Reference
    private TenantTransactions transactions;

    @Override
    public boolean reachable() {
        try {
            return transactions.withoutTenant(em -> em.createNativeQuery("SELECT 1").getSingleResult() != null);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
