package io.fidelis.programs.support;

import io.fidelis.api.event.TillEvent;
import io.fidelis.api.event.TillLine;

/**
 * What of a basket a program rewards, optionally only the lines of one article category
 * (a blank category means the whole basket).
 */
public final class Basket {

    private Basket() {
    }

    public static boolean allCategories(String category) {
        return category == null || category.isBlank();
    }

    public static long amountMinor(TillEvent event, String category) {
        return allCategories(category) ? event.totalMinor()
                : event.linesInCategory(category.trim()).stream().mapToLong(TillLine::amountMinor).sum();
    }

    public static long articles(TillEvent event, String category) {
        return allCategories(category) ? event.articleCount()
                : event.linesInCategory(category.trim()).stream().mapToLong(TillLine::quantity).sum();
    }

    /**
     * The money the member paid for the rewarded lines: what points, renewed credit or comps paid earns
     * nothing. With a category, loyalty-funded payments are spread over the basket in proportion to the
     * lines' amounts; the result is rounded down to the cent.
     */
    public static long moneyPaidMinor(TillEvent event, String category) {
        long paid = event.moneyPaidMinor();
        if (allCategories(category)) {
            return paid;
        }
        long total = event.totalMinor();
        if (total <= 0) {
            return 0;
        }
        return Math.multiplyExact(amountMinor(event, category), paid) / total;
    }
}
