package io.fidelis.programs.catalogue;

import static io.fidelis.programs.support.Events.AT;
import static io.fidelis.programs.support.Events.member;
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

public class RewardCatalogueTest {

    private static final Map<String, Object> CATALOGUE = Map.of("items",
            "coffee | Free coffee | 50 | 30\n tshirt|Club T-shirt|500 ; cinema | Cinema ticket | 900 | 0\n");

    private final RewardCatalogue catalogue = new RewardCatalogue();

    @Test
    public void redeemingDebitsThePointsAndGrantsTheReward() {
        List<Effect> effects = catalogue.onEvent(member().balance("POINTS", 120).context(CATALOGUE), Events.of(EventKind.REDEEM, "coffee"));
        assertEquals(List.of(
                Effect.debit(Asset.POINTS, 50, "Free coffee"),
                new Effect.GrantReward("coffee", "Free coffee", 0, AT.plus(Duration.ofDays(30))),
                Effect.receiptMessage("Free coffee for 50 points. Balance: 70 points")), effects);
    }

    @Test
    public void anItemWithoutValidityNeverExpires() {
        List<Effect> effects = catalogue.onEvent(member().balance("POINTS", 500).context(CATALOGUE), Events.of(EventKind.REDEEM, "tshirt"));
        assertEquals(new Effect.GrantReward("tshirt", "Club T-shirt", 0, null), effects.get(1));
    }

    @Test
    public void anUnknownCodeIsRejected() {
        assertEquals(List.of(Effect.reject("unknown-reward", "'yacht' is not in the catalogue 'Club'")),
                catalogue.onEvent(member().balance("POINTS", 5000).context(CATALOGUE), Events.of(EventKind.REDEEM, "yacht")));
    }

    @Test
    public void tooFewPointsIsRejectedWithTheCost() {
        assertEquals(List.of(Effect.reject("insufficient-points", "Cinema ticket costs 900 points; the member has 899")),
                catalogue.onEvent(member().balance("POINTS", 899).context(CATALOGUE), Events.of(EventKind.REDEEM, "cinema")));
    }

    @Test
    public void usingAHeldRewardAndOtherEventsAreNotTheCataloguesBusiness() {
        assertTrue(catalogue.onEvent(member().context(CATALOGUE), Events.of(EventKind.REDEEM, null)).isEmpty());
        assertTrue(catalogue.onEvent(member().context(CATALOGUE), Events.sale(Events.line("food", 1, 100))).isEmpty());
    }

    @Test
    public void lookupListsWhatTheMemberCanAfford() {
        assertEquals(List.of(Effect.tillMessage("Can redeem: Free coffee (50), Club T-shirt (500)")),
                catalogue.onEvent(member().balance("POINTS", 600).context(CATALOGUE), Events.of(EventKind.LOOKUP, null)));
        assertTrue(catalogue.onEvent(member().balance("POINTS", 10).context(CATALOGUE), Events.of(EventKind.LOOKUP, null)).isEmpty());
    }

    @Test
    public void validationNamesTheFieldAndTheItem() {
        assertEquals("items", assertThrows(InvalidConfigException.class, () -> catalogue.validate(new ProgramConfig(Map.of()))).field());
        assertEquals("items item 2: cost must be a whole number from 1 to 10000000", assertThrows(InvalidConfigException.class,
                () -> catalogue.validate(new ProgramConfig(Map.of("items", "a|A|1; b|B|lots")))).getMessage());
        assertEquals("items item 2: code 'a' appears twice", assertThrows(InvalidConfigException.class,
                () -> catalogue.validate(new ProgramConfig(Map.of("items", "a|A|1\na|B|2")))).getMessage());
        assertEquals("items item 1: must be code | title | cost | days", assertThrows(InvalidConfigException.class,
                () -> catalogue.validate(new ProgramConfig(Map.of("items", "coffee, 50")))).getMessage());
        assertEquals("items item 1: code must be lower-case letters, digits or dashes", assertThrows(InvalidConfigException.class,
                () -> catalogue.validate(new ProgramConfig(Map.of("items", "Big Coffee|A|1")))).getMessage());
        assertEquals("items item 1: days must be a whole number from 0 to 3650", assertThrows(InvalidConfigException.class,
                () -> catalogue.validate(new ProgramConfig(Map.of("items", "a|A|1|9999")))).getMessage());
        catalogue.validate(new ProgramConfig(CATALOGUE));
    }
}
