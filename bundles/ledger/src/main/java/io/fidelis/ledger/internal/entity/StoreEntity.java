package io.fidelis.ledger.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

@Entity
@Table(name = "store")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.PROPERTY)
public class StoreEntity {

    @Id
    @Column(name = "store_code")
    private String storeCode;
    private String name;

    protected StoreEntity() {
    }

    public StoreEntity(String storeCode, String name) {
        this.storeCode = storeCode;
        this.name = name;
    }

    public String storeCode() { return storeCode; }
    public String name() { return name; }

    public void rename(String newName) {
        this.name = newName;
    }
}
