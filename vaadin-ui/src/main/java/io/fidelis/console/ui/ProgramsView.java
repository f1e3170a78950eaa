package io.fidelis.console.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.fidelis.console.api.AdminApiClient;
import io.fidelis.console.api.ApiException;
import io.fidelis.console.api.Program;
import io.fidelis.console.api.ProgramType;
import io.fidelis.console.format.TimestampFormat;
import io.fidelis.console.security.ConsoleRoles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The tenant's loyalty programs with their status. Merchant admins (and support) create, edit, suspend,
 * reactivate and archive them; merchant staff only see them.
 */
@Route(value = "programs", layout = MainLayout.class)
@PageTitle("Programs · Fidelis")
@RolesAllowed({ConsoleRoles.MERCHANT_ADMIN, ConsoleRoles.MERCHANT_STAFF, ConsoleRoles.SUPPORT})
public class ProgramsView extends ViewFrame {

    private final AdminApiClient api;
    private final boolean canChange;
    private final Grid<Program> grid = new Grid<>();
    private List<ProgramType> types = List.of();

    public ProgramsView(AdminApiClient api, AuthenticationContext authentication) {
        super("Programs", "programs-total", "program", "programs");
        this.api = api;
        this.canChange = authentication.hasAnyRole(ConsoleRoles.MERCHANT_ADMIN, ConsoleRoles.SUPPORT);
        configureGrid();
        if (canChange) {
            Button create = new Button("New program", VaadinIcon.PLUS.create(), click -> openNew());
            create.setId("programs-new");
            create.addThemeVariants(ButtonVariant.PRIMARY);
            addToolbar(create);
        }
        addGrid(grid, "No programs yet. Create one to reward your members at the till.");
        refresh();
    }

    private void refresh() {
        try {
            types = api.programTypes();
            List<Program> programs = api.programs();
            grid.setItems(programs);
            showTotal(programs.size());
        } catch (ApiException e) {
            grid.setItems(List.of());
            showTotal(-1);
            ApiErrorNotification.show(e);
        }
    }

    private void configureGrid() {
        grid.setId("programs-grid");
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(new ComponentRenderer<>(ProgramsView::nameCell)).setHeader("Program").setFlexGrow(2).setAutoWidth(true);
        grid.addColumn(p -> p.typeName() != null ? p.typeName() : p.type() + " (not installed)").setHeader("Type")
                .setFlexGrow(1).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(ProgramsView::statusCell)).setHeader("Status").setWidth("11em").setFlexGrow(0);
        grid.addColumn(ProgramsView::changed).setHeader("Last change").setWidth("16em").setFlexGrow(0);
        if (canChange) {
            grid.addColumn(new ComponentRenderer<>(this::actionsCell)).setHeader("").setWidth("19em").setFlexGrow(0);
        }
    }

    private static Component nameCell(Program program) {
        Span name = new Span(program.name());
        name.getElement().setAttribute("data-program-id", program.id());
        name.getElement().setAttribute("title", program.id());
        return name;
    }

    private static Component statusCell(Program program) {
        String status = program.status().toLowerCase(Locale.ROOT);
        Badge badge = new Badge(program.typeInstalled() || program.archived()
                ? Character.toUpperCase(status.charAt(0)) + status.substring(1) : "Type not installed");
        badge.getElement().setAttribute("data-status", program.status());
        badge.getElement().setAttribute("data-program-id", program.id());
        return badge;
    }

    private static String changed(Program program) {
        if (program.updatedAt() == null) {
            return "";
        }
        String when = TimestampFormat.date(program.updatedAt(), ClientFormats.zone());
        return program.updatedBy() == null ? when : when + " by " + program.updatedBy();
    }

    private Component actionsCell(Program program) {
        HorizontalLayout actions = new HorizontalLayout();
        if (program.archived()) {
            return actions;
        }
        actions.add(action(program, "edit", "Edit", click -> openEdit(program)));
        if ("ACTIVE".equals(program.status())) {
            actions.add(action(program, "suspend", "Suspend", click -> run(program, "suspend")));
        } else {
            actions.add(action(program, "activate", "Activate", click -> run(program, "activate")));
        }
        actions.add(action(program, "archive", "Archive", click -> confirmArchive(program)));
        return actions;
    }

    private static Button action(Program program, String action, String label,
                                 ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(label, listener);
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        button.getElement().setAttribute("data-action", action);
        button.getElement().setAttribute("data-program-id", program.id());
        return button;
    }

    private void openNew() {
        if (types.isEmpty()) {
            ApiErrorNotification.show("No program type is installed", "Ask support to install the program types you need.");
            return;
        }
        ProgramForm.create(api, types, this::refresh).open();
    }

    private void openEdit(Program program) {
        Optional<ProgramType> type = types.stream().filter(t -> t.typeId().equals(program.type())).findFirst();
        if (type.isEmpty()) {
            ApiErrorNotification.show("This program's type is not installed",
                    "Its configuration can be changed again once the type " + program.type() + " is back.");
            return;
        }
        ProgramForm.edit(api, type.get(), program, this::refresh).open();
    }

    private void run(Program program, String action) {
        try {
            api.programAction(program.id(), action);
        } catch (ApiException e) {
            ApiErrorNotification.show(e);
        }
        refresh();
    }

    private void confirmArchive(Program program) {
        ConfirmDialog confirm = new ConfirmDialog("Archive " + program.name() + "?",
                "The program stops for good and can no longer be changed. Members keep their balances.",
                "Archive", click -> run(program, "archive"));
        confirm.setId("program-archive-confirm");
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
