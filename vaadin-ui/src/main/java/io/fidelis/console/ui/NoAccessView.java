package io.fidelis.console.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.fidelis.console.security.ConsoleRoles;
import jakarta.annotation.security.PermitAll;

/**
 * Shown instead of a screen the signed-in user has no role for, e.g. a till account or a user
 * not yet given a merchant role. Deliberately outside {@link MainLayout}: that calls the admin
 * API, which would refuse this user too.
 */
@PageTitle("No access · Fidelis")
@PermitAll
public class NoAccessView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    public NoAccessView(AuthenticationContext authentication) {
        setId("no-access");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("no-access");

        Icon icon = VaadinIcon.LOCK.create();
        icon.addClassName("no-access-icon");
        String user = authentication.getPrincipalName().orElse("Your account");
        Paragraph explanation = new Paragraph(user + " is signed in but has no role that opens the merchant "
                + "console (" + String.join(", ", ConsoleRoles.MERCHANT_ADMIN, ConsoleRoles.MERCHANT_STAFF,
                ConsoleRoles.SUPPORT) + "). Ask your Fidelis administrator for access, then sign in again.");
        explanation.addClassName("no-access-text");
        Button logout = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.setId("no-access-logout");
        logout.addThemeVariants(ButtonVariant.PRIMARY);
        add(icon, new H2("No access"), explanation, logout);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return 403;
    }
}
