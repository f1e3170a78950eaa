package io.fidelis.programs.support;

import io.fidelis.api.event.TillEvent;
import io.fidelis.api.program.ConfigField;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.InvalidConfigException;
import io.fidelis.api.program.ProgramConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reward a program grants (stamp cards, goals): its code, title, value (0 for a gift) and how many days
 * the member may keep it (0: no expiry). Validity runs from the moment of the till event.
 */
public record RewardSpec(String code, String title, long valueMinor, long validityDays) {

    public static final String CODE = "rewardCode";
    public static final String TITLE = "rewardTitle";
    public static final String VALUE = "rewardValueMinor";
    public static final String DAYS = "rewardValidityDays";

    public static final Pattern CODE_PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{0,47}");

    public static List<ConfigField> fields(String defaultCode, String defaultTitle) {
        return List.of(
                ConfigField.text(CODE, "Reward code (lower-case letters, digits, dashes)", defaultCode, 48, true),
                ConfigField.text(TITLE, "Reward title shown to the member", defaultTitle, 100, true),
                ConfigField.integer(VALUE, "Reward value in cents (0: a gift such as a free item)", 0, 0, 1_000_000),
                ConfigField.integer(DAYS, "Days the member may keep the reward (0: no expiry)", 90, 0, 3650));
    }

    public static RewardSpec of(ProgramConfig config, String defaultCode, String defaultTitle) {
        return new RewardSpec(config.getString(CODE, defaultCode).trim(), config.getString(TITLE, defaultTitle).trim(),
                config.getLong(VALUE, 0), config.getLong(DAYS, 90));
    }

    /** Checks the code's syntax, which the field bounds alone do not. */
    public static void checkCode(String field, String code) {
        if (!CODE_PATTERN.matcher(code).matches()) {
            throw new InvalidConfigException(field, "must be lower-case letters, digits or dashes (at most 48)");
        }
    }

    public Effect.GrantReward grant(TillEvent event) {
        return new Effect.GrantReward(code, title, valueMinor, validUntil(event, validityDays));
    }

    public static Instant validUntil(TillEvent event, long days) {
        return days == 0 ? null : event.occurredAt().plus(Duration.ofDays(days));
    }
}
