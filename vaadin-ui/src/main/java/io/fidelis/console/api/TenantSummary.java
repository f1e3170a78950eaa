package io.fidelis.console.api;

/** A tenant as support lists it. */
public record TenantSummary(String tenantId, String name, String currency, String timezone, int dayCutoffHour,
                            String status, String createdAt) {

    public boolean suspended() {
        return "SUSPENDED".equals(status);
    }
}
