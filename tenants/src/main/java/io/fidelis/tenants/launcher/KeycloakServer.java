package io.fidelis.tenants.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak on {@code httpPort} (health on {@code managementPort}), started from the unpacked
 * distribution, or the one already running there when it is healthy.
 */
public final class KeycloakServer {

    public static final String DEV_ADMIN_USER = "admin";
    public static final String DEV_ADMIN_PASSWORD = "admin";

    /**
     * @param installRoot folder for {@code keycloak-<version>} (the launcher uses {@code $FIDELIS_HOME},
     *                    tests a folder of their own so that a running dev Keycloak is not disturbed)
     */
    public record Options(Path installRoot, Path zip, Jdk jdk, int httpPort, int managementPort, Database database,
                          String adminUser, String adminPassword, Path logFile, Duration startTimeout) {

        public static Options of(Path installRoot, Jdk jdk, int httpPort, int managementPort, Database database, Path logFile) {
            return new Options(installRoot, KeycloakDistribution.defaultZip(), jdk, httpPort, managementPort, database,
                    DEV_ADMIN_USER, DEV_ADMIN_PASSWORD, logFile, Duration.ofMinutes(4));
        }
    }

    private final Options options;
    private final ManagedProcess process;

    private KeycloakServer(Options options, ManagedProcess process) {
        this.options = options;
        this.process = process;
    }

    public static KeycloakServer ensureRunning(Options options) {
        if (isReady(options.managementPort())) {
            return new KeycloakServer(options, null);
        }
        options.database().createIfMissing();
        Path home = KeycloakDistribution.prepare(options.zip(), options.installRoot(), options.jdk(), options.logFile());
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true",
                "--http-port=" + options.httpPort(),
                "--http-management-port=" + options.managementPort(),
                "--hostname=http://localhost:" + options.httpPort(),
                "--cache=local");
        Map<String, String> environment = Map.of(
                "JAVA_HOME", options.jdk().home().toString(),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m",
                "KC_DB_URL", options.database().url(),
                "KC_DB_USERNAME", options.database().user(),
                "KC_DB_PASSWORD", options.database().password(),
                // used only when the master realm has no administrator yet
                "KC_BOOTSTRAP_ADMIN_USERNAME", options.adminUser(),
                "KC_BOOTSTRAP_ADMIN_PASSWORD", options.adminPassword());
        ManagedProcess process = ManagedProcess.start("Keycloak", command, environment, home, options.logFile());
        KeycloakServer server = new KeycloakServer(options, process);
        try {
            HttpProbe.await("Keycloak", healthUrl(options.managementPort()), status -> status == 200,
                    options.startTimeout(), process);
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    public static boolean isReady(int managementPort) {
        return HttpProbe.status(healthUrl(managementPort)) == 200;
    }

    public String url() {
        return "http://localhost:" + options.httpPort();
    }

    public String adminUser() {
        return options.adminUser();
    }

    public String adminPassword() {
        return options.adminPassword();
    }

    /** False when an already running Keycloak was reused. */
    public boolean startedHere() {
        return process != null;
    }

    /** Stops Keycloak if this object started it. */
    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
        }
    }

    private static String healthUrl(int managementPort) {
        return "http://localhost:" + managementPort + "/health/ready";
    }
}
