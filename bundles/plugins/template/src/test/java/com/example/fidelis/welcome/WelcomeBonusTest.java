package com.example.fidelis.welcome;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.fidelis.api.Asset;
import io.fidelis.api.event.EventKind;
import io.fidelis.api.event.TillEvent;
import io.fidelis.api.event.TillLine;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.InvalidConfigException;
import io.fidelis.api.program.MemberState;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.api.program.ProgramContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class WelcomeBonusTest {

    private final WelcomeBonus program = new WelcomeBonus();

    private static TillEvent sale(long amountMinor) {
        return new TillEvent("demo-shop", "main", "main-1", "cashier1", "CARD-1", EventKind.SALE, Instant.now(), LocalDate.now(),
                "EUR", List.of(new TillLine("SHIRT", "clothes", 1, amountMinor)));
    }

    private static ProgramContext member(boolean enrolledNow, Map<String, Object> config) {
        return new ProgramContext("welcome", "Welcome bonus", new ProgramConfig(config),
                new MemberState("m1", null, enrolledNow, Map.of(), List.of()));
    }

    @Test
    public void aNewMemberGetsTheWelcomePoints() {
        assertEquals(List.of(Effect.credit(Asset.POINTS, 80, "Welcome bonus"), Effect.receiptMessage("Hello!"),
                        Effect.tillMessage("New member: 80 welcome points")),
                program.onEvent(member(true, Map.of("points", 80, "greeting", "Hello!")), sale(2500)));
    }

    @Test
    public void knownMembersAndSmallFirstBasketsGetNothing() {
        assertTrue(program.onEvent(member(false, Map.of()), sale(2500)).isEmpty());
        assertTrue(program.onEvent(member(true, Map.of("minBasketMinor", 3000)), sale(2500)).isEmpty());
    }

    @Test
    public void validationNamesTheField() {
        assertEquals("points", assertThrows(InvalidConfigException.class,
                () -> program.validate(new ProgramConfig(Map.of("points", 0)))).field());
        assertEquals("greeting", assertThrows(InvalidConfigException.class,
                () -> program.validate(new ProgramConfig(Map.of("greeting", "two\nlines")))).field());
        program.validate(new ProgramConfig(Map.of()));
    }
}
