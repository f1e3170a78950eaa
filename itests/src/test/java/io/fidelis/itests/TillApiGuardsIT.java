package io.fidelis.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fidelis.itests.support.FidelisKaraf;
import io.fidelis.itests.support.Http;
import io.fidelis.itests.support.MalformedCalls;
import io.fidelis.itests.support.MalformedSales;
import io.fidelis.itests.support.Till;
import org.junit.AfterClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.fidelis.itests.support.TestStack.accountsOffTheirLedger;
import static io.fidelis.itests.support.TestStack.count;
import static io.fidelis.itests.support.Till.line;
import static io.fidelis.itests.support.Till.newCard;
import static io.fidelis.itests.support.Till.newKey;
import static io.fidelis.itests.support.Till.sale;
import static io.fidelis.itests.support.Till.saleNode;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * What the API refuses, and that a refusal writes nothing: callers without a valid token, tills of
 * another tenant, tills and tenant-less callers on the admin API, malformed sales.
 */
public class TillApiGuardsIT {

    @ClassRule
    public static final FidelisKaraf KARAF = new FidelisKaraf(TillApiGuardsIT.class);

    @Rule
    public final TestRule karafLogOnFailure = KARAF.printLogOnFailure();

    private final Till bar = new Till(KARAF.api(), KARAF.stack(), "demo-bar");
    private final Till gym = new Till(KARAF.api(), KARAF.stack(), "demo-gym");

    @Test
    public void withoutATokenNothingIsAnswered() {
        assertEquals(401, post(null, newKey(), validSale()).status());
        assertEquals(401, Http.get(KARAF.api() + "/till/v1/cards/BAR-0001", null).status());
        assertEquals(401, Http.get(KARAF.api() + "/admin/v1/members", null).status());
    }

    @Test
    public void aGarbageTokenIsRefused() {
        assertEquals(401, post("not-a-jwt", newKey(), validSale()).status());
        assertEquals(401, post("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", newKey(), validSale()).status());
    }

    @Test
    public void aTokenWithATamperedSignatureIsRefused() {
        String[] parts = bar.token().split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        String forged = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);

        Http.Answer answer = post(forged, newKey(), validSale());

        assertEquals(answer.toString(), 401, answer.status());
    }

    @Test
    public void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        String[] parts = bar.token().split("\\.");
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(keys.generateKeyPair().getPrivate());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        String forged = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());

        Http.Answer answer = post(forged, newKey(), validSale());

        assertEquals(answer.toString(), 401, answer.status());
    }

    @Test
    public void aTillSeesOnlyTheCardsOfItsOwnMerchant() {
        String card = newCard("BARONLY");
        assertEquals(201, bar.sell(newKey(), sale(card, "alex", line("BEER-25", "drinks", 1, 450))).status());

        assertEquals(200, bar.card(card).status());
        Http.Answer fromTheGym = gym.card(card);
        assertEquals(fromTheGym.toString(), 404, fromTheGym.status());
    }

    @Test
    public void theAdminApiRefusesTillsAndCallersOfNoMerchant() {
        Http.Answer till = Http.get(KARAF.api() + "/admin/v1/members", bar.token());
        assertEquals(till.toString(), 403, till.status());

        Http.Answer provisioner = Http.get(KARAF.api() + "/admin/v1/members", KARAF.stack().provisionerToken());
        assertEquals(provisioner.toString(), 403, provisioner.status());
        assertEquals("application/problem+json", provisioner.contentType());
        assertEquals("no-tenant", provisioner.json().path("code").asText());
    }

    @Test
    public void theInstalledProgramTypesDescribeTheirConfiguration() {
        Http.Answer types = Http.get(KARAF.api() + "/admin/v1/program-types", KARAF.stack().provisionerToken());
        assertEquals(types.toString(), 200, types.status());
        JsonNode points = null;
        for (JsonNode type : types.json()) {
            if ("points-per-amount".equals(type.path("typeId").asText())) {
                points = type;
            }
        }
        assertTrue("points-per-amount is installed: " + types.body(), points != null);
        List<String> fields = new ArrayList<>();
        points.path("fields").forEach(field -> fields.add(field.path("name").asText()));
        assertEquals(List.of("pointsPerUnit", "unitMinor", "category"), fields);
        assertEquals("POINTS", points.path("assets").get(0).asText());

        assertEquals(403, Http.get(KARAF.api() + "/admin/v1/program-types", bar.token()).status());
    }

    @Test
    public void invalidSalesAreProblemsNamingTheFieldAndWriteNothing() {
        long[] before = writtenRows();

        assertInvalid("Idempotency-Key", post(bar.token(), null, validSale()));
        assertInvalid("body", post(bar.token(), newKey(), "{cardCode: 'IT-BROKEN'}"));
        ObjectNode unknownField = saleNode(newCard("IT"), "alex", line("BEER-25", "drinks", 1, 450));
        unknownField.put("colour", "red");
        assertInvalid("colour", post(bar.token(), newKey(), Http.json(unknownField)));
        ObjectNode wrongType = saleNode(newCard("IT"), "alex", line("BEER-25", "drinks", 1, 450));
        ((ObjectNode) wrongType.path("lines").get(0)).put("quantity", "two");
        assertInvalid("lines[0].quantity", post(bar.token(), newKey(), Http.json(wrongType)));
        assertInvalid("lines[0].unitPriceMinor", post(bar.token(), newKey(), sale(newCard("IT"), "alex", line("BEER-25", "drinks", 1, -100))));
        assertInvalid("lines", post(bar.token(), newKey(), sale(newCard("IT"), "alex")));

        assertNothingWrittenSince(before);
    }

    /**
     * A fixed, seeded set of malformed sales: each field given values of the wrong type, out of bounds
     * or absent, and the body cut, garbled or replaced. Every one is a 4xx problem and nothing is written.
     */
    @Test
    public void fuzzedMalformedSalesAreAllRefusedAndWriteNothing() {
        long[] before = writtenRows();
        List<String> notRefused = new ArrayList<>();
        for (String body : MalformedSales.from(validSale(), 20261123L)) {
            Http.Answer answer = post(bar.token(), newKey(), body);
            if (answer.status() < 400 || answer.status() >= 500 || !"application/problem+json".equals(answer.contentType())) {
                notRefused.add(answer.status() + " for " + body);
            }
        }
        assertEquals(List.of(), notRefused);
        assertNothingWrittenSince(before);
    }

    @Test
    public void fuzzedMalformedCallsOfEveryOtherTillOperationAreRefusedAndWriteNothing() {
        String card = "\"cardCode\":\"" + newCard("FUZZ") + "\",\"storeCode\":\"main\",\"staffCode\":\"alex\"";
        String transaction = "\"transactionId\":\"3f1c2d9e-0000-4000-8000-000000000001\"";
        Map<String, MalformedCalls.Kind> place = Map.of("cardCode", MalformedCalls.Kind.CODE,
                "storeCode", MalformedCalls.Kind.CODE, "staffCode", MalformedCalls.Kind.CODE);
        Map<String, Map.Entry<String, Map<String, MalformedCalls.Kind>>> calls = Map.of(
                "topups", Map.entry("{" + card + ",\"amountMinor\":500,\"tender\":\"CASH\"}",
                        with(place, "amountMinor", MalformedCalls.Kind.AMOUNT, "tender", MalformedCalls.Kind.TENDER)),
                "checkins", Map.entry("{" + card + "}", place),
                "redemptions", Map.entry("{" + card + ",\"catalogueCode\":\"COFFEE\"}", with(place, "catalogueCode", MalformedCalls.Kind.CODE)),
                "refunds", Map.entry("{\"storeCode\":\"main\",\"staffCode\":\"alex\"," + transaction + "}",
                        Map.of("storeCode", MalformedCalls.Kind.CODE, "transactionId", MalformedCalls.Kind.TRANSACTION_ID)),
                "voids", Map.entry("{\"storeCode\":\"main\",\"staffCode\":\"alex\"," + transaction + "}",
                        Map.of("staffCode", MalformedCalls.Kind.CODE, "transactionId", MalformedCalls.Kind.TRANSACTION_ID)),
                "tabs", Map.entry("{" + card + ",\"ceilingMinor\":5000}", with(place, "ceilingMinor", MalformedCalls.Kind.AMOUNT, null, null)),
                "tabs/settlements", Map.entry("{" + card + ",\"tender\":\"CARD\"}", with(place, "tender", MalformedCalls.Kind.TENDER)));
        long[] before = writtenRows();
        String token = bar.token();
        List<String> notRefused = new ArrayList<>();
        int sent = 0;
        for (var call : calls.entrySet()) {
            for (String body : MalformedCalls.from(call.getValue().getKey(), call.getValue().getValue(), 20261123L)) {
                Http.Answer answer = Http.post(KARAF.api() + "/till/v1/" + call.getKey(), token, body, "Idempotency-Key", newKey());
                sent++;
                if (answer.status() < 400 || answer.status() >= 500 || !"application/problem+json".equals(answer.contentType())) {
                    notRefused.add(call.getKey() + ": " + answer.status() + " for " + body);
                }
            }
        }
        assertEquals(List.of(), notRefused);
        assertTrue("a few hundred malformed calls, not " + sent, sent > 300);
        assertNothingWrittenSince(before);
    }

    private static Map<String, MalformedCalls.Kind> with(Map<String, MalformedCalls.Kind> base, String field, MalformedCalls.Kind kind) {
        return with(base, field, kind, null, null);
    }

    private static Map<String, MalformedCalls.Kind> with(Map<String, MalformedCalls.Kind> base, String field, MalformedCalls.Kind kind,
                                                         String other, MalformedCalls.Kind otherKind) {
        Map<String, MalformedCalls.Kind> fields = new java.util.LinkedHashMap<>(base);
        fields.put(field, kind);
        if (other != null) {
            fields.put(other, otherKind);
        }
        return fields;
    }

    @Test
    public void aTruncatedBodyIsReportedAsMalformedJson() {
        long[] before = writtenRows();

        Http.Answer truncated = post(bar.token(), newKey(), "{\"cardCode\": \"IT-CUT\", \"storeCode\": \"main\", \"lines\": [");

        assertInvalid("body", truncated);
        assertTrue(truncated.body(), truncated.body().contains("not well-formed JSON"));
        assertEquals(before[0], writtenRows()[0]);
    }

    @Test
    public void oversizedBodiesAreRefusedWithOrWithoutALength() {
        long[] before = writtenRows();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            lines.append(i == 0 ? "" : ",").append("{\"sku\":\"").append("A".repeat(60))
                    .append("\",\"category\":\"x\",\"quantity\":1,\"unitPriceMinor\":1}");
        }
        String huge = "{\"cardCode\":\"IT-HUGE\",\"storeCode\":\"main\",\"staffCode\":\"alex\",\"lines\":[" + lines + "]}";

        Http.Answer declared = post(bar.token(), newKey(), huge);
        Http.Answer streamed = Http.postStreamed(KARAF.api() + "/till/v1/transactions", bar.token(), huge, "Idempotency-Key", newKey());

        for (Http.Answer answer : List.of(declared, streamed)) {
            assertEquals(answer.toString(), 413, answer.status());
            assertEquals("body-too-large", answer.json().path("code").asText());
        }
        assertEquals(before[0], writtenRows()[0]);
    }

    @AfterClass
    public static void everyBalanceIsTheSumOfItsLedgerEntries() {
        assertEquals(List.of(), accountsOffTheirLedger(FidelisKaraf.DATABASE));
    }

    private static void assertInvalid(String field, Http.Answer answer) {
        assertEquals(answer.toString(), 400, answer.status());
        assertEquals(answer.toString(), "application/problem+json", answer.contentType());
        JsonNode problem = answer.json();
        assertEquals(400, problem.path("status").asInt());
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertTrue("errors[].field should name " + field + ": " + problem, fields.contains(field));
    }

    private static void assertNothingWrittenSince(long[] before) {
        long[] after = writtenRows();
        assertEquals("till_transaction rows", before[0], after[0]);
        assertEquals("ledger_entry rows", before[1], after[1]);
        assertEquals("member rows", before[2], after[2]);
    }

    private static long[] writtenRows() {
        return new long[] {
            count(FidelisKaraf.DATABASE, "SELECT count(*) FROM till_transaction"),
            count(FidelisKaraf.DATABASE, "SELECT count(*) FROM ledger_entry"),
            count(FidelisKaraf.DATABASE, "SELECT count(*) FROM member"),
        };
    }

    private static String validSale() {
        return sale(newCard("IT"), "alex", line("BEER-25", "drinks", 1, 450));
    }

    private static Http.Answer post(String token, String idempotencyKey, String body) {
        return idempotencyKey == null
                ? Http.post(KARAF.api() + "/till/v1/transactions", token, body)
                : Http.post(KARAF.api() + "/till/v1/transactions", token, body, "Idempotency-Key", idempotencyKey);
    }
}
