package io.fidelis.ledger.internal.till;

import io.fidelis.ledger.api.FieldError;
import io.fidelis.ledger.api.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every wrong field of a request before anything is read or written, then refuses them all at once. */
final class FieldChecks {

    static final long MAX_AMOUNT_MINOR = 100_000_000L;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{8,128}");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern LOYALTY_TENDER = Pattern.compile("WALLET|POINTS|TAB|COMP|CREDIT:[a-z0-9][a-z0-9-]{0,47}");
    private static final Pattern SESSION_ASSET = Pattern.compile("SESSIONS:[a-z0-9][a-z0-9-]{0,47}");

    private final List<FieldError> errors = new ArrayList<>();

    /** Starts with the header every write carries; a missing body stops here. */
    static FieldChecks of(String idempotencyKey, Object body) {
        FieldChecks checks = new FieldChecks();
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            checks.fail("Idempotency-Key", "header is required: 8 to 128 printable ASCII characters, unique per till call");
        }
        if (body == null) {
            checks.fail("body", "is required");
            checks.done();
        }
        return checks;
    }

    FieldChecks code(String field, String value) {
        if (value == null || value.isBlank()) {
            fail(field, "is required");
        } else if (!CODE.matcher(value).matches()) {
            fail(field, "must be 1 to 64 letters, digits or . _ : - characters");
        }
        return this;
    }

    FieldChecks optionalCode(String field, String value) {
        return value == null ? this : code(field, value);
    }

    FieldChecks transactionId(String field, String value) {
        if (value == null || !UUID.matcher(value).matches()) {
            fail(field, value == null ? "is required" : "must be a transaction id (a lowercase UUID)");
        }
        return this;
    }

    FieldChecks amount(String field, Long value, long min) {
        if (value == null || value < min || value > MAX_AMOUNT_MINOR) {
            fail(field, "must be a whole number of minor units from " + min + " to " + MAX_AMOUNT_MINOR);
        }
        return this;
    }

    FieldChecks moneyTender(String field, String value, boolean walletAllowed) {
        boolean money = "CASH".equals(value) || "CARD".equals(value) || "OTHER".equals(value);
        if (!money && !(walletAllowed && "WALLET".equals(value))) {
            fail(field, value == null ? "is required" : "must be CASH, CARD or OTHER" + (walletAllowed ? " or WALLET" : ""));
        }
        return this;
    }

    FieldChecks tender(String field, String value) {
        boolean money = "CASH".equals(value) || "CARD".equals(value) || "OTHER".equals(value);
        if (value == null || !(money || LOYALTY_TENDER.matcher(value).matches())) {
            fail(field, value == null ? "is required"
                    : "must be CASH, CARD, OTHER, WALLET, POINTS, TAB, COMP or CREDIT:<program>");
        }
        return this;
    }

    FieldChecks sessionAsset(String field, String value) {
        if (value != null && !SESSION_ASSET.matcher(value).matches()) {
            fail(field, "must be a session pack such as SESSIONS:gym10");
        }
        return this;
    }

    void fail(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    boolean ok() {
        return errors.isEmpty();
    }

    void done() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
