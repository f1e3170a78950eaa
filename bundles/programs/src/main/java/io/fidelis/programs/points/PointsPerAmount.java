package io.fidelis.programs.points;

import io.fidelis.api.Asset;
import io.fidelis.api.event.EventKind;
import io.fidelis.api.event.TillEvent;
import io.fidelis.api.program.ConfigField;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.api.program.ProgramContext;
import io.fidelis.api.program.ProgramDescriptor;
import io.fidelis.api.program.ProgramType;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Points for money spent: {@code pointsPerUnit} points for every whole {@code unitMinor} of the basket
 * (1 point per EUR is 1 per 100 cents). Rounds down per sale.
 */
@Component(service = ProgramType.class)
public class PointsPerAmount implements ProgramType {

    public static final String TYPE_ID = "points-per-amount";
    static final String POINTS_PER_UNIT = "pointsPerUnit";
    static final String UNIT_MINOR = "unitMinor";

    private static final ConfigField POINTS_FIELD = ConfigField.integer(POINTS_PER_UNIT, "Points per unit spent", 1, 1, 1000);
    private static final ConfigField UNIT_FIELD = ConfigField.integer(UNIT_MINOR, "Unit, in cents", 100, 1, 1_000_000);

    @Override
    public ProgramDescriptor describe() {
        return new ProgramDescriptor(TYPE_ID, "Points per amount spent",
                "Members earn points for every unit of money they spend.",
                List.of(POINTS_FIELD, UNIT_FIELD), List.of(Asset.POINTS.code()));
    }

    @Override
    public void validate(ProgramConfig config) {
        POINTS_FIELD.check(config);
        UNIT_FIELD.check(config);
    }

    @Override
    public List<Effect> onEvent(ProgramContext context, TillEvent event) {
        if (event.kind() != EventKind.SALE) {
            return List.of();
        }
        long points = pointsFor(event.totalMinor(), context.config());
        if (points <= 0) {
            return List.of();
        }
        long newBalance = context.member().balance(Asset.POINTS) + points;
        return List.of(
                Effect.credit(Asset.POINTS, points, context.programName()),
                Effect.receiptMessage("You earned " + points + " points. Balance: " + newBalance + " points"));
    }

    static long pointsFor(long totalMinor, ProgramConfig config) {
        long perUnit = config.getLong(POINTS_PER_UNIT, 1);
        long unit = config.getLong(UNIT_MINOR, 100);
        return Math.multiplyExact(totalMinor / unit, perUnit);
    }
}
