package io.fidelis.rest.admin;

import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Karaf's {@code deploy/} folder, watched by FileInstall: a jar written there is installed and started within
 * about two seconds, replacing it updates the bundle, deleting it uninstalls it. A plugin is always written as
 * {@code <symbolic name>.jar}, so that a new version replaces the old one instead of running beside it.
 */
public final class PluginFolder {

    public record PluginFile(String file, String bundleSymbolicName, String bundleVersion, long sizeBytes, Instant modifiedAt) {
    }

    private final Path deploy;
    private final Path staging;

    public PluginFolder(Path deploy, Path staging) {
        this.deploy = deploy;
        this.staging = staging;
    }

    /** Karaf's own folders, from the system properties Karaf sets. */
    public static PluginFolder ofKaraf() {
        String base = System.getProperty("karaf.base", ".");
        String data = System.getProperty("karaf.data", base + "/data");
        return new PluginFolder(Path.of(base, "deploy"), Path.of(data, "tmp"));
    }

    /** Checks the uploaded jar and moves it into the folder in one step, so FileInstall never sees half a file. */
    public PluginFile deploy(InputStream body, String field) {
        try {
            Files.createDirectories(staging);
            Path upload = Files.createTempFile(staging, "plugin-", ".upload");
            try {
                Files.copy(body, upload, StandardCopyOption.REPLACE_EXISTING);
                if (Files.size(upload) == 0) {
                    throw new InvalidRequestException(field, "must be a plugin jar; the body was empty");
                }
                PluginJar jar = PluginJar.inspect(upload, field);
                Files.createDirectories(deploy);
                Path target = deploy.resolve(jar.fileName());
                move(upload, target);
                return describe(target, jar);
            } finally {
                Files.deleteIfExists(upload);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<PluginFile> list() {
        List<PluginFile> files = new ArrayList<>();
        if (!Files.isDirectory(deploy)) {
            return files;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(deploy, "*.jar")) {
            for (Path jar : jars) {
                inspectQuietly(jar).ifPresent(files::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(PluginFile::file));
        return files;
    }

    /** Removes the plugin with this symbolic name; FileInstall uninstalls its bundle. */
    public PluginFile remove(String symbolicName) {
        PluginFile found = list().stream().filter(f -> f.bundleSymbolicName().equals(symbolicName)).findFirst()
                .orElseThrow(() -> new NotFoundException("No plugin " + symbolicName + " in the deploy folder"));
        try {
            Files.deleteIfExists(deploy.resolve(found.file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private Optional<PluginFile> inspectQuietly(Path jar) {
        try {
            return Optional.of(describe(jar, PluginJar.inspect(jar, "file")));
        } catch (InvalidRequestException | IOException e) {
            return Optional.empty();
        }
    }

    private static PluginFile describe(Path file, PluginJar jar) throws IOException {
        return new PluginFile(file.getFileName().toString(), jar.symbolicName(), jar.version(), Files.size(file),
                Files.getLastModifiedTime(file).toInstant());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
