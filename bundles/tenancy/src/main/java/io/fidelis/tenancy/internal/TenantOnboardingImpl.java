package io.fidelis.tenancy.internal;

import io.fidelis.ledger.api.NotFoundException;
import io.fidelis.ledger.api.TenantAccess;
import io.fidelis.ledger.api.TenantAdmin;
import io.fidelis.ledger.api.TenantStatus;
import io.fidelis.ledger.api.TenantView;
import io.fidelis.tenancy.api.DeletionReport;
import io.fidelis.tenancy.api.OnboardingRequest;
import io.fidelis.tenancy.api.OnboardingResult;
import io.fidelis.tenancy.api.ProvisioningUnavailableException;
import io.fidelis.tenancy.api.TenantExistsException;
import io.fidelis.tenancy.api.TenantOnboarding;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Onboards a merchant in one step: the tenant rows first (validated by the ledger), then its Keycloak
 * organization, first admin and tills. If Keycloak fails half-way, what was created is removed again,
 * so a retry starts clean.
 */
@Component(service = TenantOnboarding.class, configurationPid = "io.fidelis.tenancy",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ProvisioningConfig.class)
public class TenantOnboardingImpl implements TenantOnboarding {

    private static final Logger LOG = LoggerFactory.getLogger(TenantOnboardingImpl.class);

    @Reference
    private TenantAdmin tenants;

    @Reference
    private TenantAccess access;

    private volatile ProvisioningConfig config;
    private volatile KeycloakClient keycloak;
    private volatile TemplateLibrary templates;

    @Activate
    @Modified
    void configure(ProvisioningConfig config) {
        this.config = config;
        String url = config.keycloakInternalUrl().isBlank() ? config.keycloakUrl() : config.keycloakInternalUrl();
        this.keycloak = new KeycloakClient(url, config.realm(), config.clientId(), config.clientSecret());
        this.templates = new TemplateLibrary(config.templatesFolder().isBlank() ? null : Path.of(config.templatesFolder()));
        LOG.info("Tenant provisioning uses realm {} at {} as {}", config.realm(), url, config.clientId());
    }

    @Override
    public List<String> templates() {
        return templates.names();
    }

    @Override
    public OnboardingResult onboard(OnboardingRequest request) {
        long started = System.nanoTime();
        OnboardingPlan plan = OnboardingPlan.of(request, templates::find);
        KeycloakDirectory directory = directory();
        if (access.standing(plan.tenantId(), null).exists() || keycloakCall(() -> directory.findOrganization(plan.tenantId())).isPresent()) {
            throw new TenantExistsException(plan.tenantId());
        }
        TenantView tenant = tenants.upsert(plan.tenantId(), plan.tenant());
        String organization = null;
        String createdUser = null;
        try {
            organization = directory.createOrganization(plan.tenantId(), plan.tenant().name());
            OnboardingRequest.Admin admin = plan.admin();
            KeycloakDirectory.PersonAccount person = directory.ensurePerson(admin.username(), admin.email(),
                    orDefault(admin.firstName(), plan.tenant().name()), orDefault(admin.lastName(), "Admin"),
                    Secrets.temporaryPassword());
            createdUser = person.temporaryPassword() == null ? null : person.userId();
            directory.grantRealmRole(person.userId(), "merchant-admin");
            directory.addMember(organization, person.userId());
            List<OnboardingResult.TillCredentials> tills = new ArrayList<>();
            for (OnboardingPlan.PlannedTill till : plan.tills()) {
                String secret = Secrets.clientSecret();
                directory.createTill(organization, plan.tenantId(), till.storeCode(), till.tillCode(), till.clientId(), secret);
                tills.add(new OnboardingResult.TillCredentials(till.storeCode(), till.tillCode(), till.clientId(), secret));
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info("Tenant {} onboarded from template {} in {} ms ({} tills)", plan.tenantId(), request.template(),
                    millis, tills.size());
            return new OnboardingResult(tenant, organization,
                    new OnboardingResult.AdminLogin(admin.username(), person.temporaryPassword(), person.temporaryPassword() == null),
                    List.copyOf(tills), keycloak.tokenUrl(), millis);
        } catch (RuntimeException e) {
            LOG.warn("Onboarding of {} failed, undoing it: {}", plan.tenantId(), e.getMessage());
            undo(directory, plan.tenantId(), organization, createdUser);
            throw new ProvisioningUnavailableException("Keycloak refused or failed during onboarding of " + plan.tenantId()
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<TenantView> list() {
        return tenants.list();
    }

    @Override
    public TenantView suspend(String tenantId) {
        return tenants.setStatus(tenantId, TenantStatus.SUSPENDED);
    }

    @Override
    public TenantView activate(String tenantId) {
        return tenants.setStatus(tenantId, TenantStatus.ACTIVE);
    }

    @Override
    public void export(String tenantId, OutputStream zip) {
        tenants.export(tenantId, zip);
    }

    @Override
    public DeletionReport delete(String tenantId) {
        KeycloakDirectory directory = directory();
        Optional<String> organization = keycloakCall(() -> directory.findOrganization(tenantId));
        boolean inFidelis = access.standing(tenantId, null).exists();
        if (!inFidelis && organization.isEmpty()) {
            throw new NotFoundException("No tenant " + tenantId);
        }
        int[] removed = keycloakCall(() -> directory.removeTenant(tenantId, organization.orElse(null)));
        long rows = inFidelis ? tenants.purge(tenantId) : 0;
        LOG.info("Tenant {} deleted: {} rows, {} till clients, {} users, organization {}", tenantId, rows, removed[0],
                removed[1], organization.isPresent() ? "deleted" : "absent");
        return new DeletionReport(tenantId, rows, removed[0], removed[1], organization.isPresent());
    }

    /** Removes what this onboarding created, and only that: an existing person's account stays. */
    private void undo(KeycloakDirectory directory, String tenantId, String organization, String createdUser) {
        try {
            directory.removeTills(tenantId);
            if (createdUser != null) {
                directory.deleteUser(createdUser);
            }
            if (organization != null) {
                directory.deleteOrganization(organization);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not remove Keycloak leftovers of {}: {}", tenantId, e.getMessage());
        }
        tenants.purge(tenantId);
    }

    private KeycloakDirectory directory() {
        if (config.clientSecret().isBlank()) {
            throw new ProvisioningUnavailableException("Tenant provisioning is not configured: set clientSecret in "
                    + "etc/io.fidelis.tenancy.cfg (FIDELIS_PROVISIONER_SECRET)", null);
        }
        return new KeycloakDirectory(keycloak);
    }

    private static <T> T keycloakCall(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw new ProvisioningUnavailableException("Keycloak: " + e.getMessage(), e);
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
