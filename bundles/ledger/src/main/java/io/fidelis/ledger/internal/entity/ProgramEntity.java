package io.fidelis.ledger.internal.entity;

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

    public void define(String typeId, String name, String configJson) {
        this.typeId = typeId;
        this.name = name;
        this.configJson = configJson;
    }
}
