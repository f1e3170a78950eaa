package io.fidelis.programs.discount;

import static io.fidelis.programs.support.Events.line;
import static io.fidelis.programs.support.Events.member;
import static io.fidelis.programs.support.Events.sale;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.fidelis.api.event.EventKind;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.InvalidConfigException;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.programs.support.Events;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class DiscountCardTest {

    private static final Map<String, Object> RATES = Map.of("discounts", "VIP = 10; staff=20\nregular = 5");

    private final DiscountCard card = new DiscountCard();

    @Test
    public void aVipGetsTenPercentOffRoundedDown() {
        // 10 % of 12.99 EUR = 1.299
        List<Effect> effects = card.onEvent(member().category("vip").context(RATES), sale(line("food", 1, 1299)));
        assertEquals(List.of(new Effect.Discount(129, "Club 10%"), Effect.receiptMessage("Club 10%: -1.29 EUR")), effects);
    }

    @Test
    public void categoriesMatchIgnoringCase() {
        assertEquals(new Effect.Discount(200, "Club 20%"),
                card.onEvent(member().category("Staff").context(RATES), sale(line("food", 1, 1000))).get(0));
    }

    @Test
    public void otherCategoriesAndMembersWithoutOneGetNothing() {
        assertTrue(card.onEvent(member().category("guest").context(RATES), sale(line("food", 1, 1000))).isEmpty());
        assertTrue(card.onEvent(member().context(RATES), sale(line("food", 1, 1000))).isEmpty());
    }

    @Test
    public void onlyTheArticleCategoryIsDiscounted() {
        Map<String, Object> config = Map.of("discounts", "vip=10", "category", "food");
        assertEquals(new Effect.Discount(100, "Club 10%"),
                card.onEvent(member().category("vip").context(config), sale(line("food", 1, 1000), line("tobacco", 1, 1100))).get(0));
    }

    @Test
    public void onlySalesAndNoZeroDiscount() {
        assertTrue(card.onEvent(member().category("regular").context(RATES), sale(line("gum", 1, 19))).isEmpty());
        assertTrue(card.onEvent(member().category("vip").context(RATES), Events.of(EventKind.REDEEM, "x")).isEmpty());
    }

    @Test
    public void validationNamesTheFieldAndEntry() {
        assertEquals("discounts", assertThrows(InvalidConfigException.class, () -> card.validate(new ProgramConfig(Map.of()))).field());
        assertEquals("discounts entry 2: percent must be a whole number from 1 to 100", assertThrows(InvalidConfigException.class,
                () -> card.validate(new ProgramConfig(Map.of("discounts", "vip=10; staff=120")))).getMessage());
        assertEquals("discounts entry 1 must be category = percent", assertThrows(InvalidConfigException.class,
                () -> card.validate(new ProgramConfig(Map.of("discounts", "vip 10")))).getMessage());
        assertEquals("discounts entry 2: category 'vip' appears twice", assertThrows(InvalidConfigException.class,
                () -> card.validate(new ProgramConfig(Map.of("discounts", "vip=10; VIP=20")))).getMessage());
    }
}
