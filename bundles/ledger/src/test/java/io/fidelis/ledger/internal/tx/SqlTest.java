package io.fidelis.ledger.internal.tx;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class SqlTest {

    @Test
    public void numberedParametersBecomeJdbcPlaceholdersInTheirOrderOfUse() {
        var translated = Sql.translate("UPDATE account SET balance = balance + ?1 WHERE tenant_id = ?2 AND member_id = ?3::uuid "
                + "AND balance + ?1 >= floor");
        assertEquals("UPDATE account SET balance = balance + ? WHERE tenant_id = ? AND member_id = ?::uuid AND balance + ? >= floor",
                translated.sql());
        assertArrayEquals(new int[] {1, 2, 3, 1}, translated.parameterOrder());
    }

    @Test
    public void parametersPastNineAreReadWhole() {
        var translated = Sql.translate("VALUES (?10, ?2, ?11::timestamptz)");
        assertEquals("VALUES (?, ?, ?::timestamptz)", translated.sql());
        assertArrayEquals(new int[] {10, 2, 11}, translated.parameterOrder());
    }
}
