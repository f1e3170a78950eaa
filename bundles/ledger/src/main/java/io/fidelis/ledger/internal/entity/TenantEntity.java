package io.fidelis.ledger.internal.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "tenant")
public class TenantEntity {

    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    private String name;
    private String currency;
    private String timezone;
    @Column(name = "day_cutoff_hour")
    private int dayCutoffHour;
    private String status;
    @Column(name = "points_per_currency_unit")
    private int pointsPerCurrencyUnit = 100;
    @Column(name = "created_at")
    private Instant createdAt;

    protected TenantEntity() {
    }

    public TenantEntity(String tenantId, Instant createdAt) {
        this.tenantId = tenantId;
        this.createdAt = createdAt;
        this.status = "ACTIVE";
    }

    public String tenantId() { return tenantId; }
    public String name() { return name; }
    public String currency() { return currency; }
    public String timezone() { return timezone; }
    public int dayCutoffHour() { return dayCutoffHour; }
    public String status() { return status; }
    public int pointsPerCurrencyUnit() { return pointsPerCurrencyUnit; }

    public void update(String name, String currency, String timezone, int dayCutoffHour) {
        this.name = name;
        this.currency = currency;
        this.timezone = timezone;
        this.dayCutoffHour = dayCutoffHour;
    }
}
