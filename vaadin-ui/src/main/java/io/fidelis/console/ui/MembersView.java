package io.fidelis.console.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import io.fidelis.console.api.AdminApiClient;
import io.fidelis.console.api.Card;
import io.fidelis.console.api.Member;
import io.fidelis.console.format.AmountFormat;
import io.fidelis.console.format.TimestampFormat;
import io.fidelis.console.security.ConsoleRoles;
import jakarta.annotation.security.RolesAllowed;

/** The tenant's members, searchable, loaded page by page. */
@Route(value = "members", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("Members · Fidelis")
@RolesAllowed({ConsoleRoles.MERCHANT_ADMIN, ConsoleRoles.MERCHANT_STAFF, ConsoleRoles.SUPPORT})
public class MembersView extends ViewFrame {

    private final TextField search = new TextField();
    private final Grid<Member> grid = new Grid<>();

    public MembersView(AdminApiClient api) {
        super("Members", "members-total", "member", "members");
        configureSearch();
        configureGrid();
        ApiPageDataProvider<Member> members = new ApiPageDataProvider<>(
                (offset, limit) -> api.members(search.getValue(), offset, limit), this::showTotal);
        grid.setItems(members);
        search.addValueChangeListener(change -> members.refreshAll());
        addToolbar(search);
        addGrid(grid, "No members found. Members appear here after their first purchase at a till.");
    }

    private void configureSearch() {
        search.setId("members-search");
        search.setPlaceholder("Search name, email or card");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22em");
    }

    private void configureGrid() {
        Locale locale = ClientFormats.locale();
        grid.setId("members-grid");
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES);
        grid.setSizeFull();

        grid.addColumn(new ComponentRenderer<>(MembersView::nameCell)).setHeader("Member")
                .setFlexGrow(2).setAutoWidth(true);
        grid.addColumn(Member::email).setHeader("Email").setFlexGrow(2).setAutoWidth(true);
        // component cells are measured before they render: give badges a fixed width
        grid.addColumn(new ComponentRenderer<>(MembersView::categoryCell)).setHeader("Category")
                .setWidth("9em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(MembersView::cardsCell)).setHeader("Cards")
                .setFlexGrow(1).setAutoWidth(true);
        grid.addColumn(m -> AmountFormat.format(Balances.points(m.balances()), locale)).setHeader("Points")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(m -> "points");
        grid.addColumn(m -> Balances.others(m.balances(), locale)).setHeader("Other balances")
                .setFlexGrow(1).setAutoWidth(true);
        grid.addColumn(m -> TimestampFormat.date(m.createdAt(), ClientFormats.zone())).setHeader("Member since")
                .setAutoWidth(true).setFlexGrow(0);
    }

    private static Component nameCell(Member member) {
        boolean named = member.displayName() != null && !member.displayName().isBlank();
        Span name = new Span(named ? member.displayName() : "Unnamed member");
        name.addClassName(named ? "member-name" : "member-name-missing");
        name.getElement().setAttribute("data-member-id", String.valueOf(member.memberId()));
        return name;
    }

    private static Component categoryCell(Member member) {
        if (member.category() == null || member.category().isBlank()) {
            return new Span();
        }
        return new Badge(member.category());
    }

    private static Component cardsCell(Member member) {
        Div cards = new Div();
        cards.addClassName("card-codes");
        for (Card card : member.cards()) {
            Span code = new Span(card.code());
            code.addClassName("card-code");
            code.getElement().setAttribute("data-card-code", card.code());
            if (card.status() != null && !"ACTIVE".equalsIgnoreCase(card.status())) {
                code.addClassName("card-code-inactive");
                code.getElement().setAttribute("title", "Card " + card.status().toLowerCase(Locale.ROOT));
            }
            cards.add(code);
        }
        return cards;
    }

    @Override
    protected boolean filtered() {
        return !search.getValue().isBlank();
    }
}
