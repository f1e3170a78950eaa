package io.fidelis.programs.support;

import io.fidelis.api.program.ConfigField;
import io.fidelis.api.program.ProgramConfig;

/** Configuration fields several program types share. */
public final class Fields {

    public static final String CATEGORY = "category";

    private Fields() {
    }

    public static ConfigField category(String label) {
        return ConfigField.text(CATEGORY, label, "", 64, false);
    }

    public static String category(ProgramConfig config) {
        return config.getString(CATEGORY, "").trim();
    }

    public static void checkAll(ProgramConfig config, Iterable<ConfigField> fields) {
        for (ConfigField field : fields) {
            field.check(config);
        }
    }
}
