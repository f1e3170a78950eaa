package io.fidelis.ledger.internal.till;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.fidelis.ledger.api.FieldError;
import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.SaleLine;
import io.fidelis.ledger.api.SaleRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.Test;

public class SaleRequestValidatorTest {

    private static final String KEY = "sale-000001";

    private static SaleRequest sale(String card, SaleLine... lines) {
        return new SaleRequest(card, "main", "alex", "EUR", List.of(lines));
    }

    private static List<String> fieldsOf(String key, SaleRequest request) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> SaleRequestValidator.validate(key, request));
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    public void acceptsAWellFormedSale() {
        SaleRequestValidator.validate(KEY, sale("CARD-1", new SaleLine("beer", "drinks", 2, 450L)));
    }

    @Test
    public void namesEveryMissingField() {
        assertEquals(List.of("Idempotency-Key", "cardCode", "storeCode", "staffCode", "lines"),
                fieldsOf(null, new SaleRequest(null, null, " ", null, null)));
    }

    @Test
    public void refusesAMissingBody() {
        assertEquals(List.of("body"), fieldsOf(KEY, null));
    }

    @Test
    public void namesTheWrongLineFields() {
        assertEquals(List.of("lines[0].quantity", "lines[1].sku", "lines[1].unitPriceMinor"),
                fieldsOf(KEY, sale("CARD-1", new SaleLine("beer", "drinks", 0, 450L), new SaleLine("bad sku!", "drinks", 1, -1L))));
    }

    @Test
    public void refusesHugeValues() {
        assertEquals(List.of("lines[0].quantity", "lines[0].unitPriceMinor"),
                fieldsOf(KEY, sale("CARD-1", new SaleLine("beer", "drinks", 1_000_000, 1_000_000_000_000L))));
    }

    @Test
    public void refusesTooManyLines() {
        List<SaleLine> lines = new ArrayList<>(Collections.nCopies(SaleRequestValidator.MAX_LINES + 1, new SaleLine("a", "b", 1, 1L)));
        assertEquals(List.of("lines"), fieldsOf(KEY, new SaleRequest("CARD-1", "main", "alex", null, lines)));
    }

    @Test
    public void refusesShortOrOddIdempotencyKeysAndCurrencies() {
        assertEquals(List.of("Idempotency-Key"), fieldsOf("short", sale("CARD-1", new SaleLine("a", "b", 1, 1L))));
        assertEquals(List.of("currency"), fieldsOf(KEY, new SaleRequest("CARD-1", "main", "alex", "euro", List.of(new SaleLine("a", "b", 1, 1L)))));
    }
}
