package io.fidelis.plugins.gym;

import io.fidelis.api.Asset;
import io.fidelis.api.event.EventKind;
import io.fidelis.api.event.TillEvent;
import io.fidelis.api.event.TillLine;
import io.fidelis.api.program.AccountState;
import io.fidelis.api.program.ConfigField;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.MemberState;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.api.program.ProgramContext;
import io.fidelis.api.program.ProgramDescriptor;
import io.fidelis.api.program.ProgramType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * Packs of sessions ("bonos"): selling a pack's sku credits {@code SESSIONS:<pack>} with its sessions, valid for the
 * pack's number of days (the core empties the account after that). A check-in uses one session: of the pack the
 * till asks for, or else of the valid pack that expires first. A member may hold several packs. One gym-bonos program
 * per merchant lists every pack it sells.
 */
@Component(service = ProgramType.class)
public class GymBonos implements ProgramType {

    public static final String TYPE_ID = "gym-bonos";
    static final String PACKS = "packs";
    static final String EXPIRY_WARNING = "expiryWarningDays";
    static final String DEFAULT_PACKS = "MASSAGE-5=massage5:5:90, GYM-10=gym10:10:180";
    private static final String SESSIONS = "SESSIONS:";

    private static final List<ConfigField> FIELDS = List.of(
            ConfigField.text(PACKS, "Packs sold: SKU=pack:sessions:validityDays, comma-separated", DEFAULT_PACKS, 1000, true),
            ConfigField.integer(EXPIRY_WARNING, "Warn the till this many days before a pack expires", 7, 0, 365));

    @Override
    public ProgramDescriptor describe() {
        return new ProgramDescriptor(TYPE_ID, "Gym bonos",
                "Packs of sessions with a validity period; one session used per check-in; several packs per member.",
                FIELDS, List.of("SESSIONS:<pack>"));
    }

    @Override
    public void validate(ProgramConfig config) {
        FIELDS.forEach(field -> field.check(config));
        PackCatalog.parse(PACKS, config.getString(PACKS, DEFAULT_PACKS));
    }

    @Override
    public List<Effect> onEvent(ProgramContext context, TillEvent event) {
        return switch (event.kind()) {
            case SALE -> sell(PackCatalog.parse(PACKS, context.config().getString(PACKS, DEFAULT_PACKS)), context.member(), event);
            case CHECKIN -> checkIn(context, event);
            case LOOKUP -> validPacks(context.member(), event.occurredAt()).entrySet().stream()
                    .map(e -> Effect.tillMessage(remaining(e.getKey(), e.getValue().balance(), e.getValue().validUntil())))
                    .map(Effect.class::cast).toList();
            default -> List.of();
        };
    }

    private static List<Effect> sell(PackCatalog catalog, MemberState member, TillEvent event) {
        Map<PackCatalog.Pack, Integer> sold = new LinkedHashMap<>();
        for (TillLine line : event.lines()) {
            catalog.bySku(line.sku()).ifPresent(pack -> sold.merge(pack, line.quantity(), Integer::sum));
        }
        List<Effect> effects = new ArrayList<>();
        sold.forEach((pack, quantity) -> {
            long sessions = Math.multiplyExact((long) pack.sessions(), quantity);
            Instant validUntil = event.occurredAt().plus(Duration.ofDays(pack.validityDays()));
            Optional<AccountState> held = member.account(pack.asset()).filter(a -> isValid(a, event.occurredAt()));
            Instant until = held.map(AccountState::validUntil).filter(v -> v != null && v.isAfter(validUntil)).orElse(validUntil);
            effects.add(new Effect.Credit(pack.asset(), sessions, "Pack " + pack.sku() + (quantity == 1 ? "" : " x " + quantity), validUntil));
            String text = pack.name() + ": " + sessions + " sessions added; "
                    + remaining(pack.asset(), held.map(AccountState::balance).orElse(0L) + sessions, until);
            effects.add(Effect.receiptMessage(text));
            effects.add(Effect.tillMessage(text));
        });
        return effects;
    }

    private static List<Effect> checkIn(ProgramContext context, TillEvent event) {
        Map<Asset, AccountState> valid = validPacks(context.member(), event.occurredAt());
        Optional<Map.Entry<Asset, AccountState>> chosen;
        if (event.reference() != null) {
            Optional<Asset> parsed = sessionAsset(event.reference());
            if (parsed.isEmpty()) {
                return List.of(Effect.reject("no-valid-session", "'" + event.reference() + "' is not a pack of sessions"));
            }
            Asset asked = parsed.get();
            chosen = valid.entrySet().stream().filter(e -> e.getKey().equals(asked)).findFirst();
            if (chosen.isEmpty()) {
                return List.of(Effect.reject("no-valid-session", whyNot(context.member(), asked, event)));
            }
        } else {
            chosen = valid.entrySet().stream().findFirst();
            if (chosen.isEmpty()) {
                return List.of(Effect.reject("no-valid-session", "No valid session on this card: sell a pack first"));
            }
        }
        Asset asset = chosen.get().getKey();
        AccountState account = chosen.get().getValue();
        List<Effect> effects = new ArrayList<>();
        effects.add(Effect.debit(asset, 1, "Check-in"));
        String left = "1 session used; " + remaining(asset, account.balance() - 1, account.validUntil());
        effects.add(Effect.tillMessage(left));
        effects.add(Effect.receiptMessage(left));
        long warnDays = context.config().getLong(EXPIRY_WARNING, 7);
        if (account.validUntil() != null && account.balance() > 1
                && account.validUntil().isBefore(event.occurredAt().plus(Duration.ofDays(warnDays)))) {
            effects.add(Effect.tillMessage(scope(asset) + " expires on " + day(account.validUntil()) + ": "
                    + (account.balance() - 1) + " sessions will be lost"));
        }
        return effects;
    }

    private static Optional<Asset> sessionAsset(String reference) {
        try {
            return Optional.of(Asset.of(reference.startsWith(SESSIONS) ? reference : SESSIONS + reference))
                    .filter(a -> a.code().startsWith(SESSIONS));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String whyNot(MemberState member, Asset asked, TillEvent event) {
        Optional<AccountState> account = member.account(asked);
        if (account.isPresent() && account.get().balance() > 0 && !isValid(account.get(), event.occurredAt())) {
            return "The " + scope(asked) + " pack on this card expired on " + day(account.get().validUntil());
        }
        return "No " + scope(asked) + " session left on this card";
    }

    /** The member's packs with sessions left and still valid, the one expiring first first. */
    private static Map<Asset, AccountState> validPacks(MemberState member, Instant now) {
        Map<Asset, AccountState> valid = new LinkedHashMap<>();
        member.accounts().entrySet().stream()
                .filter(e -> e.getKey().code().startsWith(SESSIONS) && e.getValue().balance() > 0 && isValid(e.getValue(), now))
                .sorted(Comparator.comparing((Map.Entry<Asset, AccountState> e) -> e.getValue().validUntil(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(e -> e.getKey().code()))
                .forEach(e -> valid.put(e.getKey(), e.getValue()));
        return valid;
    }

    private static boolean isValid(AccountState account, Instant now) {
        return account.validUntil() == null || account.validUntil().isAfter(now);
    }

    private static String remaining(Asset asset, long sessions, Instant validUntil) {
        return scope(asset) + ": " + sessions + (sessions == 1 ? " session" : " sessions") + " left"
                + (validUntil == null ? "" : ", valid until " + day(validUntil));
    }

    private static String scope(Asset asset) {
        return asset.code().substring(SESSIONS.length());
    }

    private static String day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
