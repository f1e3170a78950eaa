package io.fidelis.tenancy.internal.shell;

import io.fidelis.tenancy.api.OnboardingRequest;
import io.fidelis.tenancy.api.OnboardingResult;
import io.fidelis.tenancy.api.TenantOnboarding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "fidelis", name = "tenant-create",
        description = "Onboards a merchant from a template: tenant, stores, staff, programs, Keycloak organization, first admin, tills")
@Service
public class TenantCreateCommand implements Action {

    @Reference
    private TenantOnboarding onboarding;

    @Argument(index = 0, name = "tenantId", required = true, description = "lower-case letters, digits, dashes, e.g. la-nuit")
    private String tenantId;

    @Argument(index = 1, name = "template", required = true, description = "merchant type: bar, casino, hairdresser, gym, shop")
    private String template;

    @Option(name = "--name", required = true, description = "the merchant's name")
    private String name;

    @Option(name = "--admin", required = true, description = "username of the first merchant-admin")
    private String adminUsername;

    @Option(name = "--email", required = true, description = "e-mail of the first merchant-admin")
    private String adminEmail;

    @Option(name = "--store", multiValued = true, description = "code:name[:tills], repeatable; default: the template's stores, one till each")
    private List<String> stores;

    @Option(name = "--currency", description = "overrides the template's currency")
    private String currency;

    @Option(name = "--timezone", description = "overrides the template's time zone")
    private String timezone;

    @Option(name = "--cutoff", description = "overrides the template's business-day cut-off hour")
    private Integer cutoff;

    @Override
    public Object execute() {
        Map<String, Object> overrides = new LinkedHashMap<>();
        if (currency != null) {
            overrides.put("currency", currency);
        }
        if (timezone != null) {
            overrides.put("timezone", timezone);
        }
        if (cutoff != null) {
            overrides.put("dayCutoffHour", cutoff);
        }
        OnboardingResult result = ShellErrors.run(() -> onboarding.onboard(new OnboardingRequest(tenantId, name, template,
                new OnboardingRequest.Admin(adminUsername, adminEmail, null, null), parseStores(), overrides)));
        System.out.println("Tenant " + result.tenant().tenantId() + " (" + result.tenant().name() + ") onboarded in "
                + result.durationMillis() + " ms");
        OnboardingResult.AdminLogin admin = result.admin();
        System.out.println("  admin " + admin.username() + (admin.existingAccount()
                ? " (existing account, password unchanged)" : " temporary password " + admin.temporaryPassword()));
        for (OnboardingResult.TillCredentials till : result.tills()) {
            System.out.println("  till " + till.clientId() + "  secret " + till.clientSecret());
        }
        System.out.println("  token URL " + result.tokenUrl());
        return null;
    }

    private List<OnboardingRequest.Store> parseStores() {
        if (stores == null || stores.isEmpty()) {
            return null;
        }
        List<OnboardingRequest.Store> parsed = new ArrayList<>();
        for (String store : stores) {
            String[] parts = store.split(":");
            Integer tills = parts.length > 2 ? Integer.valueOf(parts[2]) : null;
            parsed.add(new OnboardingRequest.Store(parts[0], parts.length > 1 ? parts[1] : parts[0], tills));
        }
        return parsed;
    }
}
