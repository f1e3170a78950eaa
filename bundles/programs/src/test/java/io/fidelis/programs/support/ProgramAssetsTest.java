package io.fidelis.programs.support;

import static org.junit.Assert.assertEquals;

import io.fidelis.api.program.MemberState;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.api.program.ProgramContext;
import java.util.Map;
import org.junit.Test;

public class ProgramAssetsTest {

    private static ProgramContext program(String id) {
        return new ProgramContext(id, "P", new ProgramConfig(Map.of()), MemberState.withBalances("m", null, Map.of()));
    }

    @Test
    public void validIdsAreTheScope() {
        assertEquals("STAMPS:coffee-card", ProgramAssets.of("STAMPS", program("coffee-card")).code());
    }

    @Test
    public void otherIdsAreMadeValid() {
        assertEquals("TIER:gold-club-2", ProgramAssets.of("TIER", program("Gold.Club_2")).code());
        assertEquals("TIER:p-x", ProgramAssets.of("TIER", program("_x")).code());
        assertEquals(48, ProgramAssets.of("TIER", program("a".repeat(60))).code().length() - "TIER:".length());
    }
}
