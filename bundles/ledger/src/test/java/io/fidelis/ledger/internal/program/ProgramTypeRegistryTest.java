package io.fidelis.ledger.internal.program;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.fidelis.api.event.TillEvent;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.api.program.ProgramContext;
import io.fidelis.api.program.ProgramDescriptor;
import io.fidelis.api.program.ProgramType;
import java.util.List;
import org.junit.Test;

public class ProgramTypeRegistryTest {

    private final ProgramTypeRegistry registry = new ProgramTypeRegistry();

    private static ProgramType type(String id) {
        return new ProgramType() {
            @Override
            public ProgramDescriptor describe() {
                return new ProgramDescriptor(id, "Type " + id, "", List.of(), List.of());
            }

            @Override
            public void validate(ProgramConfig config) {
            }

            @Override
            public List<Effect> onEvent(ProgramContext context, TillEvent event) {
                return List.of();
            }
        };
    }

    @Test
    public void removedTypeIsGoneSoItsProgramsAreSuspended() {
        ProgramType gym = type("gym-bonos");
        registry.addProgramType(gym, null);
        assertSame(gym, registry.find("gym-bonos").orElseThrow());
        registry.removeProgramType(gym);
        assertTrue(registry.find("gym-bonos").isEmpty());
        assertTrue(registry.installedWithBundles().isEmpty());
    }

    @Test
    public void anUpdateThatRegistersTheNewVersionFirstKeepsTheNewOne() {
        ProgramType old = type("gym-bonos");
        ProgramType updated = type("gym-bonos");
        registry.addProgramType(old, null);
        registry.addProgramType(updated, null);
        registry.removeProgramType(old);
        assertSame(updated, registry.find("gym-bonos").orElseThrow());
    }

    @Test
    public void whenTwoBundlesProvideATypeTheOtherStandsInWhenTheNewestGoes() {
        ProgramType fromFeature = type("gym-bonos");
        ProgramType fromDeployFolder = type("gym-bonos");
        registry.addProgramType(fromFeature, null);
        registry.addProgramType(fromDeployFolder, null);
        assertSame(fromDeployFolder, registry.find("gym-bonos").orElseThrow());
        registry.removeProgramType(fromDeployFolder);
        assertSame(fromFeature, registry.find("gym-bonos").orElseThrow());
        assertEquals(1, registry.installedWithBundles().size());
    }

    @Test
    public void installedTypesAreListedByIdWithTheirBundle() {
        registry.addProgramType(type("gym-bonos"), null);
        registry.addProgramType(type("bar-offerts"), null);
        assertEquals(List.of("bar-offerts", "gym-bonos"), registry.installedWithBundles().stream().map(t -> t.typeId()).toList());
        assertEquals(-1, registry.installedWithBundles().get(0).bundleId());
    }
}
