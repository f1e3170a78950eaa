package io.fidelis.console.ui;

import java.math.BigDecimal;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import io.fidelis.console.api.AdminApiClient;
import io.fidelis.console.api.Transaction;
import io.fidelis.console.api.TransactionFilter;
import io.fidelis.console.format.AmountFormat;
import io.fidelis.console.format.MoneyFormat;
import io.fidelis.console.format.TimestampFormat;
import io.fidelis.console.security.ConsoleRoles;
import jakarta.annotation.security.RolesAllowed;

/** The transaction log, newest first (the API's order), loaded page by page. */
@Route(value = "transactions", layout = MainLayout.class)
@PageTitle("Transactions · Fidelis")
@RolesAllowed({ConsoleRoles.MERCHANT_ADMIN, ConsoleRoles.MERCHANT_STAFF, ConsoleRoles.SUPPORT})
public class TransactionsView extends ViewFrame {

    private final TextField cardFilter = textFilter("transactions-card-filter", "Card code", VaadinIcon.CREDIT_CARD);
    private final TextField tillFilter = textFilter("transactions-till-filter", "Till", VaadinIcon.CASH);
    private final TextField staffFilter = textFilter("transactions-staff-filter", "Staff", VaadinIcon.USER);
    private final DatePicker fromFilter = dateFilter("transactions-from-filter", "From");
    private final DatePicker toFilter = dateFilter("transactions-to-filter", "To");
    private final Grid<Transaction> grid = new Grid<>();

    public TransactionsView(AdminApiClient api) {
        super("Transactions", "transactions-total", "transaction", "transactions");
        configureGrid();
        ApiPageDataProvider<Transaction> transactions = new ApiPageDataProvider<>(
                (offset, limit) -> api.transactions(filter(), offset, limit), this::showTotal);
        grid.setItems(transactions);

        cardFilter.addValueChangeListener(change -> transactions.refreshAll());
        tillFilter.addValueChangeListener(change -> transactions.refreshAll());
        staffFilter.addValueChangeListener(change -> transactions.refreshAll());
        fromFilter.addValueChangeListener(change -> transactions.refreshAll());
        toFilter.addValueChangeListener(change -> transactions.refreshAll());

        Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), click -> transactions.refreshAll());
        refresh.setId("transactions-refresh");

        addToolbar(fromFilter, toFilter, tillFilter, staffFilter, cardFilter, refresh);
        addGrid(grid, "No transactions yet. Purchases recorded at the tills show up here.");
    }

    private TransactionFilter filter() {
        return new TransactionFilter(cardFilter.getValue(), tillFilter.getValue(), staffFilter.getValue(),
                fromFilter.getValue(), toFilter.getValue(), ClientFormats.zone());
    }

    @Override
    protected boolean filtered() {
        return !cardFilter.isEmpty() || !tillFilter.isEmpty() || !staffFilter.isEmpty()
                || !fromFilter.isEmpty() || !toFilter.isEmpty();
    }

    private static TextField textFilter(String id, String placeholder, VaadinIcon icon) {
        TextField field = new TextField();
        field.setId(id);
        field.setPlaceholder(placeholder);
        field.setPrefixComponent(icon.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidth("9em");
        return field;
    }

    private static DatePicker dateFilter(String id, String placeholder) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPlaceholder(placeholder);
        picker.setClearButtonVisible(true);
        picker.setWidth("9.5em");
        return picker;
    }

    private void configureGrid() {
        Locale locale = ClientFormats.locale();
        grid.setId("transactions-grid");
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES);
        grid.setSizeFull();

        grid.addColumn(new ComponentRenderer<>(TransactionsView::timeCell)).setHeader("Time")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(TransactionsView::kindCell)).setHeader("Kind")
                .setWidth("9em").setFlexGrow(0);
        grid.addColumn(Transaction::storeCode).setHeader("Store").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Transaction::tillCode).setHeader("Till").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Transaction::staffCode).setHeader("Staff").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(TransactionsView::cardCell)).setHeader("Card")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Transaction::memberName).setHeader("Member").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(t -> MoneyFormat.format(t.totalMinor(), t.currency(), locale)).setHeader("Total")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(t -> pointsCell(t, locale))).setHeader("Points")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> TransactionItems.summary(t, locale)).setHeader("Items")
                .setFlexGrow(3).setWidth("12em")
                .setTooltipGenerator(t -> TransactionItems.summary(t, locale));
    }

    private static Component timeCell(Transaction transaction) {
        Span time = new Span(TimestampFormat.dateTime(transaction.occurredAt(), ClientFormats.zone()));
        time.getElement().setAttribute("data-transaction-id", String.valueOf(transaction.transactionId()));
        time.getElement().setAttribute("title", String.valueOf(transaction.occurredAt()));
        return time;
    }

    private static Component kindCell(Transaction transaction) {
        return transaction.kind() == null ? new Span() : new Badge(Balances.label(transaction.kind()));
    }

    private static Component cardCell(Transaction transaction) {
        Span card = new Span(transaction.cardCode() == null ? "" : transaction.cardCode());
        card.addClassName("card-code");
        if (transaction.cardCode() != null) {
            card.getElement().setAttribute("data-card-code", transaction.cardCode());
        }
        return card;
    }

    private static Component pointsCell(Transaction transaction, Locale locale) {
        BigDecimal change = Balances.pointsChange(transaction.entries());
        Span points = new Span(AmountFormat.formatChange(change, locale));
        points.addClassName(change.signum() > 0 ? "points-earned" : change.signum() < 0 ? "points-spent" : "points-none");
        return points;
    }
}
