package io.fidelis.itests.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fidelis.tenants.HttpJson;

import java.util.UUID;

/** A till of one demo tenant calling the till API, with a fresh token per call (tokens live minutes). */
public final class Till {

    private final String api;
    private final TestStack stack;
    private final String tenantId;

    public Till(String api, TestStack stack, String tenantId) {
        this.api = api;
        this.stack = stack;
        this.tenantId = tenantId;
    }

    public String api() {
        return api;
    }

    public String token() {
        return stack.tillToken(tenantId);
    }

    public Http.Answer sell(String idempotencyKey, String body) {
        return Http.post(api + "/till/v1/transactions", token(), body, "Idempotency-Key", idempotencyKey);
    }

    /** Any booking call of the till API, e.g. {@code post("topups", key, body)}. */
    public Http.Answer post(String operation, String idempotencyKey, String body) {
        return Http.post(api + "/till/v1/" + operation, token(), body, "Idempotency-Key", idempotencyKey);
    }

    public Http.Answer card(String code) {
        return Http.get(api + "/till/v1/cards/" + code, token());
    }

    /** The request body of a sale in the till's store "main". */
    public static String sale(String card, String staff, ObjectNode... lines) {
        return Http.json(saleNode(card, staff, lines));
    }

    public static ObjectNode saleNode(String card, String staff, ObjectNode... lines) {
        ObjectNode sale = HttpJson.MAPPER.createObjectNode().put("cardCode", card).put("storeCode", "main").put("staffCode", staff);
        ArrayNode array = sale.putArray("lines");
        for (ObjectNode line : lines) {
            array.add(line);
        }
        return sale;
    }

    public static ObjectNode line(String sku, String category, int quantity, long unitPriceMinor) {
        return HttpJson.MAPPER.createObjectNode().put("sku", sku).put("category", category).put("quantity", quantity)
                .put("unitPriceMinor", unitPriceMinor);
    }

    /** The POINTS balance in a receipt or card view. */
    public static long points(JsonNode answer) {
        for (JsonNode balance : answer.path("balances")) {
            if ("POINTS".equals(balance.path("asset").asText())) {
                return balance.path("balance").asLong();
            }
        }
        throw new AssertionError("no POINTS balance in " + answer);
    }

    /** A balance in a receipt or card view, 0 when the card has no such account. */
    public static long balance(JsonNode answer, String asset) {
        for (JsonNode balance : answer.path("balances")) {
            if (asset.equals(balance.path("asset").asText())) {
                return balance.path("balance").asLong();
            }
        }
        return 0;
    }

    /** A JSON object from name/value pairs, for request bodies. */
    public static String body(Object... namesAndValues) {
        ObjectNode node = HttpJson.MAPPER.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.set((String) namesAndValues[i], HttpJson.MAPPER.valueToTree(namesAndValues[i + 1]));
        }
        return Http.json(node);
    }

    public static String newCard(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static String newKey() {
        return "it-" + UUID.randomUUID();
    }
}
