package io.fidelis.tenancy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The merchant-type templates: the ones packed in this bundle (copied from {@code tenants/templates}),
 * and support's own in a folder (e.g. {@code etc/fidelis/templates}), which win on equal names.
 */
final class TemplateLibrary {

    static final List<String> PACKAGED = List.of("bar", "casino", "gym", "hairdresser", "shop");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");

    private final Path folder;

    TemplateLibrary(Path folder) {
        this.folder = folder;
    }

    List<String> names() {
        TreeSet<String> names = new TreeSet<>(PACKAGED);
        if (folder != null && Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                        .map(n -> n.substring(0, n.length() - 5)).filter(n -> NAME.matcher(n).matches()).forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list templates in " + folder, e);
            }
        }
        return List.copyOf(names);
    }

    Optional<JsonNode> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        try {
            if (folder != null && Files.isRegularFile(folder.resolve(name + ".json"))) {
                return Optional.of(KeycloakClient.JSON.readTree(folder.resolve(name + ".json").toFile()));
            }
            try (InputStream in = TemplateLibrary.class.getClassLoader().getResourceAsStream("templates/" + name + ".json")) {
                return in == null ? Optional.empty() : Optional.of(KeycloakClient.JSON.readTree(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("template " + name + " is unreadable: " + e.getMessage(), e);
        }
    }
}
