package io.fidelis.tenants.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The launcher's settings: the environment variables of docs/architecture.md and the arguments
 * {@code --repo=<path>}, {@code --jdk17=<path>}, {@code --jdk21=<path>}, {@code --skip=karaf,console}.
 */
public record LauncherSettings(Path home, Path repository, String dbUrl, String dbOwner, String dbOwnerPassword,
                               String appDbUser, String appDbPassword, String keycloakUrl, String realm, int httpPort, int consolePort,
                               Path jdk17, Path jdk21, Set<String> skip) {

    public static final int EMBEDDED_DB_PORT = 15432;

    public static LauncherSettings from(Map<String, String> env, String... args) {
        Map<String, String> options = Arrays.stream(args).filter(a -> a.startsWith("--") && a.contains("="))
                .collect(Collectors.toMap(a -> a.substring(2, a.indexOf('=')), a -> a.substring(a.indexOf('=') + 1)));
        Arrays.stream(args).filter(a -> !a.startsWith("--") || !a.contains("=")).findFirst().ifPresent(a -> {
            throw new IllegalArgumentException("unknown argument " + a);
        });
        Path home = Path.of(env.getOrDefault("FIDELIS_HOME", System.getProperty("user.home") + "/.fidelis"));
        return new LauncherSettings(home.toAbsolutePath(),
                Path.of(options.getOrDefault("repo", ".")).toAbsolutePath().normalize(),
                blankToNull(env.get("FIDELIS_DB_URL")),
                env.getOrDefault("FIDELIS_DB_OWNER", EmbeddedDatabase.USER),
                env.getOrDefault("FIDELIS_DB_OWNER_PASSWORD", EmbeddedDatabase.PASSWORD),
                env.getOrDefault("FIDELIS_DB_USER", Database.APPLICATION_ROLE),
                env.getOrDefault("FIDELIS_DB_PASSWORD", ""),
                env.getOrDefault("FIDELIS_KEYCLOAK_URL", "http://localhost:8180").replaceAll("/+$", ""),
                env.getOrDefault("FIDELIS_KEYCLOAK_REALM", "fidelis"),
                Integer.parseInt(env.getOrDefault("FIDELIS_HTTP_PORT", "8181")),
                Integer.parseInt(env.getOrDefault("SERVER_PORT", "8080")),
                options.containsKey("jdk17") ? Path.of(options.get("jdk17")) : null,
                options.containsKey("jdk21") ? Path.of(options.get("jdk21")) : null,
                options.containsKey("skip") ? Set.of(options.get("skip").split(",")) : Set.of());
    }

    public int keycloakPort() {
        return URI.create(keycloakUrl).getPort();
    }

    /** Keycloak's management port: the HTTP port + 1000 (8180 → 9180, 18180 → 19180). */
    public int keycloakManagementPort() {
        return keycloakPort() + 1000;
    }

    public String apiUrl() {
        return "http://localhost:" + httpPort + "/api";
    }

    public String consoleUrl() {
        return "http://localhost:" + consolePort;
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path runFolder() {
        return home.resolve("run");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
