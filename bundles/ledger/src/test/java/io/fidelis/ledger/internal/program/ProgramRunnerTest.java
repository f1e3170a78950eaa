package io.fidelis.ledger.internal.program;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.fidelis.api.Asset;
import io.fidelis.api.event.EventKind;
import io.fidelis.api.event.TillEvent;
import io.fidelis.api.event.TillLine;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.MemberState;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.api.program.ProgramContext;
import io.fidelis.api.program.ProgramDescriptor;
import io.fidelis.api.program.ProgramType;
import io.fidelis.ledger.api.RuleRejectedException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.After;
import org.junit.Test;

public class ProgramRunnerTest {

    private final ProgramRunner runner = new ProgramRunner(200);

    @After
    public void close() {
        runner.close();
    }

    private static ProgramType behaving(Supplier<List<Effect>> behaviour) {
        return new ProgramType() {
            @Override
            public ProgramDescriptor describe() {
                return new ProgramDescriptor("test", "Test", "", List.of(), List.of());
            }

            @Override
            public void validate(ProgramConfig config) {
            }

            @Override
            public List<Effect> onEvent(ProgramContext context, TillEvent event) {
                return behaviour.get();
            }
        };
    }

    private static final ProgramContext CONTEXT = new ProgramContext("p1", "Points", new ProgramConfig(Map.of()),
            MemberState.withBalances("m1", null, Map.of()));
    private static final TillEvent EVENT = new TillEvent("t", "s", "till", "staff", "card", EventKind.SALE, Instant.now(),
            LocalDate.now(), "EUR", List.of(new TillLine("sku", "cat", 1, 100)));

    @Test
    public void returnsTheEffectsOfAWellBehavedProgram() {
        List<Effect> effects = runner.run(behaving(() -> List.of(Effect.credit(Asset.POINTS, 1, "x"))), CONTEXT, EVENT);
        assertEquals(List.of(Effect.credit(Asset.POINTS, 1, "x")), effects);
    }

    @Test
    public void aThrowingProgramBecomesACleanRejection() {
        RuleRejectedException rejected = assertThrows(RuleRejectedException.class,
                () -> runner.run(behaving(() -> { throw new IllegalStateException("bug"); }), CONTEXT, EVENT));
        assertEquals("program-unavailable", rejected.code());
        assertTrue(rejected.getMessage().contains("Points"));
    }

    @Test
    public void aHangingProgramIsCutOffAtItsBudget() {
        long start = System.nanoTime();
        assertThrows(RuleRejectedException.class, () -> runner.run(behaving(() -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }), CONTEXT, EVENT));
        assertTrue("took " + (System.nanoTime() - start) / 1_000_000 + " ms", System.nanoTime() - start < 5_000_000_000L);
    }

    @Test
    public void nullEffectsAreRefused() {
        assertThrows(RuleRejectedException.class, () -> runner.run(behaving(() -> null), CONTEXT, EVENT));
        assertThrows(RuleRejectedException.class, () -> runner.run(behaving(() -> Arrays.asList((Effect) null)), CONTEXT, EVENT));
    }

    @Test
    public void aTrustedProgramRunsOnTheCallersThreadAndItsFailureIsStillARejection() {
        Thread caller = Thread.currentThread();
        try (ProgramRunner inline = new ProgramRunner(200, type -> true)) {
            List<Effect> effects = inline.run(behaving(() -> List.of(Effect.tillMessage(
                    Thread.currentThread() == caller ? "inline" : "pooled"))), CONTEXT, EVENT);
            assertEquals(List.of(Effect.tillMessage("inline")), effects);

            RuleRejectedException refused = assertThrows(RuleRejectedException.class,
                    () -> inline.run(behaving(() -> { throw new IllegalStateException("bug"); }), CONTEXT, EVENT));
            assertEquals("program-unavailable", refused.code());
        }
    }
}
