package io.fidelis.rest.admin;

import io.fidelis.ledger.api.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

/**
 * What a plugin jar says about itself, checked before it goes near Karaf: an OSGi bundle (manifest version 2, a
 * symbolic name and a version) that provides a {@code ProgramType} service, as a DS component or a declared capability.
 */
public record PluginJar(String symbolicName, String version) {

    static final String PROGRAM_TYPE = "io.fidelis.api.program.ProgramType";
    private static final Pattern SYMBOLIC_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,200}");

    /** Reads and checks the jar at {@code file}; refuses it naming {@code field}. */
    public static PluginJar inspect(Path file, String field) {
        try (JarFile jar = new JarFile(file.toFile())) {
            Attributes main = jar.getManifest() == null ? null : jar.getManifest().getMainAttributes();
            if (main == null) {
                throw new InvalidRequestException(field, "must be a jar with a META-INF/MANIFEST.MF");
            }
            if (!"2".equals(trim(main.getValue("Bundle-ManifestVersion")))) {
                throw new InvalidRequestException(field, "must be an OSGi bundle (Bundle-ManifestVersion: 2)");
            }
            String name = trim(main.getValue("Bundle-SymbolicName"));
            name = name == null ? null : name.split(";", 2)[0].trim();
            if (name == null || !SYMBOLIC_NAME.matcher(name).matches()) {
                throw new InvalidRequestException(field, "must have a Bundle-SymbolicName of letters, digits, dots, dashes or underscores");
            }
            String version = trim(main.getValue("Bundle-Version"));
            if (version == null) {
                throw new InvalidRequestException(field, "must have a Bundle-Version");
            }
            if (!providesProgramType(jar, main)) {
                throw new InvalidRequestException(field, "must provide a " + PROGRAM_TYPE + " service (a DS @Component(service = ProgramType.class))");
            }
            return new PluginJar(name, version);
        } catch (IOException e) {
            throw new InvalidRequestException(field, "must be a readable jar file: " + e.getMessage());
        }
    }

    public String fileName() {
        return symbolicName + ".jar";
    }

    private static boolean providesProgramType(JarFile jar, Attributes main) throws IOException {
        String capabilities = main.getValue("Provide-Capability");
        if (capabilities != null && capabilities.contains(PROGRAM_TYPE)) {
            return true;
        }
        if (main.getValue("Service-Component") == null) {
            return false;
        }
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            if (entry.getName().startsWith("OSGI-INF/") && entry.getName().endsWith(".xml") && entry.getSize() < 1_000_000) {
                try (InputStream in = jar.getInputStream(entry)) {
                    if (new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("interface=\"" + PROGRAM_TYPE + "\"")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
