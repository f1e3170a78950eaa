package io.fidelis.tenants;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A tenant as support staff write it in {@code tenants/demo/*.json}: the Fidelis tenant row (name,
 * currency, …, programs), its Keycloak organization, users and tills, and optional demo till
 * transactions to seed. {@code template} names the {@code tenants/templates/*.json} it started from;
 * {@code notes} are for the people who read the file.
 */
public record TenantSpec(String id, String name, String template, String notes, String currency, String timezone,
                         Integer dayCutoffHour, List<StoreSpec> stores, List<StaffSpec> staff,
                         List<ProgramSpec> programs, List<UserSpec> users, List<TillSpec> tills,
                         List<JsonNode> seedTransactions) {

    public TenantSpec {
        stores = listOrEmpty(stores);
        staff = listOrEmpty(staff);
        programs = listOrEmpty(programs);
        users = listOrEmpty(users);
        tills = listOrEmpty(tills);
        seedTransactions = listOrEmpty(seedTransactions);
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
