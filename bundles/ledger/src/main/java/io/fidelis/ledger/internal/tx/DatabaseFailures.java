package io.fidelis.ledger.internal.tx;

import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.NotFoundException;
import io.fidelis.ledger.api.RuleRejectedException;
import io.fidelis.ledger.api.StorageUnavailableException;
import java.sql.SQLException;

/** Sorts database failures into "the caller's fault" (kept as is), duplicates, and "try again later". */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static RuntimeException translate(Throwable failure) {
        if (failure instanceof InvalidRequestException || failure instanceof NotFoundException
                || failure instanceof RuleRejectedException || failure instanceof StorageUnavailableException
                || failure instanceof DuplicateKeyException) {
            return (RuntimeException) failure;
        }
        String sqlState = sqlState(failure);
        if ("23505".equals(sqlState)) {
            return new DuplicateKeyException(failure);
        }
        if (sqlState == null && !connectionTrouble(failure)) {
            return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
        if (sqlState == null || sqlState.startsWith("08") || sqlState.startsWith("57") || sqlState.startsWith("53")
                || "40001".equals(sqlState) || "40P01".equals(sqlState)) {
            return new StorageUnavailableException("The database is unavailable; retry later", failure);
        }
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }

    private static boolean connectionTrouble(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException || cause instanceof java.sql.SQLTransientException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause.getClass().getName().startsWith("javax.resource.")) {
                return true;
            }
        }
        return false;
    }

    /** The connection itself failed (SQL state class 08), or the server is shutting down (57P). */
    static boolean connectionLost(Throwable failure) {
        String state = sqlState(failure);
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
