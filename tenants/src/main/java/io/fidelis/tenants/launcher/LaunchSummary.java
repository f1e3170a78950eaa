package io.fidelis.tenants.launcher;

import io.fidelis.tenants.RealmSpec;
import io.fidelis.tenants.TenantSpec;
import io.fidelis.tenants.TillSpec;
import io.fidelis.tenants.UserSpec;

import java.util.StringJoiner;

/** What {@code tenants/fidelis run} prints once everything is up. */
final class LaunchSummary {

    private LaunchSummary() {
    }

    static String text(LauncherSettings settings, RealmSpec realm, String databaseUrl, String keycloakAdmin) {
        StringJoiner out = new StringJoiner("\n", "", "\n");
        out.add("Fidelis is running (FIDELIS_HOME=" + settings.home() + ")");
        out.add("");
        out.add(row("Console", started(settings, "console", settings.consoleUrl())));
        out.add(row("Till/admin API", started(settings, "karaf", settings.apiUrl())));
        out.add(row("Swagger UI", started(settings, "karaf", settings.apiUrl() + "/docs/")));
        out.add(row("Keycloak admin", settings.keycloakUrl() + "/admin/  (login " + keycloakAdmin + ", realm "
                + realm.realm() + ")"));
        out.add(row("PostgreSQL", databaseUrl));
        out.add("");
        out.add("Demo logins (console):");
        realm.platformUsers().forEach(u -> out.add(login(u, "no tenant")));
        for (TenantSpec tenant : realm.tenants()) {
            tenant.users().forEach(u -> out.add(login(u, tenant.id())));
        }
        out.add("");
        out.add("Tills (OAuth2 client credentials at " + tokenUrl(settings) + "):");
        for (TenantSpec tenant : realm.tenants()) {
            for (TillSpec till : tenant.tills()) {
                out.add(String.format("  %-30s secret %-32s tenant %s, store %s", till.clientId(tenant.id()),
                        till.secret(), tenant.id(), till.store()));
            }
        }
        realm.tenants().stream().filter(t -> !t.tills().isEmpty()).findFirst().ifPresent(t -> example(out, settings, t));
        out.add("");
        out.add("Logs: tenants/fidelis logs [name]   Status: tenants/fidelis status   Stop: tenants/fidelis stop");
        return out.toString();
    }

    private static void example(StringJoiner out, LauncherSettings settings, TenantSpec tenant) {
        TillSpec till = tenant.tills().get(0);
        String staff = tenant.staff().isEmpty() ? "staff" : tenant.staff().get(0).code();
        out.add("");
        out.add("Example (a till of " + tenant.id() + " sells 2 x 4.50 EUR to a new card):");
        out.add("  TOKEN=$(curl -s -d grant_type=client_credentials -d client_id=" + till.clientId(tenant.id())
                + " -d client_secret=" + till.secret() + " \\");
        out.add("      " + tokenUrl(settings) + " | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        out.add("  curl -s -X POST " + settings.apiUrl() + "/till/v1/transactions -H \"Authorization: Bearer $TOKEN\" \\");
        out.add("      -H \"Idempotency-Key: $(date +%s%N)\" -H 'Content-Type: application/json' \\");
        out.add("      -d '{\"cardCode\":\"CARD-0042\",\"storeCode\":\"" + till.store() + "\",\"staffCode\":\"" + staff
                + "\",\"lines\":[{\"sku\":\"BEER-25\",\"category\":\"drinks\",\"quantity\":2,\"unitPriceMinor\":450}]}'");
    }

    private static String login(UserSpec user, String tenant) {
        return String.format("  %-18s password %-8s %-16s %s", user.username(),
                user.password() == null ? "(set)" : user.password(), String.join(",", user.roles()), tenant);
    }

    private static String started(LauncherSettings settings, String part, String url) {
        return settings.skip().contains(part) ? "(not started: --skip=" + part + ")" : url;
    }

    private static String tokenUrl(LauncherSettings settings) {
        return settings.keycloakUrl() + "/realms/" + settings.realm()
                + "/protocol/openid-connect/token";
    }

    private static String row(String name, String value) {
        return String.format("  %-16s %s", name, value);
    }
}
