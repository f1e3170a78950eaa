package io.fidelis.ledger.api;

/** The thing asked for does not exist in the caller's tenant (or at all: callers cannot tell the difference). */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
