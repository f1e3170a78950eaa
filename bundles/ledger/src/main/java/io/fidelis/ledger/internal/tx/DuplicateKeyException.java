package io.fidelis.ledger.internal.tx;

/** A unique constraint refused a row: someone else wrote the same key first. */
public class DuplicateKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateKeyException(Throwable cause) {
        super("duplicate key", cause);
    }
}
