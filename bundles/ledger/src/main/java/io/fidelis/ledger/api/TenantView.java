package io.fidelis.ledger.api;

import java.time.Instant;

public record TenantView(String tenantId, String name, String currency, String timezone, int dayCutoffHour, String status,
                         Instant createdAt) {
}
