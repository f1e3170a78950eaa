package io.fidelis.ledger.internal.tx;

/**
 * The first statement of a transaction found its connection dead: the pool lent one that the database dropped
 * (it restarted since), as the pool does not test connections before lending them. Nothing was done on it, so
 * the work may run again on another connection.
 */
final class BrokenConnection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BrokenConnection(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
