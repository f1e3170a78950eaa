package io.fidelis.tenants.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Fidelis Karaf distribution: the {@code fidelis-distribution-*.tar.gz} the build made, unpacked
 * into {@code <home>/karaf} (again when the archive changes), or else the build's {@code assembly}
 * folder; run with {@code bin/karaf server} on Java 17.
 */
public final class KarafServer {

    private static final String UNPACKED_FROM = ".fidelis-unpacked-from";

    private final ManagedProcess process;

    private KarafServer(ManagedProcess process) {
        this.process = process;
    }

    /** Up means the till API answers 401 to a call without a token. */
    public static boolean isUp(int httpPort) {
        return HttpProbe.status(probeUrl(httpPort)) == 401;
    }

    public static KarafServer ensureRunning(Path repository, Path fidelisHome, Jdk jdk17, int httpPort,
                                           Map<String, String> environment, Path logFile) {
        if (isUp(httpPort)) {
            return new KarafServer(null);
        }
        Path karafHome = distribution(repository, fidelisHome, logFile);
        ManagedProcess process = ManagedProcess.start("Karaf", List.of(karafHome.resolve("bin/karaf").toString(), "server"),
                withJavaHome(environment, jdk17), karafHome, logFile);
        KarafServer server = new KarafServer(process);
        try {
            HttpProbe.await("Karaf (Fidelis core)", probeUrl(httpPort), status -> status == 401, Duration.ofMinutes(4), process,
                    "Error installing boot features");
        } catch (RuntimeException e) {
            server.stop();
            throw new IllegalStateException(e.getMessage() + "\nsee also " + karafHome.resolve("data/log/karaf.log"), e);
        }
        return server;
    }

    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
        }
    }

    /** Fails with what to do when the build has not made the distribution. */
    public static void checkBuilt(Path repository) {
        Path target = repository.resolve("features/distribution/target");
        if (newestArchive(target).isEmpty() && !Files.isExecutable(target.resolve("assembly/bin/karaf"))) {
            throw notBuilt(target);
        }
    }

    static Path distribution(Path repository, Path fidelisHome, Path logFile) {
        Path target = repository.resolve("features/distribution/target");
        Optional<Path> archive = newestArchive(target);
        if (archive.isPresent()) {
            return unpacked(archive.get(), fidelisHome.resolve("karaf"), logFile);
        }
        Path assembly = target.resolve("assembly");
        if (Files.isExecutable(assembly.resolve("bin/karaf"))) {
            return assembly;
        }
        throw notBuilt(target);
    }

    private static IllegalStateException notBuilt(Path target) {
        Path assembly = target.resolve("assembly");
        return new IllegalStateException("The Karaf distribution is not built: neither " + target
                + "/fidelis-distribution-*.tar.gz nor " + assembly + "/bin/karaf exists. Build it with "
                + "`mvn install` at the repository root (tenants/fidelis run does when sources change).");
    }

    /**
     * The demo runs with the four merchant-type plugins hot-deployed into the running Karaf through its {@code deploy/}
     * folder (their jars come with the distribution): deleting one there removes the plugin, and its programs pause.
     * The tests start Karaf without them.
     */
    static void deployDemoPlugins(Path karafHome) throws IOException {
        Path system = karafHome.resolve("system/io/fidelis");
        if (!Files.isDirectory(system)) {
            return;
        }
        Path deploy = Files.createDirectories(karafHome.resolve("deploy"));
        try (var jars = Files.walk(system, 3)) {
            for (Path jar : jars.filter(p -> p.getFileName().toString().matches("fidelis-plugin-(?!template).*\\.jar")).toList()) {
                Files.copy(jar, deploy.resolve(jar.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Path unpacked(Path archive, Path karafHome, Path logFile) {
        try {
            String stamp = archive + " " + Files.getLastModifiedTime(archive).toMillis() + " " + Files.size(archive);
            Path marker = karafHome.resolve(UNPACKED_FROM);
            if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)) {
                return karafHome;
            }
            KeycloakDistribution.deleteRecursively(karafHome);
            Files.createDirectories(karafHome);
            ManagedProcess.runToCompletion("tar", List.of("tar", "xzf", archive.toString(), "--strip-components=1",
                    "-C", karafHome.toString()), Map.of(), karafHome, logFile, Duration.ofMinutes(2));
            Files.writeString(marker, stamp);
            return karafHome;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + archive + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Path> newestArchive(Path target) {
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("fidelis-distribution-.*\\.tar\\.gz"))
                    .max(Comparator.comparingLong(f -> f.toFile().lastModified()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> withJavaHome(Map<String, String> environment, Jdk jdk) {
        Map<String, String> all = new HashMap<>(environment);
        all.put("JAVA_HOME", jdk.home().toString());
        return all;
    }

    private static String probeUrl(int httpPort) {
        return "http://localhost:" + httpPort + "/api/till/v1/cards/x";
    }
}
