package io.fidelis.ledger.internal.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

@Entity
@Table(name = "program")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.PROPERTY)
public class ProgramEntity {

    @Id
    @Column(name = "program_id")
    private String programId;
    @Column(name = "type_id")
    private String typeId;
    private String name;
    @Column(name = "config_json")
    private String configJson;
    private String status;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected ProgramEntity() {
    }

    public ProgramEntity(String programId) {
        this.programId = programId;
        this.status = "ACTIVE";
    }

    public String programId() { return programId; }
    public String typeId() { return typeId; }
    public String name() { return name; }
    public String configJson() { return configJson; }
    public String status() { return status; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }

    public void define(String typeId, String name, String configJson) {
        this.typeId = typeId;
        this.name = name;
        this.configJson = configJson;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void configure(String configJson) {
        this.configJson = configJson;
    }

    public void changeStatus(String status) {
        this.status = status;
    }

    public void changedBy(String actor, Instant at) {
        this.updatedBy = actor;
        this.updatedAt = at;
    }
}
