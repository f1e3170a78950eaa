package io.fidelis.plugins.gym;

import io.fidelis.api.Asset;
import io.fidelis.api.program.InvalidConfigException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The packs a merchant sells, read from {@code "MASSAGE-5=massage5:5:90, GYM-10=gym10:10:180"}: the till's sku,
 * then the pack (its sessions are held as {@code SESSIONS:<pack>}), the number of sessions and the validity in days.
 */
final class PackCatalog {

    static final int MAX_SESSIONS = 1000;
    static final int MAX_DAYS = 3660;
    private static final Pattern PACK = Pattern.compile("[a-z0-9][a-z0-9-]{0,47}");

    record Pack(String sku, String name, int sessions, int validityDays) {
        Asset asset() {
            return Asset.scoped("SESSIONS", name);
        }
    }

    private final Map<String, Pack> bySku;

    private PackCatalog(Map<String, Pack> bySku) {
        this.bySku = bySku;
    }

    static PackCatalog parse(String field, String text) {
        Map<String, Pack> packs = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] skuAndPack = entry.split("=", -1);
            String[] parts = skuAndPack.length == 2 ? skuAndPack[1].split(":", -1) : new String[0];
            if (parts.length != 3 || skuAndPack[0].isBlank()) {
                throw new InvalidConfigException(field, "entry '" + entry.trim() + "' must look like SKU=pack:sessions:validityDays");
            }
            String sku = skuAndPack[0].trim();
            String name = parts[0].trim();
            if (!PACK.matcher(name).matches()) {
                throw new InvalidConfigException(field, "pack '" + name + "' must be lowercase letters, digits and dashes");
            }
            Pack pack = new Pack(sku, name, (int) number(field, parts[1], MAX_SESSIONS, "sessions of " + sku),
                    (int) number(field, parts[2], MAX_DAYS, "validity days of " + sku));
            if (packs.put(sku, pack) != null) {
                throw new InvalidConfigException(field, "names sku '" + sku + "' twice");
            }
        }
        if (packs.isEmpty()) {
            throw new InvalidConfigException(field, "must name at least one pack");
        }
        return new PackCatalog(packs);
    }

    private static long number(String field, String text, long max, String what) {
        try {
            long value = Long.parseLong(text.trim());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the bounds
        }
        throw new InvalidConfigException(field, what + " must be a whole number from 1 to " + max);
    }

    Optional<Pack> bySku(String sku) {
        return Optional.ofNullable(bySku.get(sku));
    }
}
