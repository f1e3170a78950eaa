package io.fidelis.plugins.casino;

import io.fidelis.api.Asset;
import io.fidelis.api.event.EventKind;
import io.fidelis.api.event.TillEvent;
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
import java.util.List;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;

/**
 * Casino regulars: each business day a member gets a fixed credit {@code CREDIT:<scope>}, set by member category
 * (regulars, privileged, seasonal staff, hostesses...). It is never cumulative: the first touch of a day renews the
 * account to exactly that day's amount (a card look-up too, so the till shows today's credit), and yesterday's
 * unspent credit is gone. The member spends it at the bar as a tender {@code CREDIT:<scope>}.
 */
@Component(service = ProgramType.class)
public class CasinoRegulars implements ProgramType {

    public static final String TYPE_ID = "casino-regulars";
    static final String SCOPE = "scope";
    static final String CATEGORY_CREDITS = "categoryCredits";
    static final String DEFAULT_CREDIT = "defaultCreditMinor";
    static final String DEFAULT_CATEGORY_CREDITS = "regular=1000, privileged=3000";

    private static final Pattern SCOPE_PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{0,47}");
    private static final List<ConfigField> FIELDS = List.of(
            ConfigField.text(SCOPE, "Name of the credit (lowercase letters, digits, dashes)", "casino", 48, true),
            ConfigField.text(CATEGORY_CREDITS, "Daily credit per member category, in cents: category=amount, comma-separated",
                    DEFAULT_CATEGORY_CREDITS, 1000, true),
            ConfigField.integer(DEFAULT_CREDIT, "Daily credit of members in no listed category, in cents", 0, 0, CategoryCredits.MAX_CREDIT));

    @Override
    public ProgramDescriptor describe() {
        return new ProgramDescriptor(TYPE_ID, "Casino regulars",
                "A fixed credit renewed every business day, per member category, never cumulative, spent at the bar.",
                FIELDS, List.of("CREDIT:<scope>"));
    }

    @Override
    public void validate(ProgramConfig config) {
        FIELDS.forEach(field -> field.check(config));
        if (!SCOPE_PATTERN.matcher(config.getString(SCOPE, "casino")).matches()) {
            throw new InvalidConfigException(SCOPE, "must be lowercase letters, digits and dashes, starting with a letter or digit");
        }
        CategoryCredits.parse(CATEGORY_CREDITS, config.getString(CATEGORY_CREDITS, DEFAULT_CATEGORY_CREDITS));
    }

    @Override
    public List<Effect> onEvent(ProgramContext context, TillEvent event) {
        ProgramConfig config = context.config();
        MemberState member = context.member();
        Asset credit = Asset.scoped("CREDIT", config.getString(SCOPE, "casino"));
        long today = CategoryCredits.parse(CATEGORY_CREDITS, config.getString(CATEGORY_CREDITS, DEFAULT_CATEGORY_CREDITS))
                .creditOf(member.category(), config.getLong(DEFAULT_CREDIT, 0));
        AccountState account = member.account(credit).orElse(null);
        boolean renewDue = (account == null || !event.businessDay().equals(account.renewedOn()))
                && (today > 0 || (account != null && account.balance() != 0));
        long available = renewDue ? today : member.balance(credit);
        long paid = event.payments().stream().filter(p -> credit.code().equals(p.tender())).mapToLong(TillPayment::amountMinor).sum();

        List<Effect> effects = new ArrayList<>();
        if (renewDue) {
            effects.add(Effect.renew(credit, today, "Daily credit of " + event.businessDay()));
        }
        if (paid > available) {
            return List.of(Effect.reject("credit-exhausted", available == 0
                    ? "No " + credit.code() + " credit left on this card today"
                    : "Only " + money(available, event) + " of today's credit left, not enough for " + money(paid, event)));
        }
        if (paid > 0) {
            effects.add(Effect.tillMessage(money(available - paid, event) + " credit left today"));
            effects.add(Effect.receiptMessage("Paid " + money(paid, event) + " with today's credit; "
                    + money(available - paid, event) + " left until the end of the day"));
        } else if (available > 0 && (event.kind() == EventKind.LOOKUP || event.kind() == EventKind.SALE)) {
            effects.add(Effect.tillMessage("Today's credit: " + money(available, event)));
        }
        return effects;
    }

    static String money(long minor, TillEvent event) {
        return String.format("%s%d.%02d %s", minor < 0 ? "-" : "", Math.abs(minor) / 100, Math.abs(minor) % 100, event.currency());
    }
}
