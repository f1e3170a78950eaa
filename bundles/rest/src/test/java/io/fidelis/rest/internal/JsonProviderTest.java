package io.fidelis.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fidelis.ledger.api.SaleLine;
import io.fidelis.ledger.api.SaleRequest;
import org.junit.Test;

public class JsonProviderTest {

    private final ObjectMapper mapper = JsonProvider.mapper();

    @Test
    public void readsAWellTypedSale() throws JsonProcessingException {
        SaleRequest sale = mapper.readValue("{\"cardCode\":\"C1\",\"lines\":[{\"sku\":\"B\",\"quantity\":2,\"unitPriceMinor\":450}]}",
                SaleRequest.class);
        assertEquals(new SaleLine("B", null, 2, 450L), sale.lines().get(0));
    }

    @Test
    public void refusesScalarsOfTheWrongKind() {
        for (String line : new String[] {"{\"quantity\":\"2\"}", "{\"quantity\":2.5}", "{\"quantity\":true}",
                "{\"unitPriceMinor\":\"450\"}", "{\"sku\":12}", "{\"sku\":false}", "{\"sku\":1.5}"}) {
            assertThrows(line, JsonProcessingException.class,
                    () -> mapper.readValue("{\"lines\":[" + line + "]}", SaleRequest.class));
        }
    }

    @Test
    public void refusesUnknownFieldsAndTrailingGarbage() {
        assertThrows(JsonProcessingException.class, () -> mapper.readValue("{\"bonus\":1}", SaleRequest.class));
        assertThrows(JsonProcessingException.class, () -> mapper.readValue("{} {}", SaleRequest.class));
    }
}
