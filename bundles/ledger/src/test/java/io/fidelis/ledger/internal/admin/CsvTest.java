package io.fidelis.ledger.internal.admin;

import static org.junit.Assert.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class CsvTest {

    @Test
    public void aHeaderThenOneLinePerRowWithQuotingWhereNeeded() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", "Bar \"Le Zinc\", Paris");
        row.put("amount", 450L);
        row.put("email", null);

        assertEquals("name,amount,email\r\n\"Bar \"\"Le Zinc\"\", Paris\",450,\r\n",
                Csv.of(List.of("name", "amount", "email"), List.of(row)));
    }

    @Test
    public void lineBreaksInsideAFieldAreQuoted() {
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("plain", Csv.field("plain"));
    }
}
