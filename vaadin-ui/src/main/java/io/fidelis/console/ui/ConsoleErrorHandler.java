package io.fidelis.console.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import io.fidelis.console.api.ApiException;

/** Last line of defence: errors that escape a view become a notification, never a stack trace. */
@Component
public class ConsoleErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        ApiException apiError = findApiException(event.getThrowable());
        if (apiError == null) {
            LOG.error("Unexpected error in the console", event.getThrowable());
        } else {
            LOG.warn("Admin API call failed: {}", apiError.getMessage());
        }
        if (UI.getCurrent() == null) {
            return;
        }
        if (apiError != null) {
            ApiErrorNotification.show(apiError);
        } else {
            ApiErrorNotification.show("Something went wrong", "Please try again. If it keeps happening, contact support.");
        }
    }

    private static ApiException findApiException(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api;
            }
        }
        return null;
    }
}
