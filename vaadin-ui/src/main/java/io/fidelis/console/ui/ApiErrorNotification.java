package io.fidelis.console.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import io.fidelis.console.api.ApiException;

/** Shows a failed admin API call to the merchant: the problem's title, then its detail. */
public final class ApiErrorNotification {

    public static final String ID = "api-error";

    private ApiErrorNotification() {
    }

    public static void show(ApiException error) {
        show(error.title(), error.detail());
    }

    public static void show(String title, String detail) {
        UI ui = UI.getCurrent();
        // one screen often makes several calls that fail alike: show the message once
        String key = ID + ":" + title + ":" + detail;
        if (ui != null && ComponentUtil.getData(ui, key) instanceof Notification open && open.isOpened()) {
            return;
        }
        Notification notification = new Notification();
        if (ui != null) {
            ComponentUtil.setData(ui, key, notification);
        }
        notification.setId(ID);
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(10_000);

        Span heading = new Span(title);
        heading.addClassName("api-error-title");
        Div text = new Div(heading);
        if (detail != null && !detail.isBlank()) {
            Span body = new Span(detail);
            body.addClassName("api-error-detail");
            text.add(body);
        }
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.addClassName("api-error-close");
        close.setAriaLabel("Close");
        HorizontalLayout content = new HorizontalLayout(text, close);
        content.setAlignItems(HorizontalLayout.Alignment.CENTER);
        notification.add(content);
        notification.open();
    }
}
