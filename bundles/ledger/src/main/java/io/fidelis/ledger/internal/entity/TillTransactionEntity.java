package io.fidelis.ledger.internal.entity;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One till call, with the answer it got (returned again on an idempotent retry). */
@Entity
@Table(name = "till_transaction")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.PROPERTY)
public class TillTransactionEntity {

    @Id
    @Column(name = "transaction_id")
    private String transactionId;
    @Column(name = "till_code")
    private String tillCode;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "request_hash")
    private String requestHash;
    private String kind;
    @Column(name = "store_code")
    private String storeCode;
    @Column(name = "staff_code")
    private String staffCode;
    @Column(name = "card_code")
    private String cardCode;
    @Column(name = "member_id")
    private String memberId;
    private String currency;
    @Column(name = "total_minor")
    private long totalMinor;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "business_day")
    private LocalDate businessDay;
    @Column(name = "response_json")
    private String responseJson;

    protected TillTransactionEntity() {
    }

    public TillTransactionEntity(String transactionId, String tillCode, String idempotencyKey, String requestHash) {
        this.transactionId = transactionId;
        this.tillCode = tillCode;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
    }

    public void describe(String kind, String storeCode, String staffCode, String cardCode, String memberId) {
        this.kind = kind;
        this.storeCode = storeCode;
        this.staffCode = staffCode;
        this.cardCode = cardCode;
        this.memberId = memberId;
    }

    public void amounts(String currency, long totalMinor, Instant occurredAt, LocalDate businessDay) {
        this.currency = currency;
        this.totalMinor = totalMinor;
        this.occurredAt = occurredAt;
        this.businessDay = businessDay;
    }

    public void answer(String responseJson) {
        this.responseJson = responseJson;
    }

    public String transactionId() { return transactionId; }
    public String tillCode() { return tillCode; }
    public String requestHash() { return requestHash; }
    public String kind() { return kind; }
    public String storeCode() { return storeCode; }
    public String staffCode() { return staffCode; }
    public String cardCode() { return cardCode; }
    public String memberId() { return memberId; }
    public String currency() { return currency; }
    public long totalMinor() { return totalMinor; }
    public Instant occurredAt() { return occurredAt; }
    public String responseJson() { return responseJson; }
}
