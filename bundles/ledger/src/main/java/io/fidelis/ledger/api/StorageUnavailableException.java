package io.fidelis.ledger.api;

/** The database cannot be reached or refused the work for a transient reason; the call may be retried. */
public class StorageUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
