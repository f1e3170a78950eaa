package io.fidelis.security.internal;

import io.fidelis.security.Caller;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens already verified, until they expire: a till sends the same token for minutes, and its signature
 * need not be checked again on every sale. Bounded; an expired token is never answered from here.
 */
final class VerifiedTokens {

    private record Entry(Caller caller, long expiresAtMillis) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private final Clock clock;

    VerifiedTokens(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    Optional<Caller> find(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return Optional.empty();
        }
        if (clock.millis() >= entry.expiresAtMillis()) {
            entries.remove(token);
            return Optional.empty();
        }
        return Optional.of(entry.caller());
    }

    void remember(String token, Caller caller, long expiresAtMillis) {
        if (entries.size() >= capacity) {
            long now = clock.millis();
            entries.values().removeIf(e -> now >= e.expiresAtMillis());
            if (entries.size() >= capacity) {
                entries.clear();
            }
        }
        entries.put(token, new Entry(caller, expiresAtMillis));
    }
}
