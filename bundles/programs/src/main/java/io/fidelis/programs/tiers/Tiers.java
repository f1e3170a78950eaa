package io.fidelis.programs.tiers;

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
import io.fidelis.programs.support.Basket;
import io.fidelis.programs.support.Fields;
import io.fidelis.programs.support.Money;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Two tiers earning points at different rates (silver 1 pt/EUR, gold 1.2 pt/EUR). A member moves up when
 * this month's spend passes {@code upgradeSpendMinor}; at the first sale of a month, a gold member whose
 * last month's spend stayed below {@code keepSpendMinor} moves back down. The month's spend lives in
 * {@code SPEND:<programId>} (set to 0 at the first sale of a month, then credited by each sale, so that a refund
 * takes its share back), the level in {@code TIER:<programId>} (0 base, 1 upper). An upgrade of this month holds
 * only while this month's spend stays above the threshold: a refund that takes it below moves the member back.
 * Points are milli-points per unit, rounded down per sale; a sale earns at the tier held when it starts (the sale
 * that crosses the threshold still earns at the lower rate).
 */
@Component(service = ProgramType.class)
public class Tiers implements ProgramType {

    public static final String TYPE_ID = "tiers";

    private static final List<ConfigField> FIELDS = List.of(
            ConfigField.text(TierRules.BASE_NAME, "Name of the base tier", "Silver", 40, true),
            ConfigField.integer(TierRules.BASE_MILLI, "Base tier: thousandths of a point per unit (1000 = 1 point)", 1000, 0, 1_000_000),
            ConfigField.text(TierRules.UPPER_NAME, "Name of the upper tier", "Gold", 40, true),
            ConfigField.integer(TierRules.UPPER_MILLI, "Upper tier: thousandths of a point per unit (1200 = 1.2 points)", 1200, 0, 1_000_000),
            ConfigField.integer(TierRules.UNIT_MINOR, "Unit, in cents", 100, 1, 1_000_000),
            ConfigField.integer(TierRules.UPGRADE_MINOR, "Move up when this month's spend reaches, in cents", 20_000, 1, 100_000_000),
            ConfigField.integer(TierRules.KEEP_MINOR, "Stay up when last month's spend reached, in cents (0: never move down)", 10_000, 0, 100_000_000),
            Fields.category("Only articles of this category count (empty: the whole basket)"));

    @Override
    public ProgramDescriptor describe() {
        return new ProgramDescriptor(TYPE_ID, "Tiers",
                "Members earn more points per unit in the upper tier, reached by monthly spend.",
                FIELDS, List.of(Asset.POINTS.code(), "SPEND:*", "TIER:*"));
    }

    @Override
    public void validate(ProgramConfig config) {
        Fields.checkAll(config, FIELDS);
        TierRules rules = TierRules.of(config);
        if (rules.keepSpendMinor() > rules.upgradeSpendMinor()) {
            throw new InvalidConfigException(TierRules.KEEP_MINOR, "must not exceed " + TierRules.UPGRADE_MINOR);
        }
    }

    @Override
    public List<Effect> onEvent(ProgramContext context, TillEvent event) {
        TierRules rules = TierRules.of(context.config());
        TierStanding standing = TierStanding.of(context, event, rules);
        if (event.kind() == EventKind.LOOKUP) {
            return List.of(Effect.tillMessage(rules.nameOf(standing.upper()) + " member"));
        }
        return event.kind() == EventKind.SALE ? sale(context, event, rules, standing) : List.of();
    }

    private static List<Effect> sale(ProgramContext context, TillEvent event, TierRules rules, TierStanding standing) {
        String reason = context.programName();
        long paid = Basket.moneyPaidMinor(event, rules.category());
        long monthSpend = Math.addExact(standing.spendSoFar(), paid);
        boolean upper = standing.upper();
        List<Effect> effects = new ArrayList<>();
        if (standing.newMonth()) {
            effects.add(Effect.renew(standing.spendAsset(), 0, reason));
        }
        if (paid > 0) {
            effects.add(Effect.credit(standing.spendAsset(), paid, reason));
        }
        long points = rules.points(paid, upper);
        if (points > 0) {
            effects.add(Effect.credit(Asset.POINTS, points, reason + " (" + rules.nameOf(upper) + ")"));
        }
        effects.add(Effect.receiptMessage(rules.nameOf(upper) + " member" + (points > 0 ? ": you earned " + points + " points" : "")));
        if (!upper && monthSpend >= rules.upgradeSpendMinor()) {
            effects.add(Effect.renew(standing.tierAsset(), 1, reason));
            effects.add(Effect.receiptMessage("Welcome to " + rules.upperName() + "!"));
        } else if (standing.downgraded()) {
            effects.add(Effect.renew(standing.tierAsset(), 0, reason));
        }
        if (!upper && monthSpend < rules.upgradeSpendMinor()) {
            effects.add(Effect.receiptMessage(Money.format(rules.upgradeSpendMinor() - monthSpend, event.currency())
                    + " more this month to reach " + rules.upperName()));
        }
        return effects;
    }
}
