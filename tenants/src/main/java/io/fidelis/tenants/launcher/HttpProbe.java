package io.fidelis.tenants.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.IntPredicate;

/** Polls a URL until its status says a service is up. */
public final class HttpProbe {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpProbe() {
    }

    /** The status of a GET, or -1 when nothing answers. */
    public static int status(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Waits until {@code url} answers a status {@code ready} accepts; fails early, with its log, when
     * {@code process} (may be null) dies.
     */
    public static void await(String what, String url, IntPredicate ready, Duration timeout, ManagedProcess process) {
        await(what, url, ready, timeout, process, null);
    }

    /** Like {@link #await(String, String, IntPredicate, Duration, ManagedProcess)}, failing early when the process logs {@code fatalLogText}. */
    public static void await(String what, String url, IntPredicate ready, Duration timeout, ManagedProcess process,
                             String fatalLogText) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = status(url);
            if (ready.test(last)) {
                return;
            }
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(what + " exited before it was ready\n" + process.logTail(40));
            }
            if (fatalLogText != null && process != null && process.logContains(fatalLogText)) {
                throw new IllegalStateException(what + " failed: its log says \"" + fatalLogText + "\"\n" + process.logTail(40));
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(what + " not ready after " + timeout.toSeconds() + " s (" + url + " last answered "
                + (last < 0 ? "nothing" : String.valueOf(last)) + ")" + (process == null ? "" : "\n" + process.logTail(40)));
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
