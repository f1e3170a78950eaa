package io.fidelis.ledger.internal.till;

import io.fidelis.ledger.api.SaleLine;
import io.fidelis.ledger.api.SalePayment;
import io.fidelis.ledger.api.SaleRequest;
import java.util.List;
import java.util.regex.Pattern;

/** Checks a sale before anything is read or written, naming every wrong field at once. */
public final class SaleRequestValidator {

    public static final int MAX_LINES = 500;
    public static final int MAX_PAYMENTS = 10;
    public static final int MAX_QUANTITY = 10_000;
    public static final long MAX_UNIT_PRICE_MINOR = 100_000_000L;

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private SaleRequestValidator() {
    }

    public static void validate(String idempotencyKey, SaleRequest request) {
        FieldChecks checks = FieldChecks.of(idempotencyKey, request)
                .code("cardCode", request.cardCode()).code("storeCode", request.storeCode()).code("staffCode", request.staffCode());
        if (request.currency() != null && !CURRENCY.matcher(request.currency()).matches()) {
            checks.fail("currency", "must be an ISO 4217 code such as EUR");
        }
        lines(checks, request.lines());
        payments(checks, request.payments());
        checks.done();
    }

    private static void lines(FieldChecks checks, List<SaleLine> lines) {
        if (lines == null || lines.isEmpty()) {
            checks.fail("lines", "must contain at least one line");
            return;
        }
        if (lines.size() > MAX_LINES) {
            checks.fail("lines", "must contain at most " + MAX_LINES + " lines");
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            String at = "lines[" + i + "]";
            SaleLine line = lines.get(i);
            if (line == null) {
                checks.fail(at, "must be an object");
                continue;
            }
            checks.code(at + ".sku", line.sku()).code(at + ".category", line.category());
            if (line.quantity() == null || line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                checks.fail(at + ".quantity", "must be a whole number from 1 to " + MAX_QUANTITY);
            }
            if (line.unitPriceMinor() == null || line.unitPriceMinor() < 0 || line.unitPriceMinor() > MAX_UNIT_PRICE_MINOR) {
                checks.fail(at + ".unitPriceMinor", "must be a whole number of minor units from 0 to " + MAX_UNIT_PRICE_MINOR);
            }
        }
    }

    private static void payments(FieldChecks checks, List<SalePayment> payments) {
        if (payments == null) {
            return;
        }
        if (payments.size() > MAX_PAYMENTS) {
            checks.fail("payments", "must contain at most " + MAX_PAYMENTS + " payments");
            return;
        }
        for (int i = 0; i < payments.size(); i++) {
            String at = "payments[" + i + "]";
            SalePayment payment = payments.get(i);
            if (payment == null) {
                checks.fail(at, "must be an object");
                continue;
            }
            checks.tender(at + ".tender", payment.tender()).amount(at + ".amountMinor", payment.amountMinor(), 1);
        }
    }
}
