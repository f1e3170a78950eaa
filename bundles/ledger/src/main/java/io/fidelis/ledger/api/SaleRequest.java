package io.fidelis.ledger.api;

import java.util.List;

/**
 * A sale as a till sends it. Fields are nullable here so that validation can name what is missing.
 * Payments are optional: what they do not cover is paid in money the core does not track.
 */
public record SaleRequest(String cardCode, String storeCode, String staffCode, String currency, List<SaleLine> lines,
                          List<SalePayment> payments) {

    public SaleRequest(String cardCode, String storeCode, String staffCode, String currency, List<SaleLine> lines) {
        this(cardCode, storeCode, staffCode, currency, lines, null);
    }

    public List<SalePayment> paymentsOrEmpty() {
        return payments == null ? List.of() : payments;
    }
}
