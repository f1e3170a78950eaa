package io.fidelis.programs.stamps;

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
import io.fidelis.programs.support.ProgramAssets;
import io.fidelis.programs.support.RewardSpec;
import io.fidelis.programs.support.Threshold;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;

/**
 * "Every 10 menus, 1 free": each article of the category bought is a stamp in {@code STAMPS:<programId>};
 * every {@code stampsPerReward} stamps are taken off and the reward granted (several at once if a big sale
 * completes several cards). Till and receipt say how many articles are left to the next reward.
 */
@Component(service = ProgramType.class)
public class StampCard implements ProgramType {

    public static final String TYPE_ID = "stamp-card";
    static final String STAMPS_PER_REWARD = "stampsPerReward";
    static final String ARTICLE_NAME = "articleName";

    private static final List<ConfigField> FIELDS = fields();

    private static List<ConfigField> fields() {
        List<ConfigField> fields = new ArrayList<>(List.of(
                ConfigField.text(Fields.CATEGORY, "Article category that earns a stamp", null, 64, true),
                ConfigField.text(ARTICLE_NAME, "What is counted, in the plural, for messages", "articles", 40, true),
                ConfigField.integer(STAMPS_PER_REWARD, "Stamps for one reward", 10, 2, 1000)));
        fields.addAll(RewardSpec.fields("free-item", "Free item"));
        return List.copyOf(fields);
    }

    @Override
    public ProgramDescriptor describe() {
        return new ProgramDescriptor(TYPE_ID, "Stamp card",
                "Every N articles of a category, the member gets a reward (e.g. every 10 menus, 1 free).",
                FIELDS, List.of("STAMPS:*"));
    }

    @Override
    public void validate(ProgramConfig config) {
        Fields.checkAll(config, FIELDS);
        RewardSpec.checkCode(RewardSpec.CODE, RewardSpec.of(config, "free-item", "Free item").code());
    }

    @Override
    public List<Effect> onEvent(ProgramContext context, TillEvent event) {
        if (event.kind() != EventKind.SALE && event.kind() != EventKind.LOOKUP) {
            return List.of();
        }
        ProgramConfig config = context.config();
        Asset stamps = ProgramAssets.of("STAMPS", context);
        long perReward = config.getLong(STAMPS_PER_REWARD, 10);
        long added = event.kind() == EventKind.SALE && event.moneyPaidMinor() > 0
                ? Basket.articles(event, Fields.category(config)) : 0;
        Threshold progress = Threshold.count(context.member().balance(stamps), added, perReward);
        RewardSpec reward = RewardSpec.of(config, "free-item", "Free item");
        String toGo = progress.remaining() + " more " + config.getString(ARTICLE_NAME, "articles").trim()
                + " to a " + reward.title().toLowerCase(Locale.ROOT);
        if (event.kind() == EventKind.LOOKUP) {
            return List.of(Effect.tillMessage(toGo));
        }
        List<Effect> effects = new ArrayList<>();
        progress.counterEffect(stamps, context.programName()).ifPresent(effects::add);
        for (long i = 0; i < progress.rewards(); i++) {
            effects.add(reward.grant(event));
        }
        if (progress.rewards() > 0) {
            effects.add(Effect.tillMessage("Card complete: " + reward.title() + " granted"));
            effects.add(Effect.receiptMessage("You earned: " + reward.title()));
        }
        if (added > 0) {
            effects.add(Effect.tillMessage(toGo));
            effects.add(Effect.receiptMessage(toGo));
        }
        return effects;
    }
}
