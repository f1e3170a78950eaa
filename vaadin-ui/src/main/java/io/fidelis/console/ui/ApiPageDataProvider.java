package io.fidelis.console.ui;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import com.vaadin.flow.data.provider.AbstractBackEndDataProvider;
import com.vaadin.flow.data.provider.Query;

import io.fidelis.console.api.ApiException;
import io.fidelis.console.api.Page;

/**
 * Lazy grid data from an offset/limit API that returns the total with each page. The first page,
 * fetched to learn the total, is kept for the grid's first fetch so opening a view costs one call.
 * Failures are shown as a notification and leave the grid empty.
 */
public class ApiPageDataProvider<T> extends AbstractBackEndDataProvider<T, Void> {

    /** Loads one page: items {@code offset .. offset+limit-1} and the total. */
    @FunctionalInterface
    public interface PageLoader<T> {
        Page<T> load(int offset, int limit);
    }

    private static final int FIRST_PAGE_SIZE = 50;

    private final PageLoader<T> loader;
    private final IntConsumer totalListener;
    private Page<T> firstPage;

    /** @param totalListener told the total after each count, or -1 when it could not be loaded */
    public ApiPageDataProvider(PageLoader<T> loader, IntConsumer totalListener) {
        this.loader = loader;
        this.totalListener = totalListener;
    }

    @Override
    protected int sizeInBackEnd(Query<T, Void> query) {
        firstPage = load(0, FIRST_PAGE_SIZE);
        if (firstPage == null) {
            totalListener.accept(-1);
            return 0;
        }
        int total = (int) Math.min(firstPage.total(), Integer.MAX_VALUE);
        totalListener.accept(total);
        return total;
    }

    @Override
    protected Stream<T> fetchFromBackEnd(Query<T, Void> query) {
        int offset = query.getOffset();
        int limit = query.getLimit();
        Page<T> cached = firstPage;
        firstPage = null;
        if (cached != null && offset == 0 && (limit <= cached.items().size() || cached.items().size() >= cached.total())) {
            List<T> items = cached.items();
            return items.subList(0, Math.min(limit, items.size())).stream();
        }
        Page<T> page = load(offset, limit);
        return page == null ? Stream.empty() : page.items().stream();
    }

    private Page<T> load(int offset, int limit) {
        try {
            return loader.load(offset, limit);
        } catch (ApiException e) {
            ApiErrorNotification.show(e);
            return null;
        }
    }
}
