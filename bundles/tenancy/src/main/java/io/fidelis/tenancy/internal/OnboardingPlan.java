package io.fidelis.tenancy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fidelis.ledger.api.FieldError;
import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.TenantSpec;
import io.fidelis.tenancy.api.OnboardingRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What onboarding will create, worked out before anything is written: the tenant row from the
 * template with the request's stores and overrides, the admin, and the tills. The ledger validates
 * the tenant fields (currency, time zone, programs) again when it stores them.
 */
record OnboardingPlan(String tenantId, TenantSpec tenant, OnboardingRequest.Admin admin, List<PlannedTill> tills) {

    record PlannedTill(String storeCode, String tillCode, String clientId) {
    }

    static final int MAX_TILLS_PER_STORE = 50;
    private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern STORE_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,30}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,100}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** {@code /admin/v1/tenants/templates} would hide a tenant of that name. */
    private static final Set<String> RESERVED_IDS = Set.of("templates");
    private static final Set<String> OVERRIDES = Set.of("currency", "timezone", "dayCutoffHour", "staff", "programs");

    static OnboardingPlan of(OnboardingRequest request, Function<String, java.util.Optional<JsonNode>> templates) {
        if (request == null) {
            throw new InvalidRequestException("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.tenantId() == null || !TENANT_ID.matcher(request.tenantId()).matches()) {
            errors.add(new FieldError("tenantId", "must be 2 to 63 lower-case letters, digits or dashes"));
        } else if (RESERVED_IDS.contains(request.tenantId())) {
            errors.add(new FieldError("tenantId", "is reserved: " + request.tenantId() + " names an API path"));
        }
        if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            errors.add(new FieldError("name", "is required (at most 200 characters)"));
        }
        JsonNode template = request.template() == null ? null : templates.apply(request.template()).orElse(null);
        if (template == null) {
            errors.add(new FieldError("template", "must name a merchant-type template such as bar, casino, hairdresser, gym or shop"));
        }
        admin(errors, request.admin());
        Map<String, Object> overrides = request.overrides() == null ? Map.of() : request.overrides();
        overrides.keySet().stream().filter(k -> !OVERRIDES.contains(k)).sorted()
                .forEach(k -> errors.add(new FieldError("overrides." + k, "cannot be overridden; allowed: " + OVERRIDES)));
        List<OnboardingRequest.Store> stores = stores(errors, request.stores(), template);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        ObjectNode merged = template.deepCopy();
        merged.remove("notes");
        overrides.forEach((key, value) -> merged.set(key, KeycloakClient.JSON.valueToTree(value)));
        List<TenantSpec.Item> storeItems = stores.stream().map(s -> new TenantSpec.Item(s.code(), s.name())).toList();
        TenantSpec spec = new TenantSpec(request.name(), text(merged, "currency"), text(merged, "timezone"),
                merged.hasNonNull("dayCutoffHour") ? merged.get("dayCutoffHour").asInt() : null,
                storeItems, items(merged.path("staff")), programs(merged.path("programs")),
                List.of(new TenantSpec.RoleGrant(request.admin().username(), List.of("merchant-admin"))));
        List<PlannedTill> tills = new ArrayList<>();
        for (OnboardingRequest.Store store : stores) {
            int count = store.tills() == null ? 1 : store.tills();
            for (int n = 1; n <= count; n++) {
                tills.add(new PlannedTill(store.code(), store.code() + "-" + n,
                        "till-" + request.tenantId() + "-" + store.code() + "-" + n));
            }
        }
        return new OnboardingPlan(request.tenantId(), spec, request.admin(), List.copyOf(tills));
    }

    private static void admin(List<FieldError> errors, OnboardingRequest.Admin admin) {
        if (admin == null) {
            errors.add(new FieldError("admin", "is required: the merchant's first administrator"));
            return;
        }
        if (admin.username() == null || !USERNAME.matcher(admin.username()).matches()) {
            errors.add(new FieldError("admin.username", "must be 2 to 101 lower-case letters, digits or . _ @ -"));
        }
        if (admin.email() == null || !EMAIL.matcher(admin.email()).matches()) {
            errors.add(new FieldError("admin.email", "must be an e-mail address"));
        }
    }

    private static List<OnboardingRequest.Store> stores(List<FieldError> errors, List<OnboardingRequest.Store> given,
                                                        JsonNode template) {
        List<OnboardingRequest.Store> stores = new ArrayList<>();
        if (given == null || given.isEmpty()) {
            if (template != null) {
                template.path("stores").forEach(s -> stores.add(new OnboardingRequest.Store(
                        s.path("code").asText(), s.path("name").asText(), 1)));
            }
            return stores;
        }
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            OnboardingRequest.Store store = given.get(i);
            String at = "stores[" + i + "]";
            if (store == null || store.code() == null || !STORE_CODE.matcher(store.code()).matches()) {
                errors.add(new FieldError(at + ".code", "must be 1 to 31 lower-case letters, digits or dashes"));
                continue;
            }
            if (!seen.add(store.code())) {
                errors.add(new FieldError(at + ".code", "appears twice"));
            }
            if (store.name() == null || store.name().isBlank()) {
                errors.add(new FieldError(at + ".name", "is required"));
            }
            if (store.tills() != null && (store.tills() < 0 || store.tills() > MAX_TILLS_PER_STORE)) {
                errors.add(new FieldError(at + ".tills", "must be from 0 to " + MAX_TILLS_PER_STORE));
            }
            stores.add(store);
        }
        return stores;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static List<TenantSpec.Item> items(JsonNode array) {
        List<TenantSpec.Item> items = new ArrayList<>();
        array.forEach(i -> items.add(new TenantSpec.Item(text(i, "code"), text(i, "name"))));
        return items;
    }

    private static List<TenantSpec.ProgramSpec> programs(JsonNode array) {
        List<TenantSpec.ProgramSpec> programs = new ArrayList<>();
        array.forEach(p -> programs.add(KeycloakClient.JSON.convertValue(p, TenantSpec.ProgramSpec.class)));
        return programs;
    }
}
