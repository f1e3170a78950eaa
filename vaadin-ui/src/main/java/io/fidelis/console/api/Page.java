package io.fidelis.console.api;

import java.util.List;

/** One slice of a list answer: {@code total} counts all matches, not only {@code items}. */
public record Page<T>(long total, List<T> items) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
