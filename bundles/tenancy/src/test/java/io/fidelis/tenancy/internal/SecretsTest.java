package io.fidelis.tenancy.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import org.junit.Test;

public class SecretsTest {

    @Test
    public void secretsAreLongRandomAndUrlSafe() {
        String secret = Secrets.clientSecret();
        assertEquals(32, secret.length());
        assertEquals(16, Secrets.temporaryPassword().length());
        assertNotEquals(secret, Secrets.clientSecret());
        assertEquals(secret, secret.replaceAll("[^A-Za-z0-9_-]", ""));
    }
}
