package io.fidelis.tenancy.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.fidelis.ledger.api.FieldError;
import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.TenantSpec;
import io.fidelis.tenancy.api.OnboardingRequest;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class OnboardingPlanTest {

    private final TemplateLibrary templates = new TemplateLibrary(null);
    private final OnboardingRequest.Admin admin = new OnboardingRequest.Admin("nuit.admin", "boss@la-nuit.example", null, null);

    @Test
    public void aBarStartsFromTheBarTemplateWithOneTillPerStore() {
        OnboardingPlan plan = OnboardingPlan.of(new OnboardingRequest("la-nuit", "La Nuit", "bar", admin, null, null),
                templates::find);

        TenantSpec tenant = plan.tenant();
        assertEquals("EUR", tenant.currency());
        assertEquals("Europe/Paris", tenant.timezone());
        assertEquals(Integer.valueOf(6), tenant.dayCutoffHour());
        assertEquals("main", tenant.stores().get(0).code());
        assertEquals(2, tenant.staff().size());
        assertEquals("points-per-amount", tenant.programs().get(0).type());
        assertEquals(List.of(new TenantSpec.RoleGrant("nuit.admin", List.of("merchant-admin"))), tenant.members());
        assertEquals(List.of(new OnboardingPlan.PlannedTill("main", "main-1", "till-la-nuit-main-1")), plan.tills());
    }

    @Test
    public void storesAndOverridesReplaceTheTemplates() {
        OnboardingPlan plan = OnboardingPlan.of(new OnboardingRequest("gym-geneve", "Gym Genève", "gym", admin,
                List.of(new OnboardingRequest.Store("centre", "Centre", 2), new OnboardingRequest.Store("lac", "Lac", 0)),
                Map.of("currency", "CHF", "timezone", "Europe/Zurich", "dayCutoffHour", 3)), templates::find);

        assertEquals("CHF", plan.tenant().currency());
        assertEquals("Europe/Zurich", plan.tenant().timezone());
        assertEquals(Integer.valueOf(3), plan.tenant().dayCutoffHour());
        assertEquals(List.of("centre", "lac"), plan.tenant().stores().stream().map(TenantSpec.Item::code).toList());
        assertEquals(List.of("till-gym-geneve-centre-1", "till-gym-geneve-centre-2"),
                plan.tills().stream().map(OnboardingPlan.PlannedTill::clientId).toList());
    }

    @Test
    public void everyWrongFieldIsNamedAtOnce() {
        try {
            OnboardingPlan.of(new OnboardingRequest("La Nuit", "", "nightclub-deluxe",
                    new OnboardingRequest.Admin("A B", "not-an-email", null, null),
                    List.of(new OnboardingRequest.Store("main", "Main", 99), new OnboardingRequest.Store("main", "Again", 1)),
                    Map.of("name", "x")), templates::find);
            fail("refused expected");
        } catch (InvalidRequestException e) {
            assertEquals(List.of("tenantId", "name", "template", "admin.username", "admin.email", "overrides.name",
                    "stores[0].tills", "stores[1].code"), e.errors().stream().map(FieldError::field).toList());
        }
    }

    @Test
    public void aTenantCannotBeNamedLikeAnApiPath() {
        try {
            OnboardingPlan.of(new OnboardingRequest("templates", "T", "bar", admin, null, null), templates::find);
            fail("refused expected");
        } catch (InvalidRequestException e) {
            assertEquals("tenantId", e.errors().get(0).field());
        }
    }

    @Test
    public void theAdminIsRequired() {
        try {
            OnboardingPlan.of(new OnboardingRequest("la-nuit", "La Nuit", "bar", null, null, null), templates::find);
            fail("refused expected");
        } catch (InvalidRequestException e) {
            assertEquals("admin", e.errors().get(0).field());
        }
    }

    @Test
    public void everyPackagedTemplateIsFoundAndListed() {
        for (String name : TemplateLibrary.PACKAGED) {
            assertTrue(name, templates.find(name).isPresent());
        }
        assertEquals(TemplateLibrary.PACKAGED, templates.names());
        assertTrue(templates.find("../etc/passwd").isEmpty());
        assertNull(templates.find("nightclub").orElse(null));
    }
}
