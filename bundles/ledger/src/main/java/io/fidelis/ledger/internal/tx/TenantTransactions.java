package io.fidelis.ledger.internal.tx;

import io.fidelis.ledger.internal.entity.TenantScope;
import io.fidelis.ledger.internal.migration.SchemaReady;
import java.util.Map;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.transaction.Status;
import javax.transaction.TransactionManager;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs work in one JTA transaction with an EntityManager bound to a tenant: EclipseLink filters every
 * JPQL query by the tenant, and the transaction-local {@code fidelis.tenant} setting lets PostgreSQL
 * row-level security enforce the same rule.
 */
@Component(service = TenantTransactions.class)
public class TenantTransactions {

    @Reference(target = "(osgi.unit.name=fidelis)")
    private EntityManagerFactory entityManagerFactory;

    @Reference
    private TransactionManager transactionManager;

    @Reference
    private SchemaReady schemaReady;

    public <T> T inTenant(String tenantId, Function<EntityManager, T> work) {
        return inTransaction(Map.of(TenantScope.PROPERTY, tenantId), tenantId, work);
    }

    /** For work that reads no tenant's rows (a health check): row-level security shows it none. */
    public <T> T withoutTenant(Function<EntityManager, T> work) {
        return inTransaction(Map.of(), "", work);
    }

    private <T> T inTransaction(Map<String, Object> properties, String tenantSetting, Function<EntityManager, T> work) {
        try {
            transactionManager.begin();
        } catch (Exception e) {
            throw DatabaseFailures.translate(e);
        }
        EntityManager em = null;
        boolean committed = false;
        try {
            em = entityManagerFactory.createEntityManager(properties);
            em.joinTransaction();
            em.createNativeQuery("SELECT set_config('fidelis.tenant', ?1, true)").setParameter(1, tenantSetting).getSingleResult();
            T result = work.apply(em);
            em.flush();
            transactionManager.commit();
            committed = true;
            return result;
        } catch (Exception e) {
            throw DatabaseFailures.translate(e);
        } finally {
            if (!committed) {
                rollbackQuietly();
            }
            if (em != null) {
                em.close();
            }
        }
    }

    private void rollbackQuietly() {
        try {
            if (transactionManager.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactionManager.rollback();
            }
        } catch (Exception ignored) {
            // the original failure is what the caller needs to see
        }
    }
}
