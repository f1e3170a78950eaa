package io.fidelis.tenants.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The {@code keycloak-quarkus-dist} zip that the build fetched into the local Maven repository,
 * unpacked once into {@code <root>/keycloak-<version>} and built once for PostgreSQL.
 */
public final class KeycloakDistribution {

    /** {@code kc.sh build} options; a change of these triggers a new build. */
    static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=true");
    private static final String BUILD_MARKER = ".fidelis-build";

    private KeycloakDistribution() {
    }

    /** The Keycloak version this module was built with. */
    public static String version() {
        return buildProperties().getProperty("keycloak.version");
    }

    /** System property {@code fidelis.keycloak.zip}, else the zip in the local Maven repository the build used. */
    public static Path defaultZip() {
        String override = System.getProperty("fidelis.keycloak.zip");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String repository = buildProperties().getProperty("local.repository");
        return Path.of(repository, "org", "keycloak", "keycloak-quarkus-dist", version(),
                "keycloak-quarkus-dist-" + version() + ".zip");
    }

    /** The unpacked and built Keycloak home under {@code root}, preparing it when needed. */
    public static Path prepare(Path zip, Path root, Jdk jdk, Path logFile) {
        Path home = root.resolve("keycloak-" + version());
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            unpack(zip, root, home);
        }
        String wanted = String.join(" ", BUILD_OPTIONS);
        Path marker = home.resolve(BUILD_MARKER);
        if (!wanted.equals(readOrEmpty(marker))) {
            List<String> command = Stream.concat(Stream.of(home.resolve("bin/kc.sh").toString(), "build"),
                    BUILD_OPTIONS.stream()).toList();
            ManagedProcess.runToCompletion("kc.sh build", command, Map.of("JAVA_HOME", jdk.home().toString()),
                    home, logFile, Duration.ofMinutes(5));
            write(marker, wanted);
        }
        return home;
    }

    private static void unpack(Path zip, Path root, Path home) {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip
                    + ": build the tenants module first (mvn install -pl tenants) so Maven fetches it");
        }
        try {
            Files.createDirectories(root);
            Path staging = Files.createTempDirectory(root, ".keycloak-unpacking-");
            try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
                for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                    Path target = staging.resolve(entry.getName()).normalize();
                    if (!target.startsWith(staging)) {
                        throw new IOException("zip entry outside the target folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Path unpacked = staging.resolve(home.getFileName());
            // zip entries carry no Unix permissions
            try (Stream<Path> scripts = Files.list(unpacked.resolve("bin"))) {
                scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
            }
            deleteRecursively(home);
            Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip + " into " + root + ": " + e.getMessage(), e);
        }
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = KeycloakDistribution.class.getClassLoader().getResourceAsStream("fidelis-tenants.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("fidelis-tenants.properties missing from the class path", e);
        }
        return properties;
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file).trim() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
