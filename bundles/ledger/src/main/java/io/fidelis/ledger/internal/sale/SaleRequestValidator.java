package io.fidelis.ledger.internal.sale;

import io.fidelis.ledger.api.FieldError;
import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.SaleLine;
import io.fidelis.ledger.api.SaleRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks a sale before anything is read or written, naming every wrong field at once. */
public final class SaleRequestValidator {

    public static final int MAX_LINES = 500;
    public static final int MAX_QUANTITY = 10_000;
    public static final long MAX_UNIT_PRICE_MINOR = 100_000_000L;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{8,128}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private SaleRequestValidator() {
    }

    public static void validate(String idempotencyKey, SaleRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            errors.add(new FieldError("Idempotency-Key", "header is required: 8 to 128 printable ASCII characters, unique per sale"));
        }
        if (request == null) {
            errors.add(new FieldError("body", "is required"));
            throw new InvalidRequestException(errors);
        }
        code(errors, "cardCode", request.cardCode());
        code(errors, "storeCode", request.storeCode());
        code(errors, "staffCode", request.staffCode());
        if (request.currency() != null && !CURRENCY.matcher(request.currency()).matches()) {
            errors.add(new FieldError("currency", "must be an ISO 4217 code such as EUR"));
        }
        lines(errors, request.lines());
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static void lines(List<FieldError> errors, List<SaleLine> lines) {
        if (lines == null || lines.isEmpty()) {
            errors.add(new FieldError("lines", "must contain at least one line"));
            return;
        }
        if (lines.size() > MAX_LINES) {
            errors.add(new FieldError("lines", "must contain at most " + MAX_LINES + " lines"));
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            String at = "lines[" + i + "]";
            SaleLine line = lines.get(i);
            if (line == null) {
                errors.add(new FieldError(at, "must be an object"));
                continue;
            }
            code(errors, at + ".sku", line.sku());
            code(errors, at + ".category", line.category());
            if (line.quantity() == null || line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                errors.add(new FieldError(at + ".quantity", "must be a whole number from 1 to " + MAX_QUANTITY));
            }
            if (line.unitPriceMinor() == null || line.unitPriceMinor() < 0 || line.unitPriceMinor() > MAX_UNIT_PRICE_MINOR) {
                errors.add(new FieldError(at + ".unitPriceMinor", "must be a whole number of minor units from 0 to " + MAX_UNIT_PRICE_MINOR));
            }
        }
    }

    private static void code(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (!CODE.matcher(value).matches()) {
            errors.add(new FieldError(field, "must be 1 to 64 letters, digits or . _ : - characters"));
        }
    }
}
