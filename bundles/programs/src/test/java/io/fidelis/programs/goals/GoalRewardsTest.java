package io.fidelis.programs.goals;

import static io.fidelis.programs.support.Events.line;
import static io.fidelis.programs.support.Events.member;
import static io.fidelis.programs.support.Events.sale;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.fidelis.api.Asset;
import io.fidelis.api.event.TillPayment;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.InvalidConfigException;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.programs.support.Events;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class GoalRewardsTest {

    private static final Asset PURCHASES = Asset.of("PURCHASES:prog-1");
    private static final Effect.GrantReward GIFT = new Effect.GrantReward("bag", "Tote bag", 0, null);

    private final GoalRewards goals = new GoalRewards();

    private static Map<String, Object> config(int purchases, int basketMinor) {
        return Map.of("purchases", purchases, "basketMinor", basketMinor, "rewardCode", "bag", "rewardTitle", "Tote bag",
                "rewardValidityDays", 0);
    }

    @Test
    public void purchasesAreCountedUntilTheGoal() {
        List<Effect> effects = goals.onEvent(member().balance("PURCHASES:prog-1", 3).context(config(5, 0)), sale(line("food", 1, 100)));
        assertEquals(List.of(Effect.credit(PURCHASES, 1, "Club"), Effect.receiptMessage("1 more purchases to Tote bag")), effects);
    }

    @Test
    public void theFifthPurchaseEarnsTheRewardAndRestartsTheCount() {
        List<Effect> effects = goals.onEvent(member().balance("PURCHASES:prog-1", 4).context(config(5, 0)), sale(line("food", 1, 100)));
        assertEquals(Effect.debit(PURCHASES, 4, "Club"), effects.get(0));
        assertEquals(GIFT, effects.get(1));
    }

    @Test
    public void aBigBasketEarnsTheReward() {
        List<Effect> effects = goals.onEvent(member().context(config(0, 5000)), sale(line("food", 2, 2500)));
        assertEquals(List.of(GIFT, Effect.receiptMessage("Basket over 50.00 EUR: you earned Tote bag")), effects);
        assertTrue(goals.onEvent(member().context(config(0, 5000)), sale(line("food", 2, 2499))).isEmpty());
    }

    @Test
    public void theBasketGoalCountsMoneyPaidOnly() {
        assertTrue(goals.onEvent(member().context(config(0, 5000)),
                Events.paidSale(List.of(new TillPayment("POINTS", 1000)), line("food", 2, 2500))).isEmpty());
        assertTrue(goals.onEvent(member().context(config(5, 0)),
                Events.paidSale(List.of(new TillPayment("COMP", 100)), line("food", 1, 100))).isEmpty());
    }

    @Test
    public void bothGoalsInOneSaleEarnTwoRewards() {
        List<Effect> effects = goals.onEvent(member().balance("PURCHASES:prog-1", 4).context(config(5, 5000)), sale(line("food", 2, 2500)));
        assertEquals(List.of(GIFT, GIFT), Events.ofType(effects, Effect.GrantReward.class));
    }

    @Test
    public void validationNeedsAGoal() {
        assertEquals("purchases", assertThrows(InvalidConfigException.class,
                () -> goals.validate(new ProgramConfig(Map.of("purchases", 0)))).field());
        assertEquals("basketMinor", assertThrows(InvalidConfigException.class,
                () -> goals.validate(new ProgramConfig(Map.of("basketMinor", -5)))).field());
        goals.validate(new ProgramConfig(config(0, 100)));
    }
}
