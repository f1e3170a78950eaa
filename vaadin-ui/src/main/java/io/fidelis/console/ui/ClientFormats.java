package io.fidelis.console.ui;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

/** The merchant's browser locale and time zone, for formatting money and times. */
final class ClientFormats {

    private ClientFormats() {
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.getDefault() : ui.getLocale();
    }

    /** The browser's zone, or null (keep the API's offset) before the browser has told it. */
    static ZoneId zone() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        if (details == null || details.getTimeZoneId() == null) {
            return null;
        }
        try {
            return ZoneId.of(details.getTimeZoneId());
        } catch (DateTimeException unknownZone) {
            return null;
        }
    }
}
