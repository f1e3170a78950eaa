package com.example.fidelis.welcome;

import io.fidelis.api.Asset;
import io.fidelis.api.event.EventKind;
import io.fidelis.api.event.TillEvent;
import io.fidelis.api.program.ConfigField;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.InvalidConfigException;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.api.program.ProgramContext;
import io.fidelis.api.program.ProgramDescriptor;
import io.fidelis.api.program.ProgramType;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * New members get {@code points} points on their first sale, when the basket reaches {@code minBasketMinor}, with a
 * greeting on the receipt. Pure: it only looks at the event and the member's state, and returns effects.
 */
@Component(service = ProgramType.class)
public class WelcomeBonus implements ProgramType {

    public static final String TYPE_ID = "welcome-bonus";
    static final String POINTS = "points";
    static final String MIN_BASKET = "minBasketMinor";
    static final String GREETING = "greeting";

    private static final List<ConfigField> FIELDS = List.of(
            ConfigField.integer(POINTS, "Points given to a new member", 50, 1, 10_000),
            ConfigField.integer(MIN_BASKET, "Smallest first basket that earns them, in cents", 0, 0, 1_000_000),
            ConfigField.text(GREETING, "Receipt greeting", "Welcome! Your card is ready.", 120, true));

    @Override
    public ProgramDescriptor describe() {
        return new ProgramDescriptor(TYPE_ID, "Welcome bonus", "New members get points on their first sale.",
                FIELDS, List.of(Asset.POINTS.code()));
    }

    @Override
    public void validate(ProgramConfig config) {
        FIELDS.forEach(field -> field.check(config));
        if (config.getString(GREETING, "").contains("\n")) {
            throw new InvalidConfigException(GREETING, "must be one line");
        }
    }

    @Override
    public List<Effect> onEvent(ProgramContext context, TillEvent event) {
        if (event.kind() != EventKind.SALE || !context.member().enrolledNow()) {
            return List.of();
        }
        ProgramConfig config = context.config();
        if (event.totalMinor() < config.getLong(MIN_BASKET, 0)) {
            return List.of();
        }
        long points = config.getLong(POINTS, 50);
        return List.of(
                Effect.credit(Asset.POINTS, points, context.programName()),
                Effect.receiptMessage(config.getString(GREETING, "Welcome! Your card is ready.")),
                Effect.tillMessage("New member: " + points + " welcome points"));
    }
}
