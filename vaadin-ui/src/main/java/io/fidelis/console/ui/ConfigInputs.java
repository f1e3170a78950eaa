package io.fidelis.console.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import io.fidelis.console.api.ProgramType;

/**
 * The inputs of a program type's configuration form, built from its descriptor alone (so a plugin's
 * program type gets its form without console code): a number field per INTEGER with its bounds, a text
 * field (a text area for long lists) per TEXT, a checkbox per BOOLEAN. Ids are {@code program-field-<name>}.
 */
final class ConfigInputs {

    static final int TEXT_AREA_FROM = 200;

    private final Map<String, Component> inputs = new LinkedHashMap<>();

    ConfigInputs(ProgramType type, Map<String, Object> current) {
        for (ProgramType.Field field : type.fields()) {
            Object value = current.containsKey(field.name()) ? current.get(field.name()) : field.defaultValue();
            Component input = switch (field.type()) {
                case "INTEGER" -> integer(field, value);
                case "BOOLEAN" -> checkbox(field, value);
                default -> text(field, value);
            };
            input.setId("program-field-" + field.name());
            inputs.put(field.name(), input);
        }
    }

    Iterable<Component> components() {
        return inputs.values();
    }

    /** The values filled in; an empty field is left out, which means the type's default. */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        inputs.forEach((name, input) -> {
            Object value = switch (input) {
                case IntegerField number -> number.getValue();
                case Checkbox box -> box.getValue();
                case TextArea area -> blankToNull(area.getValue());
                case TextField text -> blankToNull(text.getValue());
                default -> null;
            };
            if (value != null) {
                values.put(name, value);
            }
        });
        return values;
    }

    /** Marks the input of that field wrong; false if the form has no such field. */
    boolean showError(String field, String message) {
        if (inputs.get(field) instanceof HasValidation input) {
            input.setErrorMessage(message);
            input.setInvalid(true);
            return true;
        }
        return false;
    }

    private static IntegerField integer(ProgramType.Field field, Object value) {
        IntegerField input = new IntegerField(field.label());
        if (field.min() != null) {
            input.setMin(clamp(field.min()));
        }
        if (field.max() != null) {
            input.setMax(clamp(field.max()));
        }
        if (field.min() != null && field.max() != null) {
            input.setHelperText("From " + field.min() + " to " + field.max());
        }
        if (value instanceof Number number) {
            input.setValue(clamp(number.longValue()));
        } else if (value != null) {
            try {
                input.setValue(clamp(Long.parseLong(value.toString().trim())));
            } catch (NumberFormatException e) {
                input.clear();
            }
        }
        input.setRequiredIndicatorVisible(field.required() && field.defaultValue() == null);
        input.setWidthFull();
        return input;
    }

    private static Checkbox checkbox(ProgramType.Field field, Object value) {
        Checkbox input = new Checkbox(field.label());
        input.setValue(value instanceof Boolean flag ? flag : Boolean.parseBoolean(String.valueOf(value)));
        return input;
    }

    private static Component text(ProgramType.Field field, Object value) {
        String text = value == null ? "" : value.toString();
        boolean list = field.max() != null && field.max() > TEXT_AREA_FROM;
        if (list) {
            TextArea area = new TextArea(field.label(), text, "");
            area.setMaxLength(clamp(field.max()));
            area.setRequiredIndicatorVisible(field.required() && field.defaultValue() == null);
            area.setWidthFull();
            area.setMinHeight("6em");
            return area;
        }
        TextField input = new TextField(field.label(), text, "");
        if (field.max() != null) {
            input.setMaxLength(clamp(field.max()));
        }
        input.setRequiredIndicatorVisible(field.required() && field.defaultValue() == null);
        input.setWidthFull();
        return input;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static int clamp(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }
}
