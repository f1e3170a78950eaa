package io.fidelis.tenancy.internal;

import java.security.SecureRandom;
import java.util.Base64;

/** Random credentials: till client secrets and the first admin's temporary password. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String clientSecret() {
        return random(24);
    }

    /** 12 random bytes as 16 URL-safe characters: typed once by the merchant, then changed at first login. */
    static String temporaryPassword() {
        return random(12);
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
