package io.fidelis.tenants;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.function.Consumer;

/**
 * Registers tenants in Fidelis with the {@code fidelis-provisioner} service account, then posts their
 * demo till transactions (idempotency keys make a second run replay instead of adding).
 */
public final class TenantRegistrar {

    private final String keycloakUrl;
    private final String realm;
    private final FidelisApiClient api;
    private final Consumer<String> log;

    public TenantRegistrar(String keycloakUrl, String realm, String apiUrl, Consumer<String> log) {
        this.keycloakUrl = keycloakUrl;
        this.realm = realm;
        this.api = new FidelisApiClient(apiUrl);
        this.log = log;
    }

    public void register(TenantSpec tenant, String provisionerSecret) {
        String token = OidcTokens.clientCredentials(keycloakUrl, realm, KeycloakRepresentations.PROVISIONER_CLIENT,
                provisionerSecret);
        api.putTenant(token, tenant);
        log.accept("tenant " + tenant.id() + " registered in Fidelis");
    }

    /** Posts the tenant's {@code seedTransactions} through its first till; answers how many were posted. */
    public int seed(TenantSpec tenant) {
        if (tenant.seedTransactions().isEmpty() || tenant.tills().isEmpty()) {
            return 0;
        }
        TillSpec till = tenant.tills().get(0);
        String token = OidcTokens.clientCredentials(keycloakUrl, realm, till.clientId(tenant.id()), till.secret());
        int index = 0;
        for (JsonNode transaction : tenant.seedTransactions()) {
            api.postTillTransaction(token, "seed-" + tenant.id() + "-" + (++index), transaction);
        }
        log.accept("tenant " + tenant.id() + ": " + index + " demo transactions posted");
        return index;
    }
}
