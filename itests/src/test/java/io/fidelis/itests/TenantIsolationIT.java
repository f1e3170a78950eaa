package io.fidelis.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fidelis.itests.support.FidelisKaraf;
import io.fidelis.itests.support.Http;
import io.fidelis.itests.support.TestStack;
import io.fidelis.itests.support.Till;
import io.fidelis.tenants.HttpJson;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.fidelis.itests.support.TestStack.query;
import static io.fidelis.itests.support.Till.line;
import static io.fidelis.itests.support.Till.newKey;
import static io.fidelis.itests.support.Till.sale;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The isolation matrix: every operation of the served OpenAPI document (so endpoints added later are
 * covered by themselves), called with the tokens of demo-bar's till, admin and cashier and with
 * demo-gym's ids (tenant, card, member, transaction) in the path, query and body. None may succeed on
 * the gym's data or show any of it, and every gym row is exactly as before (a hash per table).
 */
public class TenantIsolationIT {

    @ClassRule
    public static final FidelisKaraf KARAF = new FidelisKaraf(TenantIsolationIT.class);

    @Rule
    public final TestRule karafLogOnFailure = KARAF.printLogOnFailure();

    private static final String ATTACKER = "demo-bar";
    private static final String VICTIM = "demo-gym";
    private static final Set<String> PUBLIC = Set.of("/openapi.json", "/health", "/docs", "/docs/{path}");

    private static Map<String, String> victimIds;
    private static List<String> secrets;

    @BeforeClass
    public static void victimHasData() {
        Till gym = new Till(KARAF.api(), KARAF.stack(), VICTIM);
        String staff = query(FidelisKaraf.DATABASE, "SELECT staff_code FROM staff WHERE tenant_id = ? ORDER BY 1", VICTIM).get(0);
        for (int i = 1; i <= 2; i++) {
            Http.Answer sold = gym.sell(newKey(), sale("GYM-ISO-" + i, staff, line("PT-SESSION", "coaching", 1, 4500)));
            assertEquals(sold.toString(), 201, sold.status());
        }
        victimIds = new LinkedHashMap<>();
        victimIds.put("tenant", VICTIM);
        victimIds.put("card", "GYM-ISO-1");
        victimIds.put("staff", staff);
        victimIds.put("member", query(FidelisKaraf.DATABASE, "SELECT member_id::text FROM member WHERE tenant_id = ? ORDER BY 1", VICTIM).get(0));
        victimIds.put("transaction", query(FidelisKaraf.DATABASE,
                "SELECT transaction_id::text FROM till_transaction WHERE tenant_id = ? ORDER BY 1", VICTIM).get(0));
        secrets = new ArrayList<>();
        secrets.addAll(query(FidelisKaraf.DATABASE, "SELECT member_id::text FROM member WHERE tenant_id = ?", VICTIM));
        secrets.addAll(query(FidelisKaraf.DATABASE, "SELECT transaction_id::text FROM till_transaction WHERE tenant_id = ?", VICTIM));
        secrets.addAll(query(FidelisKaraf.DATABASE, "SELECT name FROM tenant WHERE tenant_id = ?", VICTIM));
    }

    @Test
    public void everyEndpointRefusesAnotherTenantsIdsAndChangesNothing() {
        TestStack stack = KARAF.stack();
        Map<String, String> attackers = new LinkedHashMap<>();
        attackers.put("till of " + ATTACKER, stack.tillToken(ATTACKER));
        attackers.put("merchant-admin of " + ATTACKER, stack.personToken("bar.admin", "demo"));
        attackers.put("merchant-staff of " + ATTACKER, stack.personToken("bar.staff", "demo"));
        Map<String, String> before = victimFingerprint();
        JsonNode openapi = Http.get(KARAF.api() + "/openapi.json", null).json();

        List<String> leaks = new ArrayList<>();
        int calls = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (PUBLIC.contains(path.getKey())) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                String url = KARAF.api() + url(path.getKey(), operation.getValue());
                String body = body(openapi, operation.getValue());
                for (Map.Entry<String, String> attacker : attackers.entrySet()) {
                    Http.Answer answer = call(method, url, attacker.getValue(), body);
                    calls++;
                    String verdict = verdict(answer);
                    if (verdict != null) {
                        leaks.add(attacker.getKey() + ": " + method + " " + url + " -> " + verdict);
                    }
                }
            }
        }

        System.out.println("[isolation] " + calls + " calls across " + attackers.size() + " callers of " + ATTACKER);
        assertTrue("calls made: " + calls, calls >= 3 * 20);
        assertEquals("answers that reached " + VICTIM + "'s data", List.of(), leaks);
        assertEquals(VICTIM + "'s rows changed", before, victimFingerprint());
    }

    @Test
    public void rolesAreCheckedInsideTheCallersOwnTenantToo() {
        TestStack stack = KARAF.stack();
        String till = stack.tillToken(ATTACKER);
        String cashier = stack.personToken("bar.staff", "demo");
        String admin = stack.personToken("bar.admin", "demo");
        String tenants = KARAF.api() + "/admin/v1/tenants";
        String ownSpec = "{\"name\":\"Demo Bar\",\"currency\":\"EUR\",\"timezone\":\"Europe/Paris\",\"dayCutoffHour\":6}";

        assertEquals("a till cannot list members", 403, Http.get(KARAF.api() + "/admin/v1/members", till).status());
        assertEquals("a till cannot read the transaction log", 403, Http.get(KARAF.api() + "/admin/v1/transactions", till).status());
        assertEquals("a cashier cannot change the tenant or its programs", 403,
                Http.send("PUT", tenants + "/" + ATTACKER, cashier, ownSpec).status());
        assertEquals("nor can the merchant-admin: programs and tenants are support's", 403,
                Http.send("PUT", tenants + "/" + ATTACKER, admin, ownSpec).status());
        assertEquals("a cashier cannot create programs", 403, Http.post(KARAF.api() + "/admin/v1/programs", cashier,
                "{\"id\":\"cashier-points\",\"type\":\"points-per-amount\",\"name\":\"Mine\",\"config\":{}}").status());
        assertEquals("a till cannot see the programs", 403, Http.get(KARAF.api() + "/admin/v1/programs", till).status());
        assertEquals("a cashier cannot export", 403, Http.getBytes(tenants + "/" + ATTACKER + "/export", cashier).getKey().intValue());
        assertEquals("a cashier sees members", 200, Http.get(KARAF.api() + "/admin/v1/members", cashier).status());
        assertEquals("support sees every tenant", 200, Http.get(tenants, stack.provisionerToken()).status());
    }

    /** Null when the answer is a refusal, or a success showing none of the victim's data. */
    private static String verdict(Http.Answer answer) {
        if (answer.status() >= 500) {
            return "server error " + answer.status() + " " + answer.body();
        }
        if (answer.status() / 100 != 2) {
            return null;
        }
        for (String secret : secrets) {
            if (answer.body().contains(secret)) {
                return answer.status() + " showing " + secret;
            }
        }
        return null;
    }

    private static Http.Answer call(String method, String url, String token, String body) {
        return switch (method) {
            case "GET", "DELETE" -> Http.send(method, url, token, null);
            case "POST" -> Http.post(url, token, body == null ? "{}" : body, "Idempotency-Key", newKey());
            default -> Http.send(method, url, token, body == null ? "{}" : body);
        };
    }

    private static String url(String template, JsonNode operation) {
        String path = template;
        StringBuilder queryString = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            String value = value(name);
            if ("path".equals(parameter.path("in").asText())) {
                path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
            } else if ("query".equals(parameter.path("in").asText()) && !name.equals("from") && !name.equals("to")) {
                queryString.append(queryString.length() == 0 ? "?" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return path + queryString;
    }

    /** The victim's id a parameter or field of that name would carry. */
    private static String value(String name) {
        String n = name.toLowerCase();
        if (n.contains("tenant") || n.equals("confirm")) {
            return victimIds.get("tenant");
        }
        if (n.contains("transaction")) {
            return victimIds.get("transaction");
        }
        if (n.contains("member")) {
            return victimIds.get("member");
        }
        if (n.contains("card") || n.equals("code") || n.equals("q")) {
            return victimIds.get("card");
        }
        if (n.contains("staff")) {
            return victimIds.get("staff");
        }
        if (n.contains("store")) {
            return "main";
        }
        if (n.equals("offset")) {
            return "0";
        }
        if (n.equals("limit")) {
            return "50";
        }
        if (n.equals("till")) {
            return "main-1";
        }
        if (n.equals("tender")) {
            return "CASH";
        }
        if (n.equals("currency")) {
            return "EUR";
        }
        return "x";
    }

    private static String body(JsonNode openapi, JsonNode operation) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : example(openapi, schema, "body", 0).toString();
    }

    /** A value for a schema, using the victim's ids for fields named like them. */
    private static JsonNode example(JsonNode openapi, JsonNode schema, String name, int depth) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = openapi.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        String type = schema.path("type").asText("object");
        switch (type) {
            case "integer":
            case "number":
                return HttpJson.MAPPER.getNodeFactory().numberNode(1);
            case "boolean":
                return HttpJson.MAPPER.getNodeFactory().booleanNode(false);
            case "string":
                String value = value(name);
                if ("x".equals(value) && schema.path("enum").size() > 0) {
                    value = schema.path("enum").get(0).asText();
                }
                return HttpJson.MAPPER.getNodeFactory().textNode(value);
            case "array": {
                ArrayNode array = HttpJson.MAPPER.createArrayNode();
                if (depth < 4) {
                    array.add(example(openapi, schema.path("items"), name, depth + 1));
                }
                return array;
            }
            default: {
                ObjectNode object = HttpJson.MAPPER.createObjectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(p ->
                            object.set(p.getKey(), example(openapi, p.getValue(), p.getKey(), depth + 1)));
                }
                return object;
            }
        }
    }

    /** Count and hash of the victim's rows in every table that has a tenant_id. */
    private static Map<String, String> victimFingerprint() {
        Map<String, String> fingerprint = new LinkedHashMap<>();
        for (String table : query(FidelisKaraf.DATABASE, "SELECT table_name FROM information_schema.columns "
                + "WHERE table_schema = 'public' AND column_name = 'tenant_id' ORDER BY table_name")) {
            fingerprint.put(table, query(FidelisKaraf.DATABASE, "SELECT count(*) || ':' || COALESCE(md5(string_agg(t::text, '|' "
                    + "ORDER BY t::text)), '') FROM \"" + table + "\" t WHERE tenant_id = ?", VICTIM).get(0));
        }
        return fingerprint;
    }
}
