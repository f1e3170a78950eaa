package io.fidelis.api.program;

/** A program configuration value that a program type refuses; names the field. */
public class InvalidConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidConfigException(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
