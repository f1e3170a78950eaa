package io.fidelis.itests.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** The merchant plugins as the reactor built them, and rebuilt copies with another bundle version (an update). */
public final class PluginJars {

    private PluginJars() {
    }

    /** {@code bundles/plugins/<id>/target/fidelis-plugin-<id>-<version>.jar}. */
    public static Path built(String pluginId) {
        Path repository = Path.of(System.getProperty("fidelis.repository", ".."));
        Path target = repository.resolve("bundles/plugins/" + pluginId + "/target");
        try (var jars = Files.list(target)) {
            return jars.filter(p -> p.getFileName().toString().matches("fidelis-plugin-" + pluginId + "-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no plugin jar in " + target + ": build the reactor first"));
        } catch (IOException e) {
            throw new UncheckedIOException("no " + target + ": build the reactor first", e);
        }
    }

    public static byte[] bytes(Path jar) {
        try {
            return Files.readAllBytes(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same plugin with {@code Bundle-Version} set to {@code version}: what a rebuild of a new release gives. */
    public static byte[] withVersion(Path jar, String version) {
        try (JarFile in = new JarFile(jar.toFile())) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().putValue("Bundle-Version", version);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                Enumeration<JarEntry> entries = in.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().equalsIgnoreCase("META-INF/MANIFEST.MF")) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream content = in.getInputStream(entry)) {
                        content.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
