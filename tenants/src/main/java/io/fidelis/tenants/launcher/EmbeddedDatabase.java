package io.fidelis.tenants.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL 16 (zonky binaries) whose data survives restarts: {@code <home>/pgdata}. It lives
 * as long as this JVM, so the launcher stays in the foreground as the supervisor.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    public static EmbeddedDatabase start(Path fidelisHome, int port, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            Path binaries = Files.createDirectories(fidelisHome.resolve("pgbin"));
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(fidelisHome.resolve("pgdata"))
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
            return new EmbeddedDatabase(postgres, port);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start on port " + port + " (is another one "
                    + "running on it, or a stale postmaster.pid in " + fidelisHome.resolve("pgdata") + "?): "
                    + e.getMessage(), e);
        }
    }

    public Database database(String name) {
        return new Database("jdbc:postgresql://localhost:" + port + "/" + name, USER, PASSWORD);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
