package io.fidelis.programs.tiers;

import io.fidelis.api.program.ProgramConfig;
import io.fidelis.programs.support.Fields;

/** A tiers program's configuration, read once per event. */
record TierRules(String baseName, long baseMilli, String upperName, long upperMilli, long unitMinor,
                 long upgradeSpendMinor, long keepSpendMinor, String category) {

    static final String BASE_NAME = "baseName";
    static final String BASE_MILLI = "baseMilliPoints";
    static final String UPPER_NAME = "upperName";
    static final String UPPER_MILLI = "upperMilliPoints";
    static final String UNIT_MINOR = "unitMinor";
    static final String UPGRADE_MINOR = "upgradeSpendMinor";
    static final String KEEP_MINOR = "keepSpendMinor";

    static TierRules of(ProgramConfig config) {
        return new TierRules(config.getString(BASE_NAME, "Silver").trim(), config.getLong(BASE_MILLI, 1000),
                config.getString(UPPER_NAME, "Gold").trim(), config.getLong(UPPER_MILLI, 1200),
                config.getLong(UNIT_MINOR, 100), config.getLong(UPGRADE_MINOR, 20_000),
                config.getLong(KEEP_MINOR, 10_000), Fields.category(config));
    }

    String nameOf(boolean upper) {
        return upper ? upperName : baseName;
    }

    /** Whole points for {@code paidMinor}: milli-points per unit, rounded down once for the whole sale. */
    long points(long paidMinor, boolean upper) {
        long milli = upper ? upperMilli : baseMilli;
        return Math.multiplyExact(paidMinor, milli) / Math.multiplyExact(unitMinor, 1000L);
    }
}
