package io.fidelis.console.ui;

import java.util.Set;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.fidelis.console.api.AdminApiClient;
import io.fidelis.console.api.ApiException;
import io.fidelis.console.api.Me;
import io.fidelis.console.security.ConsoleRoles;
import jakarta.annotation.security.RolesAllowed;

/**
 * Frame of every screen: tenant and user in the top bar, navigation in the drawer. A support user who belongs to no
 * merchant has only the Tenants screen: the merchant screens need a tenant.
 */
@RolesAllowed({ConsoleRoles.MERCHANT_ADMIN, ConsoleRoles.MERCHANT_STAFF, ConsoleRoles.SUPPORT})
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    private final boolean supportOnly;

    public MainLayout(AdminApiClient api, AuthenticationContext authentication) {
        boolean support = authentication.hasRole(ConsoleRoles.SUPPORT);
        supportOnly = support && !authentication.hasAnyRole(ConsoleRoles.MERCHANT_ADMIN, ConsoleRoles.MERCHANT_STAFF);
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation(!supportOnly, support));
        addToNavbar(new DrawerToggle(), tenantName(api), userBar(authentication));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (supportOnly && event.getNavigationTarget() != TenantsView.class) {
            event.forwardTo(TenantsView.class);
        }
    }

    private static Div brand() {
        Span logo = new Span("Fidelis");
        logo.addClassName("console-brand");
        Span product = new Span("Merchant console");
        product.addClassName("console-brand-sub");
        Div brand = new Div(logo, product);
        brand.addClassName("console-brand-box");
        return brand;
    }

    private static SideNav navigation(boolean merchant, boolean support) {
        SideNav nav = new SideNav();
        if (merchant) {
            nav.addItem(merchantItems());
        }
        if (support) {
            SideNavItem tenants = new SideNavItem("Tenants", TenantsView.class, VaadinIcon.BUILDING.create());
            tenants.setId("nav-tenants");
            nav.addItem(tenants);
        }
        nav.addClassName("console-nav");
        return nav;
    }

    private static SideNavItem[] merchantItems() {
        SideNavItem members = new SideNavItem("Members", MembersView.class, VaadinIcon.USERS.create());
        members.setId("nav-members");
        members.setPathAliases(Set.of(""));
        SideNavItem transactions = new SideNavItem("Transactions", TransactionsView.class, VaadinIcon.RECORDS.create());
        transactions.setId("nav-transactions");
        SideNavItem programs = new SideNavItem("Programs", ProgramsView.class, VaadinIcon.GIFT.create());
        programs.setId("nav-programs");
        return new SideNavItem[] {members, transactions, programs};
    }

    private static Span tenantName(AdminApiClient api) {
        Span tenant = new Span();
        tenant.setId("tenant-name");
        tenant.addClassName("console-tenant");
        try {
            Me me = api.me();
            String name = me.tenantName() != null ? me.tenantName() : me.tenantId();
            tenant.setText(name != null ? name : "Fidelis support");
            if (me.tenantId() != null) {
                tenant.getElement().setAttribute("data-tenant-id", me.tenantId());
            }
        } catch (ApiException e) {
            tenant.setText("Tenant unavailable");
            ApiErrorNotification.show(e);
        }
        return tenant;
    }

    private static HorizontalLayout userBar(AuthenticationContext authentication) {
        OidcUser user = authentication.getAuthenticatedUser(OidcUser.class).orElse(null);
        String username = user == null ? "" : nonBlank(user.getPreferredUsername(), user.getSubject());
        String displayName = user == null ? "" : nonBlank(user.getFullName(), username);

        Avatar avatar = new Avatar(displayName);
        avatar.addClassName("console-avatar");
        Span name = new Span(displayName);
        name.setId("user-name");
        name.getElement().setAttribute("data-username", username);
        name.getElement().setAttribute("title", username);
        Button logout = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(avatar, name, logout);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassName("console-user");
        return bar;
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
