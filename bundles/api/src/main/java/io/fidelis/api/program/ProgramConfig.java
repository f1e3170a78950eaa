package io.fidelis.api.program;

import java.util.Map;

/** A merchant's configuration of one program, as validated values keyed by field name. */
public final class ProgramConfig {

    private final Map<String, Object> values;

    public ProgramConfig(Map<String, ?> values) {
        this.values = Map.copyOf(values);
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    public long getLong(String field) {
        Object value = values.get(field);
        if (value instanceof Number number) {
            if (number.doubleValue() != Math.rint(number.doubleValue())) {
                throw new InvalidConfigException(field, "must be a whole number");
            }
            return number.longValue();
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw new InvalidConfigException(field, "must be a whole number");
            }
        }
        throw new InvalidConfigException(field, value == null ? "is required" : "must be a whole number");
    }

    public long getLong(String field, long defaultValue) {
        return has(field) ? getLong(field) : defaultValue;
    }

    public String getString(String field, String defaultValue) {
        Object value = values.get(field);
        return value == null ? defaultValue : value.toString();
    }

    public boolean getBoolean(String field, boolean defaultValue) {
        Object value = values.get(field);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new InvalidConfigException(field, "must be true or false");
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
