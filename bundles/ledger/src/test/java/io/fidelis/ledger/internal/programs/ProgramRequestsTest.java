package io.fidelis.ledger.internal.programs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.fidelis.api.event.TillEvent;
import io.fidelis.api.program.ConfigField;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.api.program.ProgramContext;
import io.fidelis.api.program.ProgramDescriptor;
import io.fidelis.api.program.ProgramType;
import io.fidelis.ledger.api.FieldError;
import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.NewProgram;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class ProgramRequestsTest {

    private static final ConfigField STAMPS = ConfigField.integer("stamps", "Stamps", 10, 2, 100);

    private static final ProgramType STAMP_TYPE = new ProgramType() {
        @Override
        public ProgramDescriptor describe() {
            return new ProgramDescriptor("stamps", "Stamp card", "", List.of(STAMPS), List.of());
        }

        @Override
        public void validate(ProgramConfig config) {
            STAMPS.check(config);
        }

        @Override
        public List<Effect> onEvent(ProgramContext context, TillEvent event) {
            return List.of();
        }
    };

    private static Optional<ProgramType> installed(String typeId) {
        return "stamps".equals(typeId) ? Optional.of(STAMP_TYPE) : Optional.empty();
    }

    private static List<FieldError> errorsOf(NewProgram program) {
        return assertThrows(InvalidRequestException.class, () -> ProgramRequests.checkNew(program, ProgramRequestsTest::installed)).errors();
    }

    @Test
    public void aValidProgramReturnsItsType() {
        assertSame(STAMP_TYPE, ProgramRequests.checkNew(new NewProgram("coffee", "stamps", "Coffee card", Map.of("stamps", 8)),
                ProgramRequestsTest::installed));
    }

    @Test
    public void theIdComesFromTheNameWhenAbsent() {
        assertEquals("cafe-creme-card-2", ProgramRequests.idOf(new NewProgram(null, "stamps", "  Café Crème card #2!", Map.of())));
        assertEquals("x".repeat(48), ProgramRequests.slug("x".repeat(60)));
        assertEquals("", ProgramRequests.slug("!!!"));
    }

    @Test
    public void everyWrongFieldIsNamed() {
        assertEquals(List.of(new FieldError("id", "must be 1 to 48 lower-case letters, digits or dashes, starting with a letter or digit"),
                        new FieldError("name", "is required (at most 200 characters)"),
                        new FieldError("type", "is not an installed program type")),
                errorsOf(new NewProgram("Coffee_Card", "gone", " ", Map.of())));
    }

    @Test
    public void theTypeChecksItsConfigurationUnderConfigDot() {
        assertEquals(List.of(new FieldError("config.stamps", "must be at least 2")),
                errorsOf(new NewProgram("coffee", "stamps", "Coffee", Map.of("stamps", 1))));
    }

    @Test
    public void unknownConfigurationFieldsAreRefused() {
        assertEquals(List.of(new FieldError("config.colour", "is not a field of stamps")),
                errorsOf(new NewProgram("coffee", "stamps", "Coffee", Map.of("colour", "red"))));
    }

    @Test
    public void nestedValuesAreRefused() {
        assertTrue(errorsOf(new NewProgram("coffee", "stamps", "Coffee", Map.of("stamps", List.of(1))))
                .contains(new FieldError("config", "values must be numbers, text or true/false")));
    }

    @Test
    public void nullsMeanTheDefault() {
        Map<String, Object> config = new HashMap<>();
        config.put("stamps", null);
        List<FieldError> errors = new ArrayList<>();
        ProgramRequests.checkConfig(errors, STAMP_TYPE, config);
        assertTrue(errors.isEmpty());
        assertEquals(Map.of(), ProgramRequests.withoutNulls(config));
    }

    @Test
    public void aMissingBodyIsNamed() {
        assertEquals(List.of(new FieldError("body", "is required")), errorsOf(null));
    }
}
