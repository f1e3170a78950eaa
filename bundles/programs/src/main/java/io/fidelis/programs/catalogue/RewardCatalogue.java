package io.fidelis.programs.catalogue;

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
import io.fidelis.programs.support.RewardSpec;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Gifts for points. A {@code REDEEM} event whose reference is a catalogue code debits the item's cost in
 * points and grants the reward, which the member holds until used at a till (or until it expires). A
 * {@code REDEEM} without a reference (using a held reward) is not this program's business; an unknown code
 * is rejected. A card look-up lists the items the member can afford.
 */
@Component(service = ProgramType.class)
public class RewardCatalogue implements ProgramType {

    public static final String TYPE_ID = "reward-catalogue";
    static final String ITEMS = "items";

    private static final List<ConfigField> FIELDS = List.of(ConfigField.text(ITEMS,
            "Rewards, one per line: code | title | cost in points | validity days (0: no expiry)", null, 4000, true));

    @Override
    public ProgramDescriptor describe() {
        return new ProgramDescriptor(TYPE_ID, "Reward catalogue",
                "Members exchange points for gifts, which they may keep and use later.", FIELDS, List.of(Asset.POINTS.code()));
    }

    @Override
    public void validate(ProgramConfig config) {
        FIELDS.get(0).check(config);
        CatalogueItem.parseAll(ITEMS, config.getString(ITEMS, ""));
    }

    @Override
    public List<Effect> onEvent(ProgramContext context, TillEvent event) {
        if (event.kind() == EventKind.LOOKUP) {
            return affordable(context);
        }
        if (event.kind() != EventKind.REDEEM || event.reference() == null || event.reference().isBlank()) {
            return List.of();
        }
        CatalogueItem item = items(context).get(event.reference().trim());
        if (item == null) {
            return List.of(Effect.reject("unknown-reward",
                    "'" + event.reference() + "' is not in the catalogue '" + context.programName() + "'"));
        }
        long balance = context.member().balance(Asset.POINTS);
        long floor = context.member().account(Asset.POINTS).map(AccountState::floor).orElse(0L);
        if (balance - item.costPoints() < floor) {
            return List.of(Effect.reject("insufficient-points",
                    item.title() + " costs " + item.costPoints() + " points; the member has " + balance));
        }
        return List.of(
                Effect.debit(Asset.POINTS, item.costPoints(), item.title()),
                new Effect.GrantReward(item.code(), item.title(), 0, RewardSpec.validUntil(event, item.validityDays())),
                Effect.receiptMessage(item.title() + " for " + item.costPoints() + " points. Balance: "
                        + (balance - item.costPoints()) + " points"));
    }

    private static List<Effect> affordable(ProgramContext context) {
        long balance = context.member().balance(Asset.POINTS);
        List<String> names = items(context).values().stream().filter(i -> i.costPoints() <= balance)
                .map(i -> i.title() + " (" + i.costPoints() + ")").toList();
        return names.isEmpty() ? List.of() : List.of(Effect.tillMessage("Can redeem: " + String.join(", ", names)));
    }

    private static Map<String, CatalogueItem> items(ProgramContext context) {
        return CatalogueItem.parseAll(ITEMS, context.config().getString(ITEMS, ""));
    }
}
