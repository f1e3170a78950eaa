package io.fidelis.ledger.internal.tx;

import io.fidelis.ledger.internal.entity.TenantScope;
import io.fidelis.ledger.internal.migration.SchemaReady;
import java.sql.Connection;
import java.util.Map;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
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

    /** The same pooled, JTA-enlisted data source the persistence unit uses. */
    @Reference(target = "(osgi.jndi.service.name=fidelis)")
    private DataSource dataSource;

    /**
     * Runs plain-JDBC work in one JTA transaction on behalf of a tenant (the till path). Row-level security sees
     * the tenant; the statements must name {@code tenant_id} themselves, as there is no EclipseLink filter here.
     * The work's last statement may commit in its own round trip ({@link Sql#updateAndCommit}); the transaction
     * manager's commit then has nothing left to send.
     */
    public <T> T sqlInTenant(String tenantId, Function<Sql, T> work) {
        try {
            return sqlOnce(tenantId, work, true);
        } catch (BrokenConnection dropped) {
            return sqlOnce(tenantId, work, false);
        }
    }

    private <T> T sqlOnce(String tenantId, Function<Sql, T> work, boolean mayRunAgain) {
        try {
            transactionManager.begin();
        } catch (Exception e) {
            throw DatabaseFailures.translate(e);
        }
        boolean committed = false;
        try {
            T result;
            try (Connection connection = dataSource.getConnection()) {
                Sql sql = new Sql(connection, tenantId);
                result = work.apply(sql);
            }
            transactionManager.commit();
            committed = true;
            return result;
        } catch (BrokenConnection dropped) {
            throw mayRunAgain ? dropped : DatabaseFailures.translate(dropped);
        } catch (Exception e) {
            throw DatabaseFailures.translate(e);
        } finally {
            if (!committed) {
                rollbackQuietly();
            }
        }
    }

    public <T> T inTenant(String tenantId, Function<EntityManager, T> work) {
        return inTransaction(Map.of(TenantScope.PROPERTY, tenantId), tenantId, work);
    }

    /** For work that reads no tenant's rows (a health check): row-level security shows it none. */
    public <T> T withoutTenant(Function<EntityManager, T> work) {
        return inTransaction(Map.of(), "", work);
    }

    private <T> T inTransaction(Map<String, Object> properties, String tenantSetting, Function<EntityManager, T> work) {
        try {
            return inTransactionOnce(properties, tenantSetting, work, true);
        } catch (BrokenConnection dropped) {
            return inTransactionOnce(properties, tenantSetting, work, false);
        }
    }

    private <T> T inTransactionOnce(Map<String, Object> properties, String tenantSetting, Function<EntityManager, T> work,
                                    boolean mayRunAgain) {
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
            setTenant(em, tenantSetting, mayRunAgain);
            T result = work.apply(em);
            em.flush();
            transactionManager.commit();
            committed = true;
            return result;
        } catch (BrokenConnection dropped) {
            throw dropped;
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

    /** The transaction's first statement: a dead connection shows here, before any work was done. */
    private static void setTenant(EntityManager em, String tenantSetting, boolean mayRunAgain) {
        try {
            // a boolean answer lets the driver send BEGIN with it (see Sql)
            em.createNativeQuery("SELECT set_config('fidelis.tenant', ?1, true) IS NOT NULL")
                    .setParameter(1, tenantSetting).getSingleResult();
        } catch (RuntimeException e) {
            throw mayRunAgain && DatabaseFailures.connectionLost(e) ? new BrokenConnection(e) : e;
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
