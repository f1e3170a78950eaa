package io.fidelis.ledger.internal.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

@Entity
@Table(name = "card")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.PROPERTY)
public class CardEntity {

    @Id
    @Column(name = "card_code")
    private String cardCode;
    @Column(name = "member_id")
    private String memberId;
    private String status;
    @Column(name = "issued_at")
    private Instant issuedAt;

    protected CardEntity() {
    }

    public CardEntity(String cardCode, String memberId, Instant issuedAt) {
        this.cardCode = cardCode;
        this.memberId = memberId;
        this.issuedAt = issuedAt;
        this.status = "ACTIVE";
    }

    public String cardCode() { return cardCode; }
    public String memberId() { return memberId; }
    public String status() { return status; }
    public boolean isActive() { return "ACTIVE".equals(status); }
}
