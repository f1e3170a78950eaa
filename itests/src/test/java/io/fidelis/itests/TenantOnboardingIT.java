package io.fidelis.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fidelis.itests.support.FidelisKaraf;
import io.fidelis.itests.support.Http;
import io.fidelis.itests.support.TestStack;
import io.fidelis.tenants.HttpFailure;
import io.fidelis.tenants.HttpJson;
import io.fidelis.tenants.OidcTokens;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.fidelis.itests.support.TestStack.count;
import static io.fidelis.itests.support.Till.line;
import static io.fidelis.itests.support.Till.newKey;
import static io.fidelis.itests.support.Till.sale;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Support onboards a merchant in one step (REST and Karaf shell), its till sells at once, and the
 * lifecycle: suspension refuses its tills, export hands over its data, deletion removes it everywhere.
 */
public class TenantOnboardingIT {

    @ClassRule
    public static final FidelisKaraf KARAF = new FidelisKaraf(TenantOnboardingIT.class);

    @Rule
    public final TestRule karafLogOnFailure = KARAF.printLogOnFailure();

    private final TestStack stack = KARAF.stack();

    /** The test Keycloak keeps its realm between runs: what an earlier run onboarded is deleted first. */
    @BeforeClass
    public static void removeEarlierRunsTenants() {
        for (String tenant : new String[] {"it-nuit", "it-taken", "it-pause", "it-export", "it-gone", "it-shell"}) {
            int status = Http.send("DELETE", KARAF.api() + "/admin/v1/tenants/" + tenant + "?confirm=" + tenant,
                    KARAF.stack().provisionerToken(), null).status();
            assertTrue(tenant + " " + status, status == 200 || status == 404);
        }
    }

    @Test
    public void oneCallOnboardsABarWhoseTillsSellAtOnce() {
        long started = System.nanoTime();
        JsonNode result = onboard("it-nuit", "bar", 2);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("[onboarding] it-nuit with 2 tills: " + millis + " ms seen by the client, "
                + result.path("durationMillis").asLong() + " ms inside Karaf");

        assertEquals("it-nuit", result.path("tenant").path("tenantId").asText());
        assertEquals(6, result.path("tenant").path("dayCutoffHour").asInt());
        assertEquals(16, result.path("admin").path("temporaryPassword").asText().length());
        assertEquals(2, result.path("tills").size());
        assertEquals("till-it-nuit-main-2", result.path("tills").get(1).path("clientId").asText());
        assertTrue("onboarding takes under a minute", millis < 60_000);

        Http.Answer sold = sell(result.path("tills").get(0), "IT-NUIT-1");
        assertEquals(sold.toString(), 201, sold.status());
        assertEquals(1, count(FidelisKaraf.DATABASE, "SELECT count(*) FROM program WHERE tenant_id = 'it-nuit'"));
        assertEquals(1, count(FidelisKaraf.DATABASE,
                "SELECT count(*) FROM tenant_role WHERE tenant_id = 'it-nuit' AND username = 'it-nuit.admin' AND role = 'merchant-admin'"));
        JsonNode admin = stack.keycloakAdmin().get("/users?exact=true&username=it-nuit.admin").get(0);
        assertEquals("[\"UPDATE_PASSWORD\"]", admin.path("requiredActions").toString());
    }

    @Test
    public void aTakenTenantIdAndABadRequestAreRefusedNamingTheProblem() {
        onboard("it-taken", "shop", 1);

        Http.Answer again = Http.post(tenants(), stack.provisionerToken(), request("it-taken", "shop", 1).toString());
        assertEquals(again.toString(), 409, again.status());
        assertEquals("tenant-exists", again.json().path("code").asText());

        ObjectNode bad = request("It Bad", "nightclub", 1);
        Http.Answer refused = Http.post(tenants(), stack.provisionerToken(), bad.toString());
        assertEquals(400, refused.status());
        assertTrue(refused.body(), refused.body().contains("\"tenantId\"") && refused.body().contains("\"template\""));
    }

    @Test
    public void onlySupportOnboardsAndListsTenants() {
        String tillToken = stack.tillToken("demo-bar");
        String merchantAdmin = stack.personToken("bar.admin", "demo");
        assertEquals(403, Http.post(tenants(), tillToken, request("it-x", "bar", 1).toString()).status());
        assertEquals(403, Http.post(tenants(), merchantAdmin, request("it-x", "bar", 1).toString()).status());
        assertEquals(403, Http.get(tenants(), merchantAdmin).status());
        assertEquals(0, count(FidelisKaraf.DATABASE, "SELECT count(*) FROM tenant WHERE tenant_id = 'it-x'"));

        Http.Answer list = Http.get(tenants(), stack.provisionerToken());
        assertEquals(200, list.status());
        assertTrue(list.body(), list.body().contains("\"demo-bar\"") && list.body().contains("\"demo-gym\""));
        assertTrue(Http.get(tenants() + "/templates", stack.provisionerToken()).body().contains("hairdresser"));
    }

    @Test
    public void aSuspendedTenantsTillsAndConsoleAreRefusedUntilReactivated() {
        JsonNode result = onboard("it-pause", "gym", 1);
        JsonNode till = result.path("tills").get(0);

        assertEquals("SUSPENDED", Http.post(tenants() + "/it-pause/suspend", stack.provisionerToken(), "").json()
                .path("status").asText());
        Http.Answer refused = sell(till, "IT-PAUSE-1");
        assertEquals(refused.toString(), 403, refused.status());
        assertEquals("tenant-suspended", refused.json().path("code").asText());
        assertEquals(0, count(FidelisKaraf.DATABASE, "SELECT count(*) FROM till_transaction WHERE tenant_id = 'it-pause'"));
        assertEquals(200, Http.get(tenants() + "/it-pause", stack.provisionerToken()).status());

        Http.post(tenants() + "/it-pause/activate", stack.provisionerToken(), "");
        assertEquals(201, sell(till, "IT-PAUSE-1").status());
    }

    @Test
    public void aSuspendedTenantsConsoleUsersAreToldSo() {
        String casinoAdmin = stack.personToken("casino.admin", "demo");
        assertEquals(200, Http.get(KARAF.api() + "/admin/v1/me", casinoAdmin).status());
        Http.post(tenants() + "/demo-casino/suspend", stack.provisionerToken(), "");
        try {
            Http.Answer refused = Http.get(KARAF.api() + "/admin/v1/members", casinoAdmin);
            assertEquals(refused.toString(), 403, refused.status());
            assertEquals("tenant-suspended", refused.json().path("code").asText());
            assertTrue(refused.json().path("detail").asText().contains("suspended"));
        } finally {
            Http.post(tenants() + "/demo-casino/activate", stack.provisionerToken(), "");
        }
        assertEquals(200, Http.get(KARAF.api() + "/admin/v1/members", casinoAdmin).status());
    }

    @Test
    public void exportHandsOverEveryTableAsJsonAndCsvToSupportAndTheTenantsAdminOnly() throws IOException {
        JsonNode result = onboard("it-export", "hairdresser", 1);
        sell(result.path("tills").get(0), "IT-EXPORT-1");

        Map.Entry<Integer, byte[]> zip = Http.getBytes(tenants() + "/it-export/export", stack.provisionerToken());
        assertEquals(200, zip.getKey().intValue());
        Map<String, String> files = unzip(zip.getValue());
        assertTrue(files.keySet().toString(), files.keySet().containsAll(java.util.List.of("tenant.json", "tenant.csv",
                "member.csv", "till_transaction.json", "ledger_entry.csv", "tenant_role.csv")));
        assertTrue(files.get("member.csv"), files.get("member.csv").startsWith("tenant_id,member_id,"));
        assertTrue(files.get("till_transaction.json").contains("IT-EXPORT-1"));
        assertFalse("no other tenant's rows", String.join("", files.values()).contains("demo-bar"));

        assertEquals(404, Http.getBytes(tenants() + "/it-export/export", stack.personToken("bar.admin", "demo")).getKey().intValue());
        assertEquals(403, Http.getBytes(tenants() + "/demo-bar/export", stack.personToken("bar.staff", "demo")).getKey().intValue());
        assertEquals(200, Http.getBytes(tenants() + "/demo-bar/export", stack.personToken("bar.admin", "demo")).getKey().intValue());
    }

    @Test
    public void deletionNeedsConfirmationThenRemovesTheTenantEverywhere() {
        JsonNode result = onboard("it-gone", "casino", 1);
        JsonNode till = result.path("tills").get(0);
        sell(till, "IT-GONE-1");

        Http.Answer unconfirmed = Http.send("DELETE", tenants() + "/it-gone", stack.provisionerToken(), null);
        assertEquals(400, unconfirmed.status());
        assertEquals(403, Http.send("DELETE", tenants() + "/it-gone?confirm=it-gone", stack.tillToken("demo-bar"), null).status());
        assertEquals(1, count(FidelisKaraf.DATABASE, "SELECT count(*) FROM tenant WHERE tenant_id = 'it-gone'"));

        Http.Answer deleted = Http.send("DELETE", tenants() + "/it-gone?confirm=it-gone", stack.provisionerToken(), null);
        assertEquals(deleted.toString(), 200, deleted.status());
        assertEquals(1, deleted.json().path("tillClientsDeleted").asInt());
        assertEquals(1, deleted.json().path("usersDeleted").asInt());
        for (String table : new String[] {"tenant", "store", "staff", "program", "member", "card", "account",
                "till_transaction", "ledger_entry", "tenant_role"}) {
            assertEquals(table, 0, count(FidelisKaraf.DATABASE, "SELECT count(*) FROM " + table + " WHERE tenant_id = 'it-gone'"));
        }
        assertEquals("demo tenants untouched", 1, count(FidelisKaraf.DATABASE, "SELECT count(*) FROM tenant WHERE tenant_id = 'demo-bar'"));
        try {
            OidcTokens.clientCredentials(TestStack.KEYCLOAK_URL, TestStack.REALM, till.path("clientId").asText(),
                    till.path("clientSecret").asText());
            fail("the till client is gone");
        } catch (HttpFailure expected) {
            assertEquals(401, expected.status());
        }
        assertEquals(404, Http.send("DELETE", tenants() + "/it-gone?confirm=it-gone", stack.provisionerToken(), null).status());
    }

    @Test
    public void theKarafShellOnboardsListsAndSuspends() throws Exception {
        String created = KARAF.shell("fidelis:tenant-create --name \"Shell Shop\" --admin it-shell.admin --email a@it-shell.example "
                + "--store main:Main:2 it-shell shop");
        assertTrue(created, created.contains("Tenant it-shell (Shell Shop) onboarded in"));
        assertTrue(created, created.contains("till-it-shell-main-2"));
        assertTrue(created, created.contains("temporary password"));

        assertTrue(KARAF.shell("fidelis:tenant-suspend it-shell").contains("is SUSPENDED"));
        String list = KARAF.shell("fidelis:tenant-list");
        assertTrue(list, list.contains("it-shell") && list.contains("SUSPENDED") && list.contains("demo-bar"));
        assertTrue(KARAF.shell("fidelis:tenant-activate it-shell").contains("is ACTIVE"));
        assertEquals(2, count(FidelisKaraf.DATABASE, "SELECT count(*) FROM tenant WHERE tenant_id = 'it-shell' AND status = 'ACTIVE'")
                + count(FidelisKaraf.DATABASE, "SELECT count(*) FROM store WHERE tenant_id = 'it-shell'"));

        String deleted = KARAF.shell("fidelis:tenant-delete --confirm it-shell it-shell");
        assertTrue(deleted, deleted.contains("Tenant it-shell deleted") && deleted.contains("2 till clients"));
        assertEquals(0, count(FidelisKaraf.DATABASE, "SELECT count(*) FROM tenant WHERE tenant_id = 'it-shell'"));
    }

    @Test
    public void demoHistoryFillsTheConsoleQuicklyAndKeepsEveryBalanceEqualToItsEntries() throws Exception {
        io.fidelis.tenants.TenantSpec hairdresser = stack.tenant("demo-hairdresser");
        io.fidelis.tenants.DemoHistory history = new io.fidelis.tenants.DemoHistory(hairdresser,
                java.time.LocalDate.now(java.time.ZoneId.of(hairdresser.timezone())), 21);
        var database = TestStack.POSTGRES.withName(FidelisKaraf.DATABASE);
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(database.url(), database.user(), database.password())) {
            long started = System.nanoTime();
            int written = history.writeTo(connection, 40);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("[demo history] demo-hairdresser: " + written + " sales in " + millis + " ms");
            assertTrue(written + " sales", written > 100);
            assertTrue(millis + " ms", millis < 15_000);
            assertEquals("a second run adds nothing", 0, history.writeTo(connection, 40));
        }

        assertEquals(java.util.List.of(), TestStack.accountsOffTheirLedger(FidelisKaraf.DATABASE));
        Http.Answer log = Http.get(KARAF.api() + "/admin/v1/transactions?limit=5", stack.personToken("hairdresser.admin", "demo"));
        assertEquals(log.toString(), 200, log.status());
        assertTrue(log.body(), log.json().path("total").asLong() > 100);
        assertTrue(count(FidelisKaraf.DATABASE, "SELECT count(DISTINCT business_day) FROM till_transaction WHERE tenant_id = 'demo-hairdresser'") >= 20);
    }

    private JsonNode onboard(String tenantId, String template, int tills) {
        Http.Answer answer = Http.post(tenants(), stack.provisionerToken(), request(tenantId, template, tills).toString());
        assertEquals(answer.toString(), 201, answer.status());
        return answer.json();
    }

    private static ObjectNode request(String tenantId, String template, int tills) {
        ObjectNode request = HttpJson.MAPPER.createObjectNode().put("tenantId", tenantId).put("name", "IT " + tenantId)
                .put("template", template);
        request.putObject("admin").put("username", tenantId + ".admin").put("email", "admin@" + tenantId + ".example");
        request.putArray("stores").addObject().put("code", "main").put("name", "Main").put("tills", tills);
        return request;
    }

    private static Http.Answer sell(JsonNode till, String card) {
        String token = OidcTokens.clientCredentials(TestStack.KEYCLOAK_URL, TestStack.REALM, till.path("clientId").asText(),
                till.path("clientSecret").asText());
        return Http.post(KARAF.api() + "/till/v1/transactions", token,
                sale(card, firstStaff(till), line("ITEM", "misc", 1, 1000)), "Idempotency-Key", newKey());
    }

    private static String firstStaff(JsonNode till) {
        String tenant = till.path("clientId").asText().split("-main-")[0].substring("till-".length());
        return TestStack.query(FidelisKaraf.DATABASE, "SELECT staff_code FROM staff WHERE tenant_id = ? ORDER BY staff_code", tenant).get(0);
    }

    private String tenants() {
        return KARAF.api() + "/admin/v1/tenants";
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
