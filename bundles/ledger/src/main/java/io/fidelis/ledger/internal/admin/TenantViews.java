package io.fidelis.ledger.internal.admin;

import io.fidelis.ledger.api.TenantView;
import io.fidelis.ledger.internal.entity.TenantEntity;

final class TenantViews {

    private TenantViews() {
    }

    static TenantView of(TenantEntity t) {
        return new TenantView(t.tenantId(), t.name(), t.currency(), t.timezone(), t.dayCutoffHour(), t.status(),
                t.createdAt());
    }
}
