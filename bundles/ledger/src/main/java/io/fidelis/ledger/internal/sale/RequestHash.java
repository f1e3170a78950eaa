package io.fidelis.ledger.internal.sale;

import io.fidelis.ledger.api.SaleLine;
import io.fidelis.ledger.api.SaleRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A fingerprint of a request, to tell a genuine retry from a different request reusing a key. */
public final class RequestHash {

    private RequestHash() {
    }

    public static String of(SaleRequest request) {
        StringBuilder canonical = new StringBuilder()
                .append(request.cardCode()).append('|').append(request.storeCode()).append('|')
                .append(request.staffCode()).append('|').append(request.currency());
        for (SaleLine line : request.lines()) {
            canonical.append('|').append(line.sku()).append(',').append(line.category()).append(',')
                    .append(line.quantity()).append(',').append(line.unitPriceMinor());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
