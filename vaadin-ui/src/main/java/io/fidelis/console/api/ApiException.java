package io.fidelis.console.api;

import java.util.List;

/**
 * A failed admin API call, with a message fit to show to the merchant. {@code status} is the HTTP
 * status, or 0 when no answer came back (API unreachable, sign-in expired).
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;

    public ApiException(int status, String title, String detail, Throwable cause) {
        this(status, title, detail, List.of(), cause);
    }

    public ApiException(int status, String title, String detail, List<FieldError> errors, Throwable cause) {
        super(status + " " + title + (detail == null ? "" : ": " + detail), cause);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public static ApiException unreachable(String apiUrl, Throwable cause) {
        return new ApiException(0, "The Fidelis service is not reachable",
                "The console could not connect to " + apiUrl + ". Please try again in a moment.", cause);
    }

    public static ApiException signInExpired() {
        return new ApiException(0, "Your sign-in has expired", "Please sign out and sign in again.", null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    /** The wrong fields of a 400 answer, empty otherwise. */
    public List<FieldError> errors() {
        return errors;
    }

    /** Title and detail as one sentence pair, for a notification. */
    public String userMessage() {
        return detail == null || detail.isBlank() ? title : title + ": " + detail;
    }
}
