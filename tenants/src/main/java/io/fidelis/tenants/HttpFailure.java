package io.fidelis.tenants;

/** An HTTP call answered with an unexpected status. */
public class HttpFailure extends RuntimeException {

    private final int status;

    public HttpFailure(String method, String url, int status, String body) {
        super(method + " " + url + " answered " + status + (body == null || body.isBlank() ? "" : ": " + abbreviate(body)));
        this.status = status;
    }

    public int status() {
        return status;
    }

    private static String abbreviate(String body) {
        return body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }
}
