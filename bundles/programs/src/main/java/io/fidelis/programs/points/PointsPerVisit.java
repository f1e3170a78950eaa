package io.fidelis.programs.points;

import io.fidelis.api.Asset;
import io.fidelis.api.event.EventKind;
import io.fidelis.api.event.TillEvent;
import io.fidelis.api.program.AccountState;
import io.fidelis.api.program.ConfigField;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.api.program.ProgramContext;
import io.fidelis.api.program.ProgramDescriptor;
import io.fidelis.api.program.ProgramType;
import io.fidelis.programs.support.Basket;
import io.fidelis.programs.support.Fields;
import io.fidelis.programs.support.ProgramAssets;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Points for a visit: a sale paid at least {@code minimumMinor} with money (and, with a category, holding an
 * article of it). With {@code oncePerDay}, only the first such sale of a business day counts: the program
 * renews {@code VISITS:<programId>} to 1 and sees the day in {@link AccountState#renewedOn()}.
 */
@Component(service = ProgramType.class)
public class PointsPerVisit implements ProgramType {

    public static final String TYPE_ID = "points-per-visit";
    static final String POINTS = "points";
    static final String MINIMUM_MINOR = "minimumMinor";
    static final String ONCE_PER_DAY = "oncePerDay";

    private static final List<ConfigField> FIELDS = List.of(
            ConfigField.integer(POINTS, "Points per visit", 10, 1, 100_000),
            ConfigField.integer(MINIMUM_MINOR, "Minimum paid with money, in cents (0: any sale)", 0, 0, 10_000_000),
            ConfigField.bool(ONCE_PER_DAY, "At most one visit per business day", true),
            Fields.category("The sale must hold an article of this category (empty: any)"));

    @Override
    public ProgramDescriptor describe() {
        return new ProgramDescriptor(TYPE_ID, "Points per visit",
                "Members earn a fixed number of points per visit.", FIELDS, List.of(Asset.POINTS.code(), "VISITS:*"));
    }

    @Override
    public void validate(ProgramConfig config) {
        Fields.checkAll(config, FIELDS);
    }

    @Override
    public List<Effect> onEvent(ProgramContext context, TillEvent event) {
        ProgramConfig config = context.config();
        if (event.kind() != EventKind.SALE || !qualifies(event, config)) {
            return List.of();
        }
        List<Effect> effects = new ArrayList<>();
        if (config.getBoolean(ONCE_PER_DAY, true)) {
            Asset visits = ProgramAssets.of("VISITS", context);
            boolean counted = context.member().account(visits)
                    .map(AccountState::renewedOn).filter(event.businessDay()::equals).isPresent();
            if (counted) {
                return List.of();
            }
            effects.add(Effect.renew(visits, 1, context.programName()));
        }
        effects.addAll(PointsAward.of(context, config.getLong(POINTS, 10)));
        return effects;
    }

    private static boolean qualifies(TillEvent event, ProgramConfig config) {
        String category = Fields.category(config);
        long paid = event.moneyPaidMinor();
        return paid > 0 && paid >= config.getLong(MINIMUM_MINOR, 0)
                && (Basket.allCategories(category) || Basket.articles(event, category) > 0);
    }
}
