package io.fidelis.programs.goals;

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
import io.fidelis.programs.support.Fields;
import io.fidelis.programs.support.Money;
import io.fidelis.programs.support.ProgramAssets;
import io.fidelis.programs.support.RewardSpec;
import io.fidelis.programs.support.Threshold;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * A reward for reaching a goal: after every {@code purchases} sales (counted in {@code PURCHASES:<programId>}),
 * and/or for any sale whose money paid reaches {@code basketMinor}. A sale reaching both goals earns two
 * rewards. Sales paid entirely with points, credit or comps count for neither.
 */
@Component(service = ProgramType.class)
public class GoalRewards implements ProgramType {

    public static final String TYPE_ID = "goal-rewards";
    static final String PURCHASES = "purchases";
    static final String BASKET_MINOR = "basketMinor";

    private static final List<ConfigField> FIELDS = fields();

    private static List<ConfigField> fields() {
        List<ConfigField> fields = new ArrayList<>(List.of(
                ConfigField.integer(PURCHASES, "Reward after this many purchases (0: off)", 10, 0, 1000),
                ConfigField.integer(BASKET_MINOR, "Reward a basket of at least, in cents (0: off)", 0, 0, 100_000_000)));
        fields.addAll(RewardSpec.fields("goal-gift", "Gift"));
        return List.copyOf(fields);
    }

    @Override
    public ProgramDescriptor describe() {
        return new ProgramDescriptor(TYPE_ID, "Goal rewards",
                "A reward after a number of purchases, or for a basket above an amount.", FIELDS, List.of("PURCHASES:*"));
    }

    @Override
    public void validate(ProgramConfig config) {
        Fields.checkAll(config, FIELDS);
        if (config.getLong(PURCHASES, 10) == 0 && config.getLong(BASKET_MINOR, 0) == 0) {
            throw new InvalidConfigException(PURCHASES, "or " + BASKET_MINOR + " must be set");
        }
        RewardSpec.checkCode(RewardSpec.CODE, RewardSpec.of(config, "goal-gift", "Gift").code());
    }

    @Override
    public List<Effect> onEvent(ProgramContext context, TillEvent event) {
        if (event.kind() != EventKind.SALE || event.moneyPaidMinor() == 0) {
            return List.of();
        }
        ProgramConfig config = context.config();
        RewardSpec reward = RewardSpec.of(config, "goal-gift", "Gift");
        List<Effect> effects = new ArrayList<>();
        long basketGoal = config.getLong(BASKET_MINOR, 0);
        if (basketGoal > 0 && event.moneyPaidMinor() >= basketGoal) {
            effects.add(reward.grant(event));
            effects.add(Effect.receiptMessage("Basket over " + Money.format(basketGoal, event.currency())
                    + ": you earned " + reward.title()));
        }
        long purchasesGoal = config.getLong(PURCHASES, 10);
        if (purchasesGoal > 0) {
            Asset counter = ProgramAssets.of("PURCHASES", context);
            Threshold progress = Threshold.count(context.member().balance(counter), 1, purchasesGoal);
            progress.counterEffect(counter, context.programName()).ifPresent(effects::add);
            if (progress.rewards() > 0) {
                effects.add(reward.grant(event));
                effects.add(Effect.receiptMessage("Purchase goal reached: you earned " + reward.title()));
            } else {
                effects.add(Effect.receiptMessage(progress.remaining() + " more purchases to " + reward.title()));
            }
        }
        return effects;
    }
}
