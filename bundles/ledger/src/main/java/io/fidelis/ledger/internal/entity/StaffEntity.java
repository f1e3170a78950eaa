package io.fidelis.ledger.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

@Entity
@Table(name = "staff")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.PROPERTY)
public class StaffEntity {

    @Id
    @Column(name = "staff_code")
    private String staffCode;
    private String name;

    protected StaffEntity() {
    }

    public StaffEntity(String staffCode, String name) {
        this.staffCode = staffCode;
        this.name = name;
    }

    public String staffCode() { return staffCode; }
    public String name() { return name; }

    public void rename(String newName) {
        this.name = newName;
    }
}
