package io.fidelis.ledger.internal.program;

import io.fidelis.api.event.TillEvent;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.ProgramContext;
import io.fidelis.api.program.ProgramType;
import io.fidelis.ledger.api.RuleRejectedException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls a program type with a time budget. A type that throws, returns nonsense or overruns its budget
 * turns into a clean rejection of the till call; the core and every other tenant carry on.
 */
public class ProgramRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProgramRunner.class);

    private final ExecutorService pool;
    private final long budgetMillis;
    private final Predicate<ProgramType> trusted;

    public ProgramRunner(long budgetMillis) {
        this(budgetMillis, type -> false);
    }

    /**
     * {@code trusted} types (the core's own standard programs) run on the caller's thread: no hand-over to the
     * pool on every sale. Their failures still become clean rejections; only a hang is not cut short.
     */
    public ProgramRunner(long budgetMillis, Predicate<ProgramType> trusted) {
        this.budgetMillis = budgetMillis;
        this.trusted = trusted;
        this.pool = Executors.newCachedThreadPool(daemonThreads());
    }

    public List<Effect> run(ProgramType type, ProgramContext context, TillEvent event) {
        if (trusted.test(type)) {
            try {
                return checked(type.onEvent(context, event));
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Program {} ({}) failed", context.programId(), type.describe().typeId(), e);
                throw unavailable(context);
            }
        }
        Future<List<Effect>> call = pool.submit(() -> type.onEvent(context, event));
        try {
            return checked(call.get(budgetMillis, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            call.cancel(true);
            LOG.warn("Program {} ({}) overran its {} ms budget", context.programId(), type.describe().typeId(), budgetMillis);
            throw unavailable(context);
        } catch (ExecutionException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            LOG.warn("Program {} ({}) failed", context.programId(), type.describe().typeId(), cause);
            throw unavailable(context);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(context);
        }
    }

    private static List<Effect> checked(List<Effect> effects) {
        if (effects == null || effects.stream().anyMatch(Objects::isNull)) {
            throw new IllegalStateException("returned a null effect list or effect");
        }
        return List.copyOf(effects);
    }

    private static RuleRejectedException unavailable(ProgramContext context) {
        return new RuleRejectedException("program-unavailable",
                "The loyalty program '" + context.programName() + "' could not process this sale; nothing was recorded");
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "fidelis-program-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
