package io.fidelis.ledger.internal.till;

import io.fidelis.ledger.internal.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A fingerprint of a request, to tell a genuine retry from a different request reusing a key. */
public final class RequestHash {

    private RequestHash() {
    }

    /** The operation and its request as JSON: records serialise their components in a fixed order. */
    public static String of(String operation, Object request) {
        String canonical = operation + '|' + Json.write(request);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
