package io.fidelis.ledger.internal.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

@Entity
@Table(name = "member")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.PROPERTY)
public class MemberEntity {

    @Id
    @Column(name = "member_id")
    private String memberId;
    @Column(name = "display_name")
    private String displayName;
    private String email;
    private String category;
    @Column(name = "created_at")
    private Instant createdAt;

    protected MemberEntity() {
    }

    public MemberEntity(String memberId, String displayName, Instant createdAt) {
        this.memberId = memberId;
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    public String memberId() { return memberId; }
    public String displayName() { return displayName; }
    public String email() { return email; }
    public String category() { return category; }
    public Instant createdAt() { return createdAt; }
}
