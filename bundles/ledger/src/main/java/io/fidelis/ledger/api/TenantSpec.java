package io.fidelis.ledger.api;

import java.util.List;
import java.util.Map;

/** What support sends to create or update a tenant. */
public record TenantSpec(String name, String currency, String timezone, Integer dayCutoffHour,
                         List<Item> stores, List<Item> staff, List<ProgramSpec> programs) {

    public record Item(String code, String name) {
    }

    public record ProgramSpec(String id, String type, String name, Map<String, Object> config) {
    }
}
