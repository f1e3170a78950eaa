package io.fidelis.programs.cashback;

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
import io.fidelis.programs.support.Money;
import io.fidelis.programs.support.Periods;
import io.fidelis.programs.support.ProgramAssets;
import io.fidelis.programs.support.RewardSpec;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Cashback: {@code perMille} thousandths of the money paid (rounded down per sale) accumulate in
 * {@code CASHBACK:<programId>}, in cents. The amount becomes a voucher when it reaches
 * {@code thresholdMinor}, and, with {@code monthly}, at the member's first sale of a new month if it is at
 * least {@code minimumVoucherMinor} (smaller amounts are carried over). Programs only act on events, so the
 * monthly voucher comes with that first sale, not on the 1st. The account is renewed at the start of each
 * period, which is how the program knows the period.
 */
@Component(service = ProgramType.class)
public class Cashback implements ProgramType {

    public static final String TYPE_ID = "cashback";
    static final String PER_MILLE = "perMille";
    static final String THRESHOLD_MINOR = "thresholdMinor";
    static final String MONTHLY = "monthly";
    static final String MINIMUM_VOUCHER_MINOR = "minimumVoucherMinor";
    static final String VALIDITY_DAYS = "voucherValidityDays";

    private static final List<ConfigField> FIELDS = List.of(
            ConfigField.integer(PER_MILLE, "Cashback in thousandths of the money paid (20 = 2 %)", 20, 1, 500),
            ConfigField.integer(THRESHOLD_MINOR, "Voucher as soon as the cashback reaches, in cents", 1000, 1, 10_000_000),
            ConfigField.bool(MONTHLY, "Also turn the cashback into a voucher at the first sale of each month", true),
            ConfigField.integer(MINIMUM_VOUCHER_MINOR, "Smallest monthly voucher, in cents", 100, 1, 10_000_000),
            ConfigField.integer(VALIDITY_DAYS, "Days a voucher stays valid (0: no expiry)", 90, 0, 3650));

    @Override
    public ProgramDescriptor describe() {
        return new ProgramDescriptor(TYPE_ID, "Cashback",
                "A share of the money paid accumulates and turns into vouchers.", FIELDS, List.of("CASHBACK:*"));
    }

    @Override
    public void validate(ProgramConfig config) {
        FIELDS.forEach(field -> field.check(config));
    }

    @Override
    public List<Effect> onEvent(ProgramContext context, TillEvent event) {
        Asset asset = ProgramAssets.of("CASHBACK", context);
        long held = context.member().balance(asset);
        if (event.kind() == EventKind.LOOKUP) {
            return held > 0 ? List.of(Effect.tillMessage("Cashback " + Money.format(held, event.currency()))) : List.of();
        }
        if (event.kind() != EventKind.SALE) {
            return List.of();
        }
        ProgramConfig config = context.config();
        long earned = Math.multiplyExact(Basket.moneyPaidMinor(event, null), config.getLong(PER_MILLE, 20)) / 1000;
        boolean newPeriod = Periods.isNewMonth(context.member().account(asset), event.businessDay());
        boolean monthlyVoucher = newPeriod && config.getBoolean(MONTHLY, true)
                && held >= config.getLong(MINIMUM_VOUCHER_MINOR, 100);
        long voucher = monthlyVoucher ? held : 0;
        long kept = held - voucher + earned;
        if (kept >= config.getLong(THRESHOLD_MINOR, 1000)) {
            voucher += kept;
            kept = 0;
        }
        List<Effect> effects = new ArrayList<>();
        if (newPeriod && (kept > 0 || held > 0)) {
            effects.add(Effect.renew(asset, kept, context.programName()));
        } else if (!newPeriod && kept > held) {
            effects.add(Effect.credit(asset, kept - held, context.programName()));
        } else if (!newPeriod && kept < held) {
            effects.add(Effect.debit(asset, held - kept, context.programName()));
        }
        if (voucher > 0) {
            String title = "Cashback voucher " + Money.format(voucher, event.currency());
            effects.add(new Effect.GrantReward("cashback", title, voucher,
                    RewardSpec.validUntil(event, config.getLong(VALIDITY_DAYS, 90))));
            effects.add(Effect.receiptMessage("You received a " + title));
        } else if (earned > 0) {
            effects.add(Effect.receiptMessage("Cashback " + Money.format(earned, event.currency())
                    + " earned, " + Money.format(kept, event.currency()) + " saved"));
        }
        return effects;
    }
}
