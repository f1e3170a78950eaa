package io.fidelis.ledger.internal.programs;

import io.fidelis.api.program.ConfigField;
import io.fidelis.api.program.InvalidConfigException;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.api.program.ProgramType;
import io.fidelis.ledger.api.FieldError;
import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.NewProgram;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks what a merchant sends about a program; every error names its field, nothing is written on error. */
final class ProgramRequests {

    /** The program id scopes its assets ({@code STAMPS:<id>}), so it follows the asset scope syntax. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,47}");
    static final int MAX_NAME = 200;

    private ProgramRequests() {
    }

    /** The checked program type of a new program; the id is derived from the name when absent. */
    static ProgramType checkNew(NewProgram program, Function<String, Optional<ProgramType>> types) {
        if (program == null) {
            throw new InvalidRequestException("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String id = idOf(program);
        if (!ID.matcher(id).matches()) {
            errors.add(new FieldError("id", "must be 1 to 48 lower-case letters, digits or dashes, starting with a letter or digit"));
        }
        checkName(errors, program.name());
        Optional<ProgramType> type = program.type() == null ? Optional.empty() : types.apply(program.type());
        if (type.isEmpty()) {
            errors.add(new FieldError("type", "is not an installed program type"));
        } else {
            checkConfig(errors, type.get(), program.config());
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return type.get();
    }

    static String idOf(NewProgram program) {
        if (program.id() != null && !program.id().isBlank()) {
            return program.id();
        }
        return slug(program.name());
    }

    /** "Café Crème Card!" becomes "cafe-creme-card". */
    static String slug(String name) {
        if (name == null) {
            return "";
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 48 ? slug.substring(0, 48).replaceAll("-+$", "") : slug;
    }

    static void checkName(List<FieldError> errors, String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "is required (at most " + MAX_NAME + " characters)"));
        }
    }

    /** The type's own validation, plus: no field the type does not describe. */
    static void checkConfig(List<FieldError> errors, ProgramType type, Map<String, Object> config) {
        Map<String, Object> values = config == null ? Map.of() : config;
        Set<String> known = type.describe().fields().stream().map(ConfigField::name).collect(Collectors.toSet());
        values.keySet().stream().filter(key -> !known.contains(key)).sorted()
                .forEach(key -> errors.add(new FieldError("config." + key, "is not a field of " + type.describe().typeId())));
        if (values.values().stream().anyMatch(v -> v instanceof Map || v instanceof List)) {
            errors.add(new FieldError("config", "values must be numbers, text or true/false"));
            return;
        }
        try {
            type.validate(new ProgramConfig(withoutNulls(values)));
        } catch (InvalidConfigException e) {
            errors.add(new FieldError("config." + e.field(), e.getMessage().substring(e.field().length()).trim()));
        }
    }

    /** A JSON null means "use the default", which is what an absent field means to a type. */
    static Map<String, Object> withoutNulls(Map<String, Object> config) {
        return config == null ? Map.of() : config.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
