package io.fidelis.ledger.api;

public record TenantView(String tenantId, String name, String currency, String timezone, int dayCutoffHour, String status) {
}
