package io.fidelis.tenants;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;

public class DemoHistoryTest {

    private final TenantSpec bar = TenantFiles.fromClasspath().tenant("demo/demo-bar.json");
    private final LocalDate today = LocalDate.of(2026, 11, 23);

    @Test
    public void threeWeeksOfSalesEveryDayWithinTheWindow() {
        List<DemoHistory.Sale> sales = new DemoHistory(bar, today, 21).sales(40);

        Set<LocalDate> days = sales.stream().map(s -> s.occurredAt().atZone(ZoneId.of("Europe/Paris")).toLocalDate())
                .collect(Collectors.toSet());
        assertTrue(sales.size() + " sales", sales.size() > 21 * 10);
        assertTrue(days.size() + " days", days.size() >= 21);
        assertTrue(sales.stream().allMatch(s -> s.businessDay().isBefore(today) && !s.businessDay().isBefore(today.minusDays(21))));
        assertTrue("several members come back", sales.stream().map(DemoHistory.Sale::member).distinct().count() > 10);
    }

    @Test
    public void aSaleAfterMidnightBelongsToTheNightBeforeAndEarnsOnePointPerEuro() {
        for (DemoHistory.Sale sale : new DemoHistory(bar, today, 21).sales(40)) {
            ZonedDateTime local = sale.occurredAt().atZone(ZoneId.of("Europe/Paris"));
            LocalDate expected = local.getHour() < 6 ? local.toLocalDate().minusDays(1) : local.toLocalDate();
            assertEquals(expected, sale.businessDay());
            assertEquals(sale.totalMinor() / 100, sale.points());
            long total = 0;
            for (int i = 0; i < sale.lines().size(); i++) {
                total += sale.lines().get(i).unitPriceMinor() * sale.quantities().get(i);
            }
            assertEquals(total, sale.totalMinor());
        }
    }

    @Test
    public void theSameTenantAndDayGiveTheSameHistory() {
        assertEquals(new DemoHistory(bar, today, 21).sales(40), new DemoHistory(bar, today, 21).sales(40));
    }
}
