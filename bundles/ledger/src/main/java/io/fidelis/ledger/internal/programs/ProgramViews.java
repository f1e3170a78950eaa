package io.fidelis.ledger.internal.programs;

import io.fidelis.api.program.ProgramType;
import io.fidelis.ledger.api.ProgramStatus;
import io.fidelis.ledger.api.ProgramView;
import io.fidelis.ledger.internal.Json;
import io.fidelis.ledger.internal.entity.ProgramEntity;
import java.util.Optional;

final class ProgramViews {

    private ProgramViews() {
    }

    static ProgramView of(ProgramEntity program, Optional<ProgramType> type) {
        ProgramStatus status = ProgramStatus.valueOf(program.status());
        return new ProgramView(program.programId(), program.typeId(), type.map(t -> t.describe().name()).orElse(null),
                program.name(), status, type.isPresent(), type.isPresent() && status == ProgramStatus.ACTIVE,
                Json.readMap(program.configJson()), program.updatedAt(), program.updatedBy());
    }
}
