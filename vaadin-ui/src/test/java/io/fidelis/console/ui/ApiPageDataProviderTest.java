package io.fidelis.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.data.provider.Query;

import io.fidelis.console.api.Page;

class ApiPageDataProviderTest {

    private final List<String> calls = new ArrayList<>();
    private final List<Integer> totals = new ArrayList<>();
    private final ApiPageDataProvider<Integer> provider = new ApiPageDataProvider<>((offset, limit) -> {
        calls.add(offset + "+" + limit);
        return new Page<>(120, IntStream.range(offset, Math.min(offset + limit, 120)).boxed().toList());
    }, totals::add);

    @Test
    void opensWithOneCallAndPagesOnWithOffsetAndLimit() {
        int size = provider.size(new Query<>());
        List<Integer> first = provider.fetch(new Query<>(0, 50, List.of(), null, null)).toList();
        List<Integer> second = provider.fetch(new Query<>(50, 50, List.of(), null, null)).toList();

        assertThat(size).isEqualTo(120);
        assertThat(totals).containsExactly(120);
        assertThat(first).hasSize(50).startsWith(0);
        assertThat(second).hasSize(50).startsWith(50);
        assertThat(calls).containsExactly("0+50", "50+50");
    }

    @Test
    void fetchesAgainWhenTheGridAsksForMoreThanTheFirstPage() {
        provider.size(new Query<>());
        List<Integer> rows = provider.fetch(new Query<>(0, 100, List.of(), null, null)).toList();

        assertThat(rows).hasSize(100);
        assertThat(calls).containsExactly("0+50", "0+100");
    }
}
