package io.fidelis.plugins.hairdresser;

import io.fidelis.api.Asset;
import io.fidelis.api.event.EventKind;
import io.fidelis.api.event.TillEvent;
import io.fidelis.api.event.TillLine;
import io.fidelis.api.event.TillPayment;
import io.fidelis.api.program.ConfigField;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.api.program.ProgramContext;
import io.fidelis.api.program.ProgramDescriptor;
import io.fidelis.api.program.ProgramType;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * A hairdresser's prepaid account. The client pays money in (a top-up of {@code WALLET}, which the core credits)
 * and gets a bonus by amount (pay 100 EUR, hold 110 EUR), credited to the same wallet. Services are paid from it
 * as sales with tender {@code WALLET}; the till and the receipt show what is left. The account's statement is the
 * member's transaction log.
 */
@Component(service = ProgramType.class)
public class HairdresserPrepaid implements ProgramType {

    public static final String TYPE_ID = "hairdresser-prepaid";
    static final String BONUS_STEPS = "bonusSteps";
    static final String MIN_TOPUP = "minTopupMinor";
    static final String LOW_WARNING = "lowWarningMinor";
    static final String DEFAULT_STEPS = "10000=10, 20000=15";

    private static final List<ConfigField> FIELDS = List.of(
            ConfigField.text(BONUS_STEPS, "Bonus by top-up: amountInCents=percent, comma-separated, amounts going up",
                    DEFAULT_STEPS, 500, false),
            ConfigField.integer(MIN_TOPUP, "Smallest top-up, in cents", 1000, 1, BonusSteps.MAX_AMOUNT),
            ConfigField.integer(LOW_WARNING, "Tell the till when the prepaid balance falls below this, in cents", 1500, 0, BonusSteps.MAX_AMOUNT));

    @Override
    public ProgramDescriptor describe() {
        return new ProgramDescriptor(TYPE_ID, "Hairdresser prepaid",
                "Prepay and get a bonus by amount (pay 100 EUR, hold 110 EUR); services are paid from the prepaid account.",
                FIELDS, List.of(Asset.WALLET.code()));
    }

    @Override
    public void validate(ProgramConfig config) {
        FIELDS.forEach(field -> field.check(config));
        BonusSteps.parse(BONUS_STEPS, config.getString(BONUS_STEPS, DEFAULT_STEPS));
    }

    @Override
    public List<Effect> onEvent(ProgramContext context, TillEvent event) {
        long balance = context.member().balance(Asset.WALLET);
        if (event.kind() == EventKind.TOPUP && Asset.WALLET.code().equals(event.reference())) {
            return topUp(context.config(), event, balance);
        }
        long paid = event.payments().stream().filter(p -> Asset.WALLET.code().equals(p.tender())).mapToLong(TillPayment::amountMinor).sum();
        if (event.kind() == EventKind.SALE && paid > 0) {
            return pay(context.config(), event, balance, paid);
        }
        if (event.kind() == EventKind.LOOKUP && balance > 0) {
            return List.of(Effect.tillMessage("Prepaid balance: " + money(balance, event)));
        }
        return List.of();
    }

    private List<Effect> topUp(ProgramConfig config, TillEvent event, long balance) {
        long paid = event.totalMinor();
        long min = config.getLong(MIN_TOPUP, 1000);
        if (paid < min) {
            return List.of(Effect.reject("topup-too-small", "The smallest prepaid top-up is " + money(min, event)));
        }
        BonusSteps steps = BonusSteps.parse(BONUS_STEPS, config.getString(BONUS_STEPS, DEFAULT_STEPS));
        long bonus = steps.stepFor(paid).map(step -> step.bonusOn(paid)).orElse(0L);
        List<Effect> effects = new ArrayList<>();
        if (bonus > 0) {
            int percent = steps.stepFor(paid).orElseThrow().percent();
            effects.add(Effect.credit(Asset.WALLET, bonus, "Prepaid bonus " + percent + " % on " + money(paid, event)));
            effects.add(Effect.receiptMessage("Paid in " + money(paid, event) + ", bonus " + money(bonus, event) + " (" + percent + " %)"));
        } else {
            effects.add(Effect.receiptMessage("Paid in " + money(paid, event)));
        }
        String newBalance = "Prepaid balance: " + money(balance + paid + bonus, event);
        effects.add(Effect.receiptMessage(newBalance));
        effects.add(Effect.tillMessage(newBalance));
        steps.nextAbove(paid).ifPresent(next -> effects.add(Effect.tillMessage(
                "A top-up of " + money(next.fromMinor(), event) + " or more earns " + next.percent() + " %")));
        return effects;
    }

    private List<Effect> pay(ProgramConfig config, TillEvent event, long balance, long paid) {
        if (paid > balance) {
            return List.of(Effect.reject("prepaid-insufficient", "The prepaid balance is " + money(balance, event)
                    + ", not enough for " + money(paid, event)));
        }
        long left = balance - paid;
        List<Effect> effects = new ArrayList<>();
        for (TillLine line : event.lines()) {
            effects.add(Effect.receiptMessage(line.sku() + (line.quantity() == 1 ? "" : " x " + line.quantity()) + "  "
                    + money(line.amountMinor(), event)));
        }
        effects.add(Effect.receiptMessage("Paid from prepaid: " + money(paid, event) + ". Prepaid balance: " + money(left, event)));
        effects.add(Effect.tillMessage("Prepaid balance after this sale: " + money(left, event)));
        if (left < config.getLong(LOW_WARNING, 1500)) {
            effects.add(Effect.tillMessage("Prepaid balance is low: offer a top-up"));
        }
        return effects;
    }

    static String money(long minor, TillEvent event) {
        return String.format("%s%d.%02d %s", minor < 0 ? "-" : "", Math.abs(minor) / 100, Math.abs(minor) % 100, event.currency());
    }
}
