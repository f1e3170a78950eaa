package io.fidelis.itests.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.fidelis.itests.support.Till.line;
import static io.fidelis.itests.support.Till.sale;

/**
 * Tills selling and looking up cards without pause while something else happens (plugins deployed and removed):
 * every answer that is not a 201/200 is a failure; {@link #keyPrefix()} lets the test count what was booked.
 */
public final class TillLoop implements AutoCloseable {

    private final Till till;
    private final String staff;
    private final String keyPrefix = "loop-" + System.nanoTime() + "-";
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger sales = new AtomicInteger();
    private final AtomicInteger lookups = new AtomicInteger();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();

    public TillLoop(Till till, String staff, int tills) {
        this.till = till;
        this.staff = staff;
        for (int i = 0; i < tills; i++) {
            int n = i;
            Thread thread = new Thread(() -> run(n), "till-loop-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    private void run(int n) {
        String token = till.token();
        long tokenAt = System.nanoTime();
        int i = 0;
        while (running.get()) {
            if (System.nanoTime() - tokenAt > 60_000_000_000L) {
                token = till.token();
                tokenAt = System.nanoTime();
            }
            boolean lookup = i % 5 == 4;
            // a look-up is of a card this till has already sold to
            String card = "LOOP-" + n + "-" + (lookup ? (i / 5) % 4 : i % 5);
            try {
                if (lookup) {
                    Http.Answer answer = Http.get(till.api() + "/till/v1/cards/" + card, token);
                    lookups.incrementAndGet();
                    if (answer.status() != 200) {
                        failures.add("lookup " + answer);
                    }
                } else {
                    String key = keyPrefix + n + "-" + i;
                    Http.Answer answer = Http.post(till.api() + "/till/v1/transactions", token,
                            sale(card, staff, line("BEER-25", "drinks", 1 + i % 3, 450)), "Idempotency-Key", key);
                    JsonNode body = answer.status() == 201 ? answer.json() : null;
                    if (body == null || body.path("transactionId").asText().isBlank()) {
                        failures.add("sale " + answer);
                    } else {
                        sales.incrementAndGet();
                    }
                }
            } catch (RuntimeException e) {
                failures.add(e.toString());
            }
            i++;
        }
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public int sales() {
        return sales.get();
    }

    public int lookups() {
        return lookups.get();
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
    }
}
