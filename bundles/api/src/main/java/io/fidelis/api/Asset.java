package io.fidelis.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an account holds: {@code POINTS}, {@code WALLET} (money, minor units), {@code COMP}, {@code TAB},
 * or a program-scoped asset such as {@code CREDIT:casino}, {@code SESSIONS:gym10}, {@code STAMPS:coffee}.
 */
public record Asset(String code) {

    // declared before the constants below, which need it while the class initialises
    private static final Pattern CODE = Pattern.compile("[A-Z]{2,16}(:[a-z0-9][a-z0-9-]{0,47})?");

    public static final Asset POINTS = new Asset("POINTS");
    public static final Asset WALLET = new Asset("WALLET");
    public static final Asset COMP = new Asset("COMP");
    public static final Asset TAB = new Asset("TAB");

    public Asset {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Invalid asset code: " + code);
        }
    }

    public static Asset of(String code) {
        return new Asset(code);
    }

    public static Asset scoped(String kind, String scope) {
        return new Asset(kind + ":" + scope);
    }

    @Override
    public String toString() {
        return code;
    }
}
