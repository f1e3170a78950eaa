package io.fidelis.tenants;

import org.junit.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class TenantFilesTest {

    private final TenantFiles files = TenantFiles.fromDirectory(Path.of("."));

    @Test
    public void everyTemplateIsATenantInEuroAndParisTime() {
        for (String type : List.of("bar", "casino", "hairdresser", "gym", "shop")) {
            TenantSpec template = files.template(type);
            assertEquals(type, "EUR", template.currency());
            assertEquals(type, "Europe/Paris", template.timezone());
            assertFalse(type, template.stores().isEmpty());
            assertFalse(type, template.programs().isEmpty());
            assertNull(type, template.id());
        }
        assertEquals(Integer.valueOf(6), files.template("bar").dayCutoffHour());
    }

    @Test
    public void demoBarTakesWhatItDoesNotSetFromItsTemplate() {
        TenantSpec bar = files.tenant("demo/demo-bar.json");
        assertEquals("demo-bar", bar.id());
        assertEquals("Demo Bar", bar.name());
        assertEquals(Integer.valueOf(6), bar.dayCutoffHour());
        assertEquals(files.template("bar").staff(), bar.staff());
        assertEquals("till-demo-bar-main-1", bar.tills().get(0).clientId(bar.id()));
        ProgramSpec points = bar.programs().get(0);
        assertEquals("points-per-amount", points.type());
        assertEquals(100, points.config().path("unitMinor").asInt());
    }

    @Test
    public void demoRealmHasSupportAndFourMerchantTypesWithAdminAndStaff() {
        RealmSpec realm = files.demoRealm("fidelis", "http://localhost:8080/");
        assertEquals(List.of("http://localhost:8080/*"), realm.consoleRedirectUris());
        assertEquals(List.of("support"), realm.platformUsers().get(0).roles());
        assertEquals(List.of("demo-bar", "demo-casino", "demo-hairdresser", "demo-gym"), realm.tenants().stream().map(TenantSpec::id).toList());
        for (TenantSpec tenant : realm.tenants()) {
            String prefix = tenant.id().substring("demo-".length());
            assertEquals(List.of(prefix + ".admin", prefix + ".staff"),
                    tenant.users().stream().map(UserSpec::username).toList());
            assertTrue(tenant.users().stream().allMatch(u -> "demo".equals(u.password())));
            assertEquals(1, tenant.tills().size());
        }
    }

    @Test
    public void classpathCopiesMatchTheFolder() {
        assertEquals(files.tenant("demo/demo-gym.json"), TenantFiles.fromClasspath().tenant("demo/demo-gym.json"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aMistypedFieldIsRefused() {
        new TenantFiles(path -> new java.io.ByteArrayInputStream("{\"id\":\"x\",\"curency\":\"EUR\"}".getBytes()))
                .tenant("demo/x.json");
    }
}
