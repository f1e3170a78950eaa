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
import io.fidelis.programs.support.Basket;
import io.fidelis.programs.support.Fields;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Points for money spent: {@code pointsPerUnit} points for every whole {@code unitMinor} the member paid
 * with money (1 point per EUR is 1 per 100 cents), optionally only for one article category. What points,
 * renewed credit or comps paid earns nothing. Rounds down per sale.
 */
@Component(service = ProgramType.class)
public class PointsPerAmount implements ProgramType {

    public static final String TYPE_ID = "points-per-amount";
    static final String POINTS_PER_UNIT = "pointsPerUnit";
    static final String UNIT_MINOR = "unitMinor";

    private static final List<ConfigField> FIELDS = List.of(
            ConfigField.integer(POINTS_PER_UNIT, "Points per unit spent", 1, 1, 1000),
            ConfigField.integer(UNIT_MINOR, "Unit, in cents", 100, 1, 1_000_000),
            Fields.category("Only articles of this category earn (empty: the whole basket)"));

    @Override
    public ProgramDescriptor describe() {
        return new ProgramDescriptor(TYPE_ID, "Points per amount spent",
                "Members earn points for every unit of money they spend.", FIELDS, List.of(Asset.POINTS.code()));
    }

    @Override
    public void validate(ProgramConfig config) {
        Fields.checkAll(config, FIELDS);
    }

    @Override
    public List<Effect> onEvent(ProgramContext context, TillEvent event) {
        if (event.kind() != EventKind.SALE) {
            return List.of();
        }
        ProgramConfig config = context.config();
        long points = pointsFor(Basket.moneyPaidMinor(event, Fields.category(config)), config);
        return PointsAward.of(context, points);
    }

    static long pointsFor(long paidMinor, ProgramConfig config) {
        long perUnit = config.getLong(POINTS_PER_UNIT, 1);
        long unit = config.getLong(UNIT_MINOR, 100);
        return Math.multiplyExact(paidMinor / unit, perUnit);
    }
}
