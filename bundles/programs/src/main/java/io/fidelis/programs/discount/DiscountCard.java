package io.fidelis.programs.discount;

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
import io.fidelis.programs.support.Money;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * "Avantages": members of a customer category get a percentage off every sale, given back to the till at
 * once as a discount, optionally only on one article category. Rounded down to the cent.
 */
@Component(service = ProgramType.class)
public class DiscountCard implements ProgramType {

    public static final String TYPE_ID = "discount-card";
    static final String DISCOUNTS = "discounts";

    private static final List<ConfigField> FIELDS = List.of(
            ConfigField.text(DISCOUNTS, "Percent off per customer category, e.g. vip = 10; staff = 20", null, 2000, true),
            Fields.category("Only articles of this category are discounted (empty: the whole basket)"));

    @Override
    public ProgramDescriptor describe() {
        return new ProgramDescriptor(TYPE_ID, "Discount card",
                "Members of a customer category get an immediate discount on every sale.", FIELDS, List.of());
    }

    @Override
    public void validate(ProgramConfig config) {
        Fields.checkAll(config, FIELDS);
        DiscountRates.parse(DISCOUNTS, config.getString(DISCOUNTS, ""));
    }

    @Override
    public List<Effect> onEvent(ProgramContext context, TillEvent event) {
        if (event.kind() != EventKind.SALE) {
            return List.of();
        }
        Optional<Long> percent = DiscountRates.parse(DISCOUNTS, context.config().getString(DISCOUNTS, ""))
                .percentFor(context.member().category());
        if (percent.isEmpty()) {
            return List.of();
        }
        long discount = Math.multiplyExact(Basket.amountMinor(event, Fields.category(context.config())), percent.get()) / 100;
        if (discount <= 0) {
            return List.of();
        }
        return List.of(new Effect.Discount(discount, context.programName() + " " + percent.get() + "%"),
                Effect.receiptMessage(context.programName() + " " + percent.get() + "%: -" + Money.format(discount, event.currency())));
    }
}
