package io.fidelis.rest.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.fidelis.ledger.api.FieldError;
import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.NotFoundException;
import io.fidelis.ledger.api.RuleRejectedException;
import io.fidelis.ledger.api.StorageUnavailableException;
import java.util.List;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where failures become problem+json answers; callers never see a stack trace. */
public class FailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(FailureMapper.class);

    @Override
    public Response toResponse(Throwable failure) {
        return Problems.response(toProblem(failure));
    }

    static Problem toProblem(Throwable failure) {
        // also when wrapped: the body-size limit fails the read inside Jackson, which wraps it
        ProblemException problem = causeOfType(failure, ProblemException.class);
        if (problem != null) {
            return problem.problem();
        }
        if (failure instanceof InvalidRequestException invalid) {
            return Problem.invalid(invalid.errors());
        }
        if (failure instanceof NotFoundException notFound) {
            return Problem.of(404, "not-found", "Not found", notFound.getMessage());
        }
        if (failure instanceof RuleRejectedException rejected) {
            return Problem.of(422, rejected.code(), "Refused", rejected.getMessage());
        }
        if (failure instanceof StorageUnavailableException) {
            LOG.warn("Database unavailable: {}", rootMessage(failure));
            return Problem.of(503, "unavailable", "Service unavailable", "The service cannot reach its database; retry later");
        }
        JsonProcessingException json = jsonCause(failure);
        if (json != null) {
            return Problem.invalid(List.of(jsonError(json)));
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return Problem.of(status, "http-" + status, Response.Status.fromStatusCode(status) == null
                    ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase(), web.getMessage());
        }
        if (failure.getClass().getName().endsWith("EofException")) {
            // the client went away before its answer was written: nothing is wrong on this side
            LOG.debug("Client disconnected: {}", failure.toString());
            return Problem.of(499, "client-closed", "Client closed request", "The client closed the connection");
        }
        LOG.error("Unexpected failure", failure);
        return Problem.of(500, "internal-error", "Internal error", "An unexpected error occurred; it has been logged");
    }

    private static FieldError jsonError(JsonProcessingException json) {
        JsonParseException syntax = causeOfType(json, JsonParseException.class);
        if (syntax != null) {
            // Jackson wraps a syntax error met inside a field with that field's path; it is still the body that is broken
            return new FieldError("body", "is not well-formed JSON: " + syntax.getOriginalMessage());
        }
        if (json instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(path(unknown), "is not a known field");
        }
        if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new FieldError(path(mapping), "has the wrong type or format");
        }
        return new FieldError("body", "is not well-formed JSON: " + json.getOriginalMessage());
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    private static JsonProcessingException jsonCause(Throwable failure) {
        return causeOfType(failure, JsonProcessingException.class);
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
