package io.fidelis.console.ui;

import java.text.NumberFormat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Common shape of a list screen: title and count, a toolbar, then the grid filling the rest. */
abstract class ViewFrame extends VerticalLayout {

    private final Span total = new Span();
    private final HorizontalLayout toolbar = new HorizontalLayout();
    private final String singular;
    private final String plural;
    private Grid<?> grid;
    private String emptyText;

    ViewFrame(String title, String totalId, String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
        setSizeFull();
        addClassName("console-view");

        H2 heading = new H2(title);
        heading.addClassName("console-view-title");
        total.setId(totalId);
        total.addClassName("console-view-total");
        HorizontalLayout titleRow = new HorizontalLayout(heading, total);
        titleRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        toolbar.setAlignItems(FlexComponent.Alignment.END);
        toolbar.addClassName("console-toolbar");
        HorizontalLayout header = new HorizontalLayout(titleRow, toolbar);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        add(header);
    }

    protected void addToolbar(Component... components) {
        toolbar.add(components);
    }

    /** The list of the screen, with what to say when it is empty. */
    protected void addGrid(Grid<?> grid, String emptyText) {
        this.grid = grid;
        this.emptyText = emptyText;
        grid.setEmptyStateText(emptyText);
        addAndExpand(grid);
    }

    /** Whether the merchant narrowed the list, so that an empty one means "no match", not "nothing yet". */
    protected boolean filtered() {
        return false;
    }

    protected void showTotal(int count) {
        if (count < 0) {
            total.setText("could not be loaded");
            grid.setEmptyStateText("The list could not be loaded. Please try again in a moment.");
            return;
        }
        grid.setEmptyStateText(filtered() ? "Nothing matches these filters." : emptyText);
        String number = NumberFormat.getIntegerInstance(ClientFormats.locale()).format(count);
        total.setText(number + " " + (count == 1 ? singular : plural));
    }
}
