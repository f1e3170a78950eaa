package io.fidelis.console.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import io.fidelis.console.api.AdminApiClient;
import io.fidelis.console.api.ApiException;
import io.fidelis.console.api.FieldError;
import io.fidelis.console.api.Program;
import io.fidelis.console.api.ProgramRequest;
import io.fidelis.console.api.ProgramType;

/**
 * Creates or edits a program in a dialog ({@code #program-form}); the configuration part is rendered
 * from the chosen type's descriptor. Refused fields are marked on the form, as the API names them.
 */
final class ProgramForm extends Dialog {

    private final AdminApiClient api;
    private final Program editing;
    private final Runnable onSaved;
    private final Select<ProgramType> type = new Select<>();
    private final TextField name = new TextField("Name");
    private final TextField programId = new TextField("Id");
    private final Paragraph description = new Paragraph();
    private final FormLayout config = new FormLayout();
    private ConfigInputs inputs;

    /** A new program, of one of the installed types. */
    static ProgramForm create(AdminApiClient api, List<ProgramType> types, Runnable onSaved) {
        return new ProgramForm(api, types, null, onSaved);
    }

    /** An existing program; its type is fixed. */
    static ProgramForm edit(AdminApiClient api, ProgramType type, Program program, Runnable onSaved) {
        return new ProgramForm(api, List.of(type), program, onSaved);
    }

    private ProgramForm(AdminApiClient api, List<ProgramType> types, Program editing, Runnable onSaved) {
        this.api = api;
        this.editing = editing;
        this.onSaved = onSaved;
        setId("program-form");
        setHeaderTitle(editing == null ? "New program" : "Edit " + editing.name());
        setWidth("36em");

        type.setId("program-form-type");
        type.setLabel("Program type");
        type.setItems(types);
        type.setItemLabelGenerator(ProgramType::name);
        type.addValueChangeListener(change -> showFields(change.getValue()));
        type.setReadOnly(editing != null);
        type.setWidthFull();
        name.setId("program-form-name");
        name.setRequired(true);
        name.setMaxLength(200);
        name.setWidthFull();
        programId.setId("program-form-id");
        programId.setHelperText("Lower-case letters, digits and dashes; left empty, it is made from the name");
        programId.setVisible(editing == null);
        programId.setWidthFull();
        description.addClassName("program-form-description");
        config.setId("program-form-config");
        config.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        add(type, description, name, programId, config);
        Button save = new Button("Save", click -> save());
        save.setId("program-form-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("program-form-cancel");
        getFooter().add(cancel, save);

        if (editing != null) {
            name.setValue(editing.name());
        }
        types.stream().findFirst().ifPresent(type::setValue);
    }

    private void showFields(ProgramType chosen) {
        config.removeAll();
        if (chosen == null) {
            return;
        }
        description.setText(chosen.description());
        inputs = new ConfigInputs(chosen, editing == null ? Map.of() : editing.config());
        inputs.components().forEach(config::add);
    }

    private void save() {
        ProgramType chosen = type.getValue();
        if (chosen == null) {
            type.setInvalid(true);
            type.setErrorMessage("Choose a program type");
            return;
        }
        ProgramRequest request = new ProgramRequest(programId.getValue().isBlank() ? null : programId.getValue().strip(),
                chosen.typeId(), name.getValue().strip(), inputs.values());
        try {
            if (editing == null) {
                api.createProgram(request);
            } else {
                api.updateProgram(editing.id(), request);
            }
            close();
            onSaved.run();
        } catch (ApiException e) {
            showErrors(e);
        }
    }

    private void showErrors(ApiException failure) {
        boolean unplaced = failure.errors().isEmpty();
        for (FieldError error : failure.errors()) {
            if (!showError(error)) {
                unplaced = true;
            }
        }
        if (unplaced) {
            ApiErrorNotification.show(failure);
        }
    }

    private boolean showError(FieldError error) {
        Optional<TextField> own = switch (error.field()) {
            case "name" -> Optional.of(name);
            case "id" -> Optional.of(programId);
            default -> Optional.empty();
        };
        if (own.isPresent()) {
            own.get().setErrorMessage(error.message());
            own.get().setInvalid(true);
            return true;
        }
        if (error.field().startsWith("config.") && inputs != null) {
            return inputs.showError(error.field().substring("config.".length()), error.message());
        }
        return false;
    }
}
