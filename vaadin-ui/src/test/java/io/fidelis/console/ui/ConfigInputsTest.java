package io.fidelis.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import io.fidelis.console.api.ProgramType;

class ConfigInputsTest {

    private static final ProgramType CATALOGUE_AND_MORE = new ProgramType("demo", "Demo", "", List.of(
            new ProgramType.Field("stamps", "Stamps", "INTEGER", 10, 2L, 1000L, true),
            new ProgramType.Field("category", "Category", "TEXT", "", null, 64L, false),
            new ProgramType.Field("items", "Rewards", "TEXT", null, null, 4000L, true),
            new ProgramType.Field("monthly", "Monthly", "BOOLEAN", true, null, null, true)), List.of());

    private static Component input(ConfigInputs inputs, int index) {
        List<Component> list = new ArrayList<>();
        inputs.components().forEach(list::add);
        return list.get(index);
    }

    @Test
    void rendersEachFieldTypeWithItsBoundsAndDefaults() {
        ConfigInputs inputs = new ConfigInputs(CATALOGUE_AND_MORE, Map.of());

        IntegerField stamps = (IntegerField) input(inputs, 0);
        assertThat(stamps.getId()).hasValue("program-field-stamps");
        assertThat(stamps.getValue()).isEqualTo(10);
        assertThat(stamps.getMin()).isEqualTo(2);
        assertThat(stamps.getMax()).isEqualTo(1000);
        assertThat(input(inputs, 1)).isInstanceOf(TextField.class);
        assertThat(input(inputs, 2)).isInstanceOf(TextArea.class);
        assertThat(((Checkbox) input(inputs, 3)).getValue()).isTrue();
    }

    @Test
    void currentValuesWinAndEmptyFieldsAreLeftOut() {
        ConfigInputs inputs = new ConfigInputs(CATALOGUE_AND_MORE, Map.of("stamps", 8, "items", "coffee|Coffee|50", "monthly", false));

        assertThat(inputs.values()).containsExactly(Map.entry("stamps", 8), Map.entry("items", "coffee|Coffee|50"),
                Map.entry("monthly", false));
    }

    @Test
    void errorsAreShownOnTheirField() {
        ConfigInputs inputs = new ConfigInputs(CATALOGUE_AND_MORE, Map.of());

        assertThat(inputs.showError("stamps", "must be at least 2")).isTrue();
        assertThat(((IntegerField) input(inputs, 0)).isInvalid()).isTrue();
        assertThat(((IntegerField) input(inputs, 0)).getErrorMessage()).isEqualTo("must be at least 2");
        assertThat(inputs.showError("colour", "is not a field")).isFalse();
    }
}
