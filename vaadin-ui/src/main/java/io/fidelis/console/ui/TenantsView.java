package io.fidelis.console.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import io.fidelis.console.api.ApiException;
import io.fidelis.console.api.Onboarded;
import io.fidelis.console.api.OnboardingForm;
import io.fidelis.console.api.TenantSummary;
import io.fidelis.console.api.TenantsApiClient;
import io.fidelis.console.security.ConsoleRoles;
import jakarta.annotation.security.RolesAllowed;

/** Support's screen: every tenant with its status, onboarding a merchant in one step, suspending and reactivating. */
@Route(value = "support/tenants", layout = MainLayout.class)
@PageTitle("Tenants · Fidelis")
@RolesAllowed(ConsoleRoles.SUPPORT)
public class TenantsView extends ViewFrame {

    private final TenantsApiClient api;
    private final Grid<TenantSummary> grid = new Grid<>();

    public TenantsView(TenantsApiClient api) {
        super("Tenants", "tenants-total", "tenant", "tenants");
        this.api = api;
        Button onboard = new Button("Onboard a merchant", VaadinIcon.PLUS.create(), click -> openOnboarding());
        onboard.setId("tenants-onboard");
        onboard.addThemeVariants(ButtonVariant.PRIMARY);
        addToolbar(onboard);
        configureGrid();
        addGrid(grid, "No tenants yet. Onboard the first merchant.");
        refresh();
    }

    private void configureGrid() {
        grid.setId("tenants-grid");
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(TenantSummary::tenantId).setHeader("Tenant").setAutoWidth(true);
        grid.addColumn(TenantSummary::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(TenantSummary::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(TenantSummary::currency).setHeader("Currency").setAutoWidth(true);
        grid.addColumn(TenantSummary::timezone).setHeader("Time zone").setAutoWidth(true);
        grid.addColumn(t -> t.dayCutoffHour() + ":00").setHeader("Day ends").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("").setAutoWidth(true);
    }

    private Button actions(TenantSummary tenant) {
        Button button = tenant.suspended()
                ? new Button("Reactivate", click -> change(() -> api.activate(tenant.tenantId()), tenant.tenantId() + " reactivated"))
                : new Button("Suspend", click -> change(() -> api.suspend(tenant.tenantId()), tenant.tenantId() + " suspended"));
        button.setId("tenant-" + (tenant.suspended() ? "activate-" : "suspend-") + tenant.tenantId());
        button.addThemeVariants(ButtonVariant.SMALL, tenant.suspended() ? ButtonVariant.SUCCESS : ButtonVariant.ERROR);
        return button;
    }

    private void change(Runnable call, String done) {
        try {
            call.run();
            Notification.show(done);
        } catch (ApiException e) {
            ApiErrorNotification.show(e);
        }
        refresh();
    }

    private void refresh() {
        try {
            List<TenantSummary> tenants = api.tenants();
            grid.setItems(tenants);
            showTotal(tenants.size());
        } catch (ApiException e) {
            showTotal(-1);
            ApiErrorNotification.show(e);
        }
    }

    private void openOnboarding() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Onboard a merchant");
        TextField tenantId = new TextField("Tenant id");
        tenantId.setId("onboard-tenant-id");
        tenantId.setHelperText("lower-case letters, digits and dashes, e.g. la-nuit");
        TextField name = new TextField("Merchant name");
        name.setId("onboard-name");
        ComboBox<String> template = new ComboBox<>("Merchant type");
        template.setId("onboard-template");
        try {
            template.setItems(api.templates());
        } catch (ApiException e) {
            ApiErrorNotification.show(e);
        }
        TextField admin = new TextField("Admin username");
        admin.setId("onboard-admin");
        EmailField email = new EmailField("Admin e-mail");
        email.setId("onboard-email");
        IntegerField tills = new IntegerField("Tills");
        tills.setId("onboard-tills");
        tills.setValue(1);
        tills.setMin(0);
        tills.setMax(50);
        tills.setStepButtonsVisible(true);
        FormLayout form = new FormLayout(tenantId, name, template, tills, admin, email);
        dialog.add(form);

        Button create = new Button("Onboard", click -> {
            try {
                Onboarded result = api.onboard(new OnboardingForm(tenantId.getValue().strip(), name.getValue().strip(),
                        template.getValue(), admin.getValue().strip(), email.getValue().strip(),
                        tills.getValue() == null ? 1 : tills.getValue()));
                dialog.close();
                showCredentials(result);
                refresh();
            } catch (ApiException e) {
                ApiErrorNotification.show(e);
            }
        });
        create.setId("onboard-submit");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), create);
        dialog.open();
    }

    /** Shown once: the temporary password and the till secrets are not stored anywhere support can read them again. */
    private void showCredentials(Onboarded result) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(result.tenant().name() + " is ready");
        StringBuilder text = new StringBuilder();
        text.append("Console login  ").append(result.admin().username());
        text.append(result.admin().existingAccount() ? "  (existing account, password unchanged)"
                : "  temporary password " + result.admin().temporaryPassword()).append('\n');
        for (Onboarded.Till till : result.tills()) {
            text.append("Till ").append(till.clientId()).append("  secret ").append(till.clientSecret()).append('\n');
        }
        text.append("Token URL  ").append(result.tokenUrl());
        Pre credentials = new Pre(text.toString());
        credentials.setId("onboard-credentials");
        dialog.add(new Paragraph("Onboarded in " + result.durationMillis() + " ms. Hand these to the merchant now: "
                + "they are shown only once."), new Div(credentials));
        dialog.getFooter().add(new Button("Done", click -> dialog.close()));
        dialog.open();
    }
}
