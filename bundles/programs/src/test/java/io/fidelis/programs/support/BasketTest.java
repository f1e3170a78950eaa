package io.fidelis.programs.support;

import static io.fidelis.programs.support.Events.line;
import static io.fidelis.programs.support.Events.paidSale;
import static io.fidelis.programs.support.Events.sale;
import static org.junit.Assert.assertEquals;

import io.fidelis.api.event.TillPayment;
import java.util.List;
import org.junit.Test;

public class BasketTest {

    @Test
    public void wholeBasketPaidWithMoney() {
        var event = sale(line("food", 2, 500), line("drinks", 1, 300));
        assertEquals(1300, Basket.moneyPaidMinor(event, ""));
        assertEquals(3, Basket.articles(event, null));
    }

    @Test
    public void categoryOnly() {
        var event = sale(line("food", 2, 500), line("drinks", 1, 300));
        assertEquals(300, Basket.amountMinor(event, "drinks"));
        assertEquals(2, Basket.articles(event, " food "));
        assertEquals(0, Basket.articles(event, "tobacco"));
    }

    @Test
    public void pointsPaymentsAreSpreadOverTheBasketRoundingDown() {
        // 1300 total, 400 paid with points: 900 of money, of which drinks' share is 300 * 900 / 1300 = 207.69
        var event = paidSale(List.of(new TillPayment("POINTS", 400), new TillPayment("CARD", 900)),
                line("food", 2, 500), line("drinks", 1, 300));
        assertEquals(900, Basket.moneyPaidMinor(event, null));
        assertEquals(207, Basket.moneyPaidMinor(event, "drinks"));
    }

    @Test
    public void emptyBasketPaysNothing() {
        assertEquals(0, Basket.moneyPaidMinor(sale(), "food"));
    }
}
