package io.fidelis.ledger.internal.program;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** What a till call needs to know about its tenant, read once and cached between changes. */
public record TenantProfile(String tenantId, String currency, ZoneId zone, int dayCutoffHour, boolean active,
                            Set<String> storeCodes, Set<String> staffCodes, List<ActiveProgram> programs,
                            int pointsPerCurrencyUnit) {

    public TenantProfile {
        storeCodes = Set.copyOf(storeCodes);
        staffCodes = Set.copyOf(staffCodes);
        programs = List.copyOf(programs);
    }
}
