package io.fidelis.tenancy.api;

import io.fidelis.ledger.api.TenantView;
import java.io.OutputStream;
import java.util.List;

/**
 * Support's tenant operations, the same for the admin API, the Karaf shell and the console: onboarding
 * creates everything a merchant needs in one step, in Fidelis and in Keycloak.
 */
public interface TenantOnboarding {

    /** The merchant types onboarding accepts: the templates' names (bar, casino, ...). */
    List<String> templates();

    OnboardingResult onboard(OnboardingRequest request);

    List<TenantView> list();

    TenantView suspend(String tenantId);

    TenantView activate(String tenantId);

    void export(String tenantId, OutputStream zip);

    /** Deletes the tenant's rows and its Keycloak organization, till clients and users no other tenant has. */
    DeletionReport delete(String tenantId);
}
