package io.fidelis.programs.support;

import io.fidelis.api.Asset;
import io.fidelis.api.event.EventKind;
import io.fidelis.api.event.TillEvent;
import io.fidelis.api.event.TillLine;
import io.fidelis.api.event.TillPayment;
import io.fidelis.api.program.AccountState;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.MemberState;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.api.program.ProgramContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Till events, members and contexts for program tests. */
public final class Events {

    public static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    public static final Instant AT = Instant.parse("2026-11-23T20:00:00Z");

    private Events() {
    }

    public static TillLine line(String category, int quantity, long unitPriceMinor) {
        return new TillLine(category + "-sku", category, quantity, unitPriceMinor);
    }

    public static TillEvent sale(TillLine... lines) {
        return event(EventKind.SALE, DAY, List.of(lines), List.of(), null);
    }

    public static TillEvent sale(LocalDate day, TillLine... lines) {
        return event(EventKind.SALE, day, List.of(lines), List.of(), null);
    }

    public static TillEvent paidSale(List<TillPayment> payments, TillLine... lines) {
        return event(EventKind.SALE, DAY, List.of(lines), payments, null);
    }

    public static TillEvent of(EventKind kind, String reference) {
        return event(kind, DAY, List.of(), List.of(), reference);
    }

    public static TillEvent event(EventKind kind, LocalDate day, List<TillLine> lines, List<TillPayment> payments, String reference) {
        return new TillEvent("demo", "main", "till-1", "alice", "CARD-1", kind, AT, day, "EUR", lines, payments, reference);
    }

    /** A member builder: category and accounts. */
    public static Member member() {
        return new Member();
    }

    public static final class Member {
        private String category;
        private final Map<Asset, AccountState> accounts = new HashMap<>();

        public Member category(String value) {
            category = value;
            return this;
        }

        public Member balance(String asset, long balance) {
            accounts.put(Asset.of(asset), AccountState.ofBalance(balance));
            return this;
        }

        public Member renewed(String asset, long balance, LocalDate renewedOn) {
            accounts.put(Asset.of(asset), new AccountState(balance, 0, renewedOn, null));
            return this;
        }

        public ProgramContext context(Map<String, ?> config) {
            return new ProgramContext("prog-1", "Club", new ProgramConfig(config),
                    new MemberState("m1", category, false, accounts, List.of()));
        }
    }

    public static <T extends Effect> List<T> ofType(List<Effect> effects, Class<T> type) {
        return effects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public static List<String> texts(List<Effect> effects, Effect.Channel channel) {
        return ofType(effects, Effect.Message.class).stream().filter(m -> m.channel() == channel).map(Effect.Message::text).toList();
    }
}
