package io.fidelis.tenants.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The Vaadin console jar the build made ({@code vaadin-ui/target/fidelis-console-*.jar}), run on Java 21+. */
public final class ConsoleServer {

    private final ManagedProcess process;

    private ConsoleServer(ManagedProcess process) {
        this.process = process;
    }

    /** Any answer below 500 (typically a redirect to the login) means the console is up. */
    public static boolean isUp(int port) {
        int status = HttpProbe.status("http://localhost:" + port + "/");
        return status > 0 && status < 500;
    }

    public static ConsoleServer ensureRunning(Path repository, Jdk jdk21, int port, Map<String, String> environment,
                                              Path logFile) {
        if (isUp(port)) {
            return new ConsoleServer(null);
        }
        Path jar = privateCopy(jar(repository));
        ManagedProcess process = ManagedProcess.start("console",
                List.of(jdk21.java().toString(), "-Xmx512m", "-jar", jar.toString()), environment,
                repository.resolve("vaadin-ui"), logFile);
        ConsoleServer server = new ConsoleServer(process);
        try {
            HttpProbe.await("console", "http://localhost:" + port + "/", s -> s > 0 && s < 500, Duration.ofMinutes(3), process);
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
        }
    }

    /** The console runs from a copy, so that a build while it runs cannot replace its jar under it. */
    private static Path privateCopy(Path jar) {
        try {
            Path copy = Files.createTempFile("fidelis-console-", ".jar");
            copy.toFile().deleteOnExit();
            return Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + jar, e);
        }
    }

    static Path jar(Path repository) {
        Path target = repository.resolve("vaadin-ui/target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(f -> f.getFileName().toString().matches("fidelis-console-.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().matches(".*-(sources|javadoc|tests)\\.jar"))
                    .max(Comparator.comparingLong(f -> f.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("The console is not built: no " + target
                            + "/fidelis-console-*.jar. Build it with `mvn install` at the repository root."));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + target, e);
        }
    }
}
