package io.fidelis.ledger.internal.program;

import io.fidelis.api.program.ProgramConfig;
import io.fidelis.ledger.internal.Json;
import io.fidelis.ledger.internal.entity.ProgramEntity;
import java.util.List;
import javax.persistence.EntityManager;

/** Loads a tenant's active programs (the EntityManager is already bound to the tenant). */
public final class ActivePrograms {

    private ActivePrograms() {
    }

    public static List<ActiveProgram> load(EntityManager em) {
        return em.createQuery("SELECT p FROM ProgramEntity p WHERE p.status = 'ACTIVE' ORDER BY p.programId", ProgramEntity.class)
                .getResultList().stream()
                .map(p -> new ActiveProgram(p.programId(), p.typeId(), p.name(), new ProgramConfig(Json.readMap(p.configJson()))))
                .toList();
    }
}
