package io.fidelis.programs.stamps;

import static io.fidelis.programs.support.Events.AT;
import static io.fidelis.programs.support.Events.line;
import static io.fidelis.programs.support.Events.member;
import static io.fidelis.programs.support.Events.sale;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.fidelis.api.Asset;
import io.fidelis.api.event.EventKind;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.InvalidConfigException;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.programs.support.Events;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class StampCardTest {

    private static final Asset STAMPS = Asset.of("STAMPS:prog-1");
    private static final Map<String, Object> MENUS = Map.of("category", "menu", "articleName", "menus", "stampsPerReward", 10,
            "rewardCode", "free-menu", "rewardTitle", "Free menu", "rewardValidityDays", 30);
    private static final Effect.GrantReward FREE_MENU = new Effect.GrantReward("free-menu", "Free menu", 0, AT.plus(Duration.ofDays(30)));

    private final StampCard card = new StampCard();

    @Test
    public void eachMenuIsAStampWithAThresholdMessage() {
        List<Effect> effects = card.onEvent(member().balance("STAMPS:prog-1", 6).context(MENUS),
                sale(line("menu", 2, 1200), line("drinks", 3, 300)));
        assertEquals(Effect.credit(STAMPS, 2, "Club"), effects.get(0));
        assertEquals(List.of("2 more menus to a free menu"), Events.texts(effects, Effect.Channel.RECEIPT));
        assertEquals(List.of("2 more menus to a free menu"), Events.texts(effects, Effect.Channel.TILL));
    }

    @Test
    public void theTenthMenuDebitsTheStampsAndGrantsTheFreeOne() {
        List<Effect> effects = card.onEvent(member().balance("STAMPS:prog-1", 9).context(MENUS), sale(line("menu", 2, 1200)));
        assertEquals(Effect.debit(STAMPS, 8, "Club"), effects.get(0));
        assertEquals(FREE_MENU, effects.get(1));
        assertTrue(Events.texts(effects, Effect.Channel.RECEIPT).contains("9 more menus to a free menu"));
        assertTrue(Events.texts(effects, Effect.Channel.RECEIPT).contains("You earned: Free menu"));
    }

    @Test
    public void aBigOrderCanCompleteTwoCards() {
        List<Effect> effects = card.onEvent(member().balance("STAMPS:prog-1", 5).context(MENUS), sale(line("menu", 16, 1200)));
        assertEquals(List.of(FREE_MENU, FREE_MENU), Events.ofType(effects, Effect.GrantReward.class));
        assertEquals(Effect.debit(STAMPS, 4, "Club"), effects.get(0));
    }

    @Test
    public void otherCategoriesAndLoyaltyPaidSalesEarnNoStamp() {
        assertTrue(card.onEvent(member().context(MENUS), sale(line("drinks", 3, 300))).isEmpty());
        assertTrue(card.onEvent(member().context(MENUS), Events.paidSale(
                List.of(new io.fidelis.api.event.TillPayment("POINTS", 1200)), line("menu", 1, 1200))).isEmpty());
    }

    @Test
    public void lookupTellsHowManyAreLeft() {
        assertEquals(List.of(Effect.tillMessage("3 more menus to a free menu")),
                card.onEvent(member().balance("STAMPS:prog-1", 7).context(MENUS), Events.of(EventKind.LOOKUP, null)));
    }

    @Test
    public void aRewardWithoutExpiry() {
        Map<String, Object> config = new java.util.HashMap<>(MENUS);
        config.put("rewardValidityDays", 0);
        List<Effect> effects = card.onEvent(member().balance("STAMPS:prog-1", 9).context(config), sale(line("menu", 1, 1200)));
        assertEquals(new Effect.GrantReward("free-menu", "Free menu", 0, null), effects.get(1));
    }

    @Test
    public void validationNamesTheField() {
        assertEquals("category", assertThrows(InvalidConfigException.class, () -> card.validate(new ProgramConfig(Map.of()))).field());
        assertEquals("rewardCode", assertThrows(InvalidConfigException.class,
                () -> card.validate(new ProgramConfig(Map.of("category", "menu", "rewardCode", "Free Menu")))).field());
        assertEquals("stampsPerReward", assertThrows(InvalidConfigException.class,
                () -> card.validate(new ProgramConfig(Map.of("category", "menu", "stampsPerReward", 1)))).field());
        card.validate(new ProgramConfig(MENUS));
    }
}
