package io.fidelis.programs.cashback;

import static io.fidelis.programs.support.Events.AT;
import static io.fidelis.programs.support.Events.DAY;
import static io.fidelis.programs.support.Events.line;
import static io.fidelis.programs.support.Events.member;
import static io.fidelis.programs.support.Events.sale;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.fidelis.api.Asset;
import io.fidelis.api.event.EventKind;
import io.fidelis.api.event.TillPayment;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.InvalidConfigException;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.programs.support.Events;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class CashbackTest {

    private static final Asset CASHBACK = Asset.of("CASHBACK:prog-1");
    private static final Map<String, Object> TWO_PERCENT = Map.of("perMille", 20, "thresholdMinor", 1000, "minimumVoucherMinor", 100,
            "voucherValidityDays", 60);

    private final Cashback cashback = new Cashback();

    @Test
    public void twoPercentOfTheMoneyPaidAccumulatesRoundedDown() {
        // 2 % of 45.99 EUR = 91.98 cents
        List<Effect> effects = cashback.onEvent(member().renewed("CASHBACK:prog-1", 300, DAY.withDayOfMonth(1)).context(TWO_PERCENT),
                sale(line("food", 1, 4599)));
        assertEquals(List.of(Effect.credit(CASHBACK, 91, "Club"), Effect.receiptMessage("Cashback 0.91 EUR earned, 3.91 EUR saved")), effects);
    }

    @Test
    public void reachingTheThresholdTurnsItAllIntoAVoucher() {
        List<Effect> effects = cashback.onEvent(member().renewed("CASHBACK:prog-1", 950, DAY.withDayOfMonth(1)).context(TWO_PERCENT),
                sale(line("food", 1, 5000)));
        assertEquals(List.of(
                Effect.debit(CASHBACK, 950, "Club"),
                new Effect.GrantReward("cashback", "Cashback voucher 10.50 EUR", 1050, AT.plus(Duration.ofDays(60))),
                Effect.receiptMessage("You received a Cashback voucher 10.50 EUR")), effects);
    }

    @Test
    public void theFirstSaleOfAMonthTurnsLastMonthsCashbackIntoAVoucher() {
        List<Effect> effects = cashback.onEvent(member().renewed("CASHBACK:prog-1", 420, DAY.minusMonths(1)).context(TWO_PERCENT),
                sale(line("food", 1, 1000)));
        assertEquals(Effect.renew(CASHBACK, 20, "Club"), effects.get(0));
        assertEquals(420, Events.ofType(effects, Effect.GrantReward.class).get(0).valueMinor());
    }

    @Test
    public void tooLittleIsCarriedIntoTheNewMonth() {
        List<Effect> effects = cashback.onEvent(member().renewed("CASHBACK:prog-1", 80, DAY.minusMonths(1)).context(TWO_PERCENT),
                sale(line("food", 1, 1000)));
        assertEquals(Effect.renew(CASHBACK, 100, "Club"), effects.get(0));
        assertTrue(Events.ofType(effects, Effect.GrantReward.class).isEmpty());
    }

    @Test
    public void withoutMonthlyVouchersOnlyTheThresholdCounts() {
        Map<String, Object> config = Map.of("perMille", 20, "monthly", false);
        List<Effect> effects = cashback.onEvent(member().renewed("CASHBACK:prog-1", 420, DAY.minusMonths(1)).context(config),
                sale(line("food", 1, 1000)));
        assertEquals(List.of(Effect.renew(CASHBACK, 440, "Club"), Effect.receiptMessage("Cashback 0.20 EUR earned, 4.40 EUR saved")), effects);
    }

    @Test
    public void aFirstSaleStartsThePeriod() {
        assertEquals(Effect.renew(CASHBACK, 20, "Club"), cashback.onEvent(member().context(TWO_PERCENT), sale(line("food", 1, 1000))).get(0));
    }

    @Test
    public void aNewMemberPayingWithPointsGetsNoEmptyAccount() {
        assertTrue(cashback.onEvent(member().context(TWO_PERCENT),
                Events.paidSale(List.of(new TillPayment("POINTS", 1000)), line("food", 1, 1000))).isEmpty());
    }

    @Test
    public void pointsPaidEarnNoCashback() {
        assertTrue(cashback.onEvent(member().renewed("CASHBACK:prog-1", 0, DAY).context(TWO_PERCENT),
                Events.paidSale(List.of(new TillPayment("POINTS", 1000)), line("food", 1, 1000))).isEmpty());
    }

    @Test
    public void lookupShowsTheSavedAmount() {
        assertEquals(List.of(Effect.tillMessage("Cashback 4.20 EUR")),
                cashback.onEvent(member().renewed("CASHBACK:prog-1", 420, DAY).context(TWO_PERCENT), Events.of(EventKind.LOOKUP, null)));
        assertTrue(cashback.onEvent(member().context(TWO_PERCENT), Events.of(EventKind.TOPUP, "WALLET")).isEmpty());
    }

    @Test
    public void validationNamesTheField() {
        assertEquals("perMille", assertThrows(InvalidConfigException.class,
                () -> cashback.validate(new ProgramConfig(Map.of("perMille", 0)))).field());
        assertEquals("monthly", assertThrows(InvalidConfigException.class,
                () -> cashback.validate(new ProgramConfig(Map.of("monthly", "often")))).field());
        cashback.validate(new ProgramConfig(Map.of()));
    }
}
