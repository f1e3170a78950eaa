package io.fidelis.ledger.api;

/**
 * A well-formed request that a business rule refuses (insufficient balance, card blocked, a program's
 * rejection, an idempotency key reused for another request). Nothing was written.
 */
public class RuleRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public RuleRejectedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
