package io.fidelis.ledger.internal.programs;

import io.fidelis.api.program.ProgramType;
import io.fidelis.ledger.api.FieldError;
import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.NewProgram;
import io.fidelis.ledger.api.NotFoundException;
import io.fidelis.ledger.api.ProgramAdmin;
import io.fidelis.ledger.api.ProgramChange;
import io.fidelis.ledger.api.ProgramStatus;
import io.fidelis.ledger.api.ProgramView;
import io.fidelis.ledger.api.RuleRejectedException;
import io.fidelis.ledger.internal.Json;
import io.fidelis.ledger.internal.entity.ProgramEntity;
import io.fidelis.ledger.internal.entity.TenantEntity;
import io.fidelis.ledger.internal.program.ProgramTypeRegistry;
import io.fidelis.ledger.internal.program.TenantProfiles;
import io.fidelis.ledger.internal.tx.DuplicateKeyException;
import io.fidelis.ledger.internal.tx.TenantTransactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Merchants' program administration; every change drops the tenant's cached profile so tills see it at once. */
@Component(service = ProgramAdmin.class)
public class ProgramAdminImpl implements ProgramAdmin {

    @Reference
    private TenantTransactions transactions;

    @Reference
    private ProgramTypeRegistry types;

    @Reference
    private TenantProfiles profiles;

    @Override
    public List<ProgramView> list(String tenantId) {
        return transactions.inTenant(tenantId, em -> {
            requireTenant(em, tenantId);
            return em.createQuery("SELECT p FROM ProgramEntity p ORDER BY p.name, p.programId", ProgramEntity.class)
                    .getResultList().stream().map(this::view).toList();
        });
    }

    @Override
    public ProgramView create(String tenantId, NewProgram program, String actor) {
        ProgramRequests.checkNew(program, types::find);
        String id = ProgramRequests.idOf(program);
        try {
            return change(tenantId, em -> insert(em, tenantId, id, program, actor));
        } catch (DuplicateKeyException e) {
            // another request created the same id between the check and the insert
            throw idTaken();
        }
    }

    private ProgramView insert(EntityManager em, String tenantId, String id, NewProgram program, String actor) {
        requireTenant(em, tenantId);
        if (em.find(ProgramEntity.class, id) != null) {
            throw idTaken();
        }
        ProgramEntity entity = new ProgramEntity(id);
        entity.define(program.type(), program.name().trim(), Json.write(ProgramRequests.withoutNulls(program.config())));
        entity.changedBy(actor, Instant.now());
        em.persist(entity);
        return view(entity);
    }

    private static InvalidRequestException idTaken() {
        return new InvalidRequestException("id", "is already used by another program of this tenant");
    }

    @Override
    public ProgramView update(String tenantId, String programId, ProgramChange change, String actor) {
        if (change == null) {
            throw new InvalidRequestException("body", "is required");
        }
        return change(tenantId, em -> {
            ProgramEntity entity = find(em, tenantId, programId);
            refuseArchived(entity);
            List<FieldError> errors = new ArrayList<>();
            if (change.name() != null) {
                ProgramRequests.checkName(errors, change.name());
            }
            if (change.config() != null) {
                types.find(entity.typeId()).ifPresentOrElse(type -> ProgramRequests.checkConfig(errors, type, change.config()),
                        () -> errors.add(new FieldError("config", "cannot be checked while the program type "
                                + entity.typeId() + " is not installed")));
            }
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            if (change.name() != null) {
                entity.rename(change.name().trim());
            }
            if (change.config() != null) {
                entity.configure(Json.write(ProgramRequests.withoutNulls(change.config())));
            }
            entity.changedBy(actor, Instant.now());
            return view(entity);
        });
    }

    @Override
    public ProgramView setStatus(String tenantId, String programId, ProgramStatus status, String actor) {
        return change(tenantId, em -> {
            ProgramEntity entity = find(em, tenantId, programId);
            refuseArchived(entity);
            entity.changeStatus(status.name());
            entity.changedBy(actor, Instant.now());
            return view(entity);
        });
    }

    private ProgramView change(String tenantId, Function<EntityManager, ProgramView> work) {
        ProgramView view = transactions.inTenant(tenantId, work);
        profiles.invalidate(tenantId);
        return view;
    }

    private ProgramView view(ProgramEntity entity) {
        return ProgramViews.of(entity, types.find(entity.typeId()));
    }

    private static void requireTenant(EntityManager em, String tenantId) {
        if (em.find(TenantEntity.class, tenantId) == null) {
            throw new NotFoundException("No tenant " + tenantId);
        }
    }

    private static ProgramEntity find(EntityManager em, String tenantId, String programId) {
        ProgramEntity entity = programId == null ? null : em.find(ProgramEntity.class, programId);
        if (entity == null) {
            throw new NotFoundException("No program " + programId + " in tenant " + tenantId);
        }
        return entity;
    }

    private static void refuseArchived(ProgramEntity entity) {
        if (ProgramStatus.ARCHIVED.name().equals(entity.status())) {
            throw new RuleRejectedException("program-archived", "Program " + entity.programId() + " is archived and cannot change");
        }
    }
}
