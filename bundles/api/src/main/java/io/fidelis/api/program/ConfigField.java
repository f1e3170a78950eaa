package io.fidelis.api.program;

/** One field of a program type's configuration form, with its bounds; the console renders forms from these. */
public record ConfigField(String name, String label, FieldType type, Object defaultValue, Long min, Long max, boolean required) {

    public enum FieldType { INTEGER, TEXT, BOOLEAN }

    public static ConfigField integer(String name, String label, long defaultValue, long min, long max) {
        return new ConfigField(name, label, FieldType.INTEGER, defaultValue, min, max, true);
    }

    /** A text field; {@code maxLength} bounds it. A null default with {@code required} makes it mandatory. */
    public static ConfigField text(String name, String label, String defaultValue, long maxLength, boolean required) {
        return new ConfigField(name, label, FieldType.TEXT, defaultValue, null, maxLength, required);
    }

    public static ConfigField bool(String name, String label, boolean defaultValue) {
        return new ConfigField(name, label, FieldType.BOOLEAN, defaultValue, null, null, true);
    }

    /** Checks a configuration value against this field's type and bounds. */
    public void check(ProgramConfig config) {
        if (!config.has(name)) {
            if (required && defaultValue == null) {
                throw new InvalidConfigException(name, "is required");
            }
            return;
        }
        if (type == FieldType.INTEGER) {
            long value = config.getLong(name);
            if (min != null && value < min) {
                throw new InvalidConfigException(name, "must be at least " + min);
            }
            if (max != null && value > max) {
                throw new InvalidConfigException(name, "must be at most " + max);
            }
        } else if (type == FieldType.TEXT) {
            String value = config.getString(name, "");
            if (required && value.isBlank()) {
                throw new InvalidConfigException(name, "is required");
            }
            if (max != null && value.length() > max) {
                throw new InvalidConfigException(name, "must be at most " + max + " characters");
            }
        } else if (type == FieldType.BOOLEAN) {
            config.getBoolean(name, false);
        }
    }
}
