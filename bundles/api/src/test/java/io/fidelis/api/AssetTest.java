package io.fidelis.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class AssetTest {

    @Test
    public void wellKnownAndScopedAssets() {
        assertEquals("POINTS", Asset.POINTS.code());
        assertEquals("SESSIONS:gym-10", Asset.scoped("SESSIONS", "gym-10").code());
        assertEquals(Asset.of("CREDIT:casino"), Asset.scoped("CREDIT", "casino"));
    }

    @Test
    public void refusesMalformedCodes() {
        assertThrows(IllegalArgumentException.class, () -> Asset.of("points"));
        assertThrows(IllegalArgumentException.class, () -> Asset.of("CREDIT:"));
        assertThrows(IllegalArgumentException.class, () -> Asset.of("CREDIT:Bad Scope"));
    }
}
