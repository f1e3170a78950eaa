package io.fidelis.plugins.bar;

import io.fidelis.api.Asset;
import io.fidelis.api.event.EventKind;
import io.fidelis.api.event.TillEvent;
import io.fidelis.api.event.TillLine;
import io.fidelis.api.event.TillPayment;
import io.fidelis.api.program.AccountState;
import io.fidelis.api.program.ConfigField;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.InvalidConfigException;
import io.fidelis.api.program.MemberState;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.api.program.ProgramContext;
import io.fidelis.api.program.ProgramDescriptor;
import io.fidelis.api.program.ProgramType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;

/**
 * Staff comp cards ("offerts"). A card in the staff category holds a {@code COMP} allowance that starts again
 * every period (a Renew: what was left is gone) and that a manager may top up. A comp drink is a sale paid with
 * tender {@code COMP}: the core debits it and refuses it below zero; this type refuses comps from cards that are
 * not staff cards, refuses a comp bigger than what is left with the amount left, and tells the till what remains.
 * The transaction log lists every comp with its drinks, time and staff member.
 */
@Component(service = ProgramType.class)
public class BarOfferts implements ProgramType {

    public static final String TYPE_ID = "bar-offerts";
    static final String ALLOWANCE = "allowanceMinor";
    static final String PERIOD = "period";
    static final String STAFF_CATEGORY = "staffCategory";
    static final String MANAGERS = "managers";
    static final String LOW_WARNING = "lowWarningMinor";

    private static final List<ConfigField> FIELDS = List.of(
            ConfigField.integer(ALLOWANCE, "Comp allowance per period, in cents (0: top-ups only)", 3000, 0, 1_000_000),
            ConfigField.text(PERIOD, "Allowance period: day, week or month", "day", 5, true),
            ConfigField.text(STAFF_CATEGORY, "Member category of staff comp cards", "staff", 48, true),
            ConfigField.text(MANAGERS, "Staff codes that may top up comp cards, comma-separated (empty: anyone)", "", 500, false),
            ConfigField.integer(LOW_WARNING, "Warn the till when less than this is left, in cents", 500, 0, 1_000_000));

    @Override
    public ProgramDescriptor describe() {
        return new ProgramDescriptor(TYPE_ID, "Bar comps (offerts)",
                "Staff comp cards: an allowance renewed per period or topped up by a manager, spent on comp drinks.",
                FIELDS, List.of(Asset.COMP.code()));
    }

    @Override
    public void validate(ProgramConfig config) {
        FIELDS.forEach(field -> field.check(config));
        if (AllowancePeriod.parse(config.getString(PERIOD, "day")).isEmpty()) {
            throw new InvalidConfigException(PERIOD, "must be day, week or month");
        }
    }

    @Override
    public List<Effect> onEvent(ProgramContext context, TillEvent event) {
        ProgramConfig config = context.config();
        MemberState member = context.member();
        long compPaid = paidWithComp(event);
        boolean compTopUp = event.kind() == EventKind.TOPUP && Asset.COMP.code().equals(event.reference());
        if (!member.inCategory(config.getString(STAFF_CATEGORY, "staff"))) {
            if (compPaid > 0 || compTopUp) {
                return List.of(Effect.reject("comp-not-allowed", "Card " + event.cardCode() + " is not a staff comp card"));
            }
            return List.of();
        }
        AllowancePeriod period = AllowancePeriod.parse(config.getString(PERIOD, "day")).orElseThrow();
        long allowance = config.getLong(ALLOWANCE, 3000);
        boolean renewDue = allowance > 0
                && period.isDue(member.account(Asset.COMP).map(AccountState::renewedOn).orElse(null), event.businessDay());
        long available = renewDue ? allowance : member.balance(Asset.COMP);

        List<Effect> effects = new ArrayList<>();
        if (renewDue) {
            effects.add(Effect.renew(Asset.COMP, allowance, "Comp allowance for the " + period.label() + " of " + event.businessDay()));
        }
        if (compTopUp) {
            Set<String> managers = managers(config);
            if (!managers.isEmpty() && !managers.contains(event.staffCode())) {
                return List.of(Effect.reject("topup-not-allowed",
                        "Only a manager (" + String.join(", ", managers) + ") may top up a comp card"));
            }
            effects.add(Effect.tillMessage(money(available + event.totalMinor(), event) + " comp left after the top-up"));
        } else if (compPaid > 0) {
            if (compPaid > available) {
                return List.of(Effect.reject("comp-exhausted", "Only " + money(available, event) + " comp left on this card, "
                        + "not enough for " + money(compPaid, event)));
            }
            long left = available - compPaid;
            effects.add(Effect.tillMessage(money(left, event) + " comp left"));
            if (left < config.getLong(LOW_WARNING, 500)) {
                effects.add(Effect.tillMessage("Comp allowance nearly used up"));
            }
            effects.add(Effect.receiptMessage("Comp by " + event.staffCode() + ": " + drinks(event)));
        } else if (event.kind() == EventKind.LOOKUP || event.kind() == EventKind.SALE) {
            effects.add(Effect.tillMessage(money(available, event) + " comp left this " + period.label()));
        }
        return effects;
    }

    private static long paidWithComp(TillEvent event) {
        return event.payments().stream().filter(p -> Asset.COMP.code().equals(p.tender())).mapToLong(TillPayment::amountMinor).sum();
    }

    private static Set<String> managers(ProgramConfig config) {
        return Arrays.stream(config.getString(MANAGERS, "").split(","))
                .map(String::trim).filter(code -> !code.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String drinks(TillEvent event) {
        return event.lines().stream().map(BarOfferts::line).collect(Collectors.joining(", "));
    }

    private static String line(TillLine line) {
        return line.quantity() == 1 ? line.sku() : line.quantity() + " x " + line.sku();
    }

    static String money(long minor, TillEvent event) {
        return String.format("%s%d.%02d %s", minor < 0 ? "-" : "", Math.abs(minor) / 100, Math.abs(minor) % 100, event.currency());
    }
}
