package io.fidelis.programs.tiers;

import static io.fidelis.programs.support.Events.DAY;
import static io.fidelis.programs.support.Events.line;
import static io.fidelis.programs.support.Events.member;
import static io.fidelis.programs.support.Events.sale;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.fidelis.api.Asset;
import io.fidelis.api.event.EventKind;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.InvalidConfigException;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.programs.support.Events;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class TiersTest {

    private static final Asset SPEND = Asset.of("SPEND:prog-1");
    private static final Asset TIER = Asset.of("TIER:prog-1");
    private static final LocalDate EARLIER_THIS_MONTH = DAY.withDayOfMonth(2);
    private static final LocalDate LAST_MONTH = DAY.minusMonths(1);
    private static final Map<String, Object> CONFIG = Map.of("upgradeSpendMinor", 20_000, "keepSpendMinor", 10_000);

    private final Tiers tiers = new Tiers();

    private static Effect points(List<Effect> effects) {
        return Events.ofType(effects, Effect.Credit.class).stream().filter(c -> c.asset().equals(Asset.POINTS)).findFirst().orElseThrow();
    }

    @Test
    public void silverEarnsOnePointPerEuroAndCountsTheSpend() {
        List<Effect> effects = tiers.onEvent(member().renewed("SPEND:prog-1", 5000, EARLIER_THIS_MONTH).context(CONFIG),
                sale(line("food", 1, 1299)));
        assertEquals(Effect.credit(SPEND, 1299, "Club"), effects.get(0));
        assertEquals(Effect.credit(Asset.POINTS, 12, "Club (Silver)"), points(effects));
        assertEquals(List.of("Silver member: you earned 12 points", "137.01 EUR more this month to reach Gold"),
                Events.texts(effects, Effect.Channel.RECEIPT));
    }

    @Test
    public void goldEarnsOnePointTwoRoundedDownPerSale() {
        // 12.99 EUR * 1.2 = 15.588 points
        List<Effect> effects = tiers.onEvent(member().balance("TIER:prog-1", 1).renewed("SPEND:prog-1", 5000, EARLIER_THIS_MONTH)
                .context(CONFIG), sale(line("food", 1, 1299)));
        assertEquals(Effect.credit(Asset.POINTS, 15, "Club (Gold)"), points(effects));
        assertEquals(List.of("Gold member: you earned 15 points"), Events.texts(effects, Effect.Channel.RECEIPT));
    }

    @Test
    public void theFirstSaleOfAMonthRenewsTheSpend() {
        List<Effect> effects = tiers.onEvent(member().renewed("SPEND:prog-1", 15_000, LAST_MONTH).context(CONFIG),
                sale(line("food", 1, 1000)));
        assertEquals(List.of(Effect.renew(SPEND, 0, "Club"), Effect.credit(SPEND, 1000, "Club")), effects.subList(0, 2));
    }

    @Test
    public void anUpgradeOfThisMonthFallsBackWhenARefundTookTheSpendBelowTheThreshold() {
        List<Effect> effects = tiers.onEvent(member().renewed("TIER:prog-1", 1, EARLIER_THIS_MONTH)
                .renewed("SPEND:prog-1", 15_000, EARLIER_THIS_MONTH).context(CONFIG), sale(line("food", 1, 1000)));
        assertEquals(Effect.credit(Asset.POINTS, 10, "Club (Silver)"), points(effects));
        assertTrue(effects.contains(Effect.renew(TIER, 0, "Club")));
        assertTrue(Events.texts(effects, Effect.Channel.RECEIPT).contains("40.00 EUR more this month to reach Gold"));
        assertEquals(List.of(Effect.tillMessage("Silver member")), tiers.onEvent(member().renewed("TIER:prog-1", 1, EARLIER_THIS_MONTH)
                .renewed("SPEND:prog-1", 15_000, EARLIER_THIS_MONTH).context(CONFIG), Events.of(EventKind.LOOKUP, null)));
    }

    @Test
    public void anUpgradeOfThisMonthHoldsWhileTheSpendStaysAboveTheThreshold() {
        List<Effect> effects = tiers.onEvent(member().renewed("TIER:prog-1", 1, EARLIER_THIS_MONTH)
                .renewed("SPEND:prog-1", 20_000, EARLIER_THIS_MONTH).context(CONFIG), sale(line("food", 1, 1000)));
        assertEquals(Effect.credit(Asset.POINTS, 12, "Club (Gold)"), points(effects));
        assertTrue(Events.ofType(effects, Effect.Renew.class).isEmpty());
    }

    @Test
    public void goldKeptFromLastMonthDoesNotDependOnThisMonthsSpend() {
        List<Effect> effects = tiers.onEvent(member().renewed("TIER:prog-1", 1, LAST_MONTH)
                .renewed("SPEND:prog-1", 100, EARLIER_THIS_MONTH).context(CONFIG), sale(line("food", 1, 1000)));
        assertEquals(Effect.credit(Asset.POINTS, 12, "Club (Gold)"), points(effects));
    }

    @Test
    public void passingTheThresholdUpgradesAfterThisSale() {
        List<Effect> effects = tiers.onEvent(member().renewed("SPEND:prog-1", 19_000, EARLIER_THIS_MONTH).context(CONFIG),
                sale(line("food", 1, 1000)));
        assertEquals(Effect.credit(Asset.POINTS, 10, "Club (Silver)"), points(effects));
        assertTrue(effects.contains(Effect.renew(TIER, 1, "Club")));
        assertTrue(Events.texts(effects, Effect.Channel.RECEIPT).contains("Welcome to Gold!"));
    }

    @Test
    public void goldStaysWhenLastMonthReachedTheKeepThreshold() {
        List<Effect> effects = tiers.onEvent(member().balance("TIER:prog-1", 1).renewed("SPEND:prog-1", 10_000, LAST_MONTH)
                .context(CONFIG), sale(line("food", 1, 1000)));
        assertEquals(Effect.credit(Asset.POINTS, 12, "Club (Gold)"), points(effects));
        assertTrue(Events.ofType(effects, Effect.Renew.class).stream().noneMatch(r -> r.asset().equals(TIER)));
    }

    @Test
    public void goldFallsBackAtTheMonthChangeWhenLastMonthWasQuiet() {
        List<Effect> effects = tiers.onEvent(member().balance("TIER:prog-1", 1).renewed("SPEND:prog-1", 9_999, LAST_MONTH)
                .context(CONFIG), sale(line("food", 1, 1000)));
        assertEquals(Effect.credit(Asset.POINTS, 10, "Club (Silver)"), points(effects));
        assertTrue(effects.contains(Effect.renew(TIER, 0, "Club")));
    }

    @Test
    public void noActivityForTwoMonthsAlsoFallsBack() {
        List<Effect> effects = tiers.onEvent(member().balance("TIER:prog-1", 1).renewed("SPEND:prog-1", 50_000, DAY.minusMonths(2))
                .context(CONFIG), sale(line("food", 1, 1000)));
        assertTrue(effects.contains(Effect.renew(TIER, 0, "Club")));
    }

    @Test
    public void keepZeroNeverFallsBack() {
        List<Effect> effects = tiers.onEvent(member().balance("TIER:prog-1", 1).renewed("SPEND:prog-1", 0, DAY.minusMonths(5))
                .context(Map.of("keepSpendMinor", 0)), sale(line("food", 1, 1000)));
        assertEquals(Effect.credit(Asset.POINTS, 12, "Club (Gold)"), points(effects));
    }

    @Test
    public void aHugeFirstSaleOfTheMonthCanUpgradeAfterADowngrade() {
        List<Effect> effects = tiers.onEvent(member().balance("TIER:prog-1", 1).renewed("SPEND:prog-1", 0, LAST_MONTH)
                .context(CONFIG), sale(line("food", 1, 25_000)));
        assertEquals(Effect.credit(Asset.POINTS, 250, "Club (Silver)"), points(effects));
        assertEquals(List.of(Effect.renew(SPEND, 0, "Club"), Effect.renew(TIER, 1, "Club")), Events.ofType(effects, Effect.Renew.class));
        assertTrue(effects.contains(Effect.credit(SPEND, 25_000, "Club")));
    }

    @Test
    public void lookupNamesTheTier() {
        assertEquals(List.of(Effect.tillMessage("Gold member")),
                tiers.onEvent(member().balance("TIER:prog-1", 1).renewed("SPEND:prog-1", 100, EARLIER_THIS_MONTH).context(CONFIG),
                        Events.of(EventKind.LOOKUP, null)));
        assertTrue(tiers.onEvent(member().context(CONFIG), Events.of(EventKind.TOPUP, "WALLET")).isEmpty());
    }

    @Test
    public void validationNamesTheField() {
        assertEquals("keepSpendMinor", assertThrows(InvalidConfigException.class,
                () -> tiers.validate(new ProgramConfig(Map.of("upgradeSpendMinor", 5000, "keepSpendMinor", 6000)))).field());
        assertEquals("upperMilliPoints", assertThrows(InvalidConfigException.class,
                () -> tiers.validate(new ProgramConfig(Map.of("upperMilliPoints", -1)))).field());
        assertEquals("baseName", assertThrows(InvalidConfigException.class,
                () -> tiers.validate(new ProgramConfig(Map.of("baseName", " ")))).field());
        tiers.validate(new ProgramConfig(Map.of()));
        assertFalse(tiers.describe().fields().isEmpty());
    }
}
