package io.fidelis.ledger.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** Read model of an account; balances change only through the ledger's conditional SQL updates. */
@Entity
@ReadOnly
@Table(name = "account")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.PROPERTY)
public class AccountEntity {

    @Id
    @Column(name = "account_id")
    private String accountId;
    @Column(name = "member_id")
    private String memberId;
    private String asset;
    private long balance;

    protected AccountEntity() {
    }

    public String memberId() { return memberId; }
    public String asset() { return asset; }
    public long balance() { return balance; }
}
