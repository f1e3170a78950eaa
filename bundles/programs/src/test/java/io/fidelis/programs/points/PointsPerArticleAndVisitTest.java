package io.fidelis.programs.points;

import static io.fidelis.programs.support.Events.line;
import static io.fidelis.programs.support.Events.member;
import static io.fidelis.programs.support.Events.paidSale;
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
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class PointsPerArticleAndVisitTest {

    private final PointsPerArticle perArticle = new PointsPerArticle();
    private final PointsPerVisit perVisit = new PointsPerVisit();

    @Test
    public void pointsForEachArticleOfTheCategory() {
        List<Effect> effects = perArticle.onEvent(member().balance("POINTS", 3).context(Map.of("points", 2, "category", "coffee")),
                sale(line("coffee", 3, 250), line("cake", 2, 400)));
        assertEquals(Effect.credit(Asset.POINTS, 6, "Club"), effects.get(0));
        assertEquals(List.of("You earned 6 points. Balance: 9 points"), Events.texts(effects, Effect.Channel.RECEIPT));
    }

    @Test
    public void pointsForEveryGroupOfArticlesRoundedDown() {
        // 7 articles, 5 points for every 3: two complete groups
        List<Effect> effects = perArticle.onEvent(member().context(Map.of("points", 5, "articles", 3)),
                sale(line("coffee", 4, 250), line("cake", 3, 400)));
        assertEquals(Effect.credit(Asset.POINTS, 10, "Club"), effects.get(0));
        assertTrue(perArticle.onEvent(member().context(Map.of("articles", 3)), sale(line("coffee", 2, 250))).isEmpty());
    }

    @Test
    public void articlesPaidWithPointsEarnNothing() {
        assertTrue(perArticle.onEvent(member().context(Map.of()),
                paidSale(List.of(new TillPayment("POINTS", 500)), line("coffee", 2, 250))).isEmpty());
    }

    @Test
    public void aVisitEarnsOncePerBusinessDay() {
        var context = member().context(Map.of("points", 10));
        List<Effect> first = perVisit.onEvent(context, sale(line("coffee", 1, 250)));
        assertEquals(Effect.renew(Asset.of("VISITS:prog-1"), 1, "Club"), first.get(0));
        assertEquals(Effect.credit(Asset.POINTS, 10, "Club"), first.get(1));
        var sameDay = member().renewed("VISITS:prog-1", 1, Events.DAY).context(Map.of("points", 10));
        assertTrue(perVisit.onEvent(sameDay, sale(line("coffee", 1, 250))).isEmpty());
        var nextDay = member().renewed("VISITS:prog-1", 1, Events.DAY.minusDays(1)).context(Map.of("points", 10));
        assertEquals(Effect.credit(Asset.POINTS, 10, "Club"), perVisit.onEvent(nextDay, sale(line("coffee", 1, 250))).get(1));
    }

    @Test
    public void everySaleCountsWithoutTheDailyLimit() {
        List<Effect> effects = perVisit.onEvent(member().renewed("VISITS:prog-1", 1, Events.DAY).context(Map.of("oncePerDay", false)),
                sale(line("coffee", 1, 250)));
        assertEquals(Effect.credit(Asset.POINTS, 10, "Club"), effects.get(0));
    }

    @Test
    public void aVisitNeedsTheMinimumAndTheCategory() {
        var config = Map.<String, Object>of("minimumMinor", 500, "category", "menu");
        assertTrue(perVisit.onEvent(member().context(config), sale(line("menu", 1, 450))).isEmpty());
        assertTrue(perVisit.onEvent(member().context(config), sale(line("coffee", 4, 250))).isEmpty());
        assertEquals(3, perVisit.onEvent(member().context(config), sale(line("menu", 1, 500))).size());
    }

    @Test
    public void onlySalesCount() {
        assertTrue(perVisit.onEvent(member().context(Map.of()), Events.of(EventKind.LOOKUP, null)).isEmpty());
        assertTrue(perArticle.onEvent(member().context(Map.of()), Events.of(EventKind.REFUND, null)).isEmpty());
    }

    @Test
    public void validationNamesTheField() {
        assertEquals("articles", assertThrows(InvalidConfigException.class,
                () -> perArticle.validate(new ProgramConfig(Map.of("articles", 0)))).field());
        assertEquals("oncePerDay", assertThrows(InvalidConfigException.class,
                () -> perVisit.validate(new ProgramConfig(Map.of("oncePerDay", "maybe")))).field());
        assertEquals("category", assertThrows(InvalidConfigException.class,
                () -> perVisit.validate(new ProgramConfig(Map.of("category", "x".repeat(65))))).field());
    }
}
