package io.fidelis.ledger.api;

import java.util.List;

/** A sale as a till sends it. Fields are nullable here so that validation can name what is missing. */
public record SaleRequest(String cardCode, String storeCode, String staffCode, String currency, List<SaleLine> lines) {
}
