package io.fidelis.tenants;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the tenant files: {@code templates/<type>.json} (defaults per merchant type) and
 * {@code demo/realm.json}, which names the platform users and the demo tenants {@code demo/<id>.json}.
 * A tenant file with {@code "template"} gets the template's fields it does not set itself.
 * The files are read from the classpath (they are packed in the jar) or from the {@code tenants/} folder.
 */
public final class TenantFiles {

    /** Opens a file by its path relative to the {@code tenants/} folder, e.g. {@code templates/bar.json}. */
    @FunctionalInterface
    public interface Source {
        InputStream open(String relativePath) throws IOException;
    }

    private record DemoIndex(List<UserSpec> platformUsers, List<String> tenants) {
    }

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Source source;

    public TenantFiles(Source source) {
        this.source = source;
    }

    public static TenantFiles fromClasspath() {
        return new TenantFiles(path -> {
            InputStream in = TenantFiles.class.getClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new NoSuchFileException("classpath:" + path);
            }
            return in;
        });
    }

    public static TenantFiles fromDirectory(Path tenantsFolder) {
        return new TenantFiles(path -> Files.newInputStream(tenantsFolder.resolve(path)));
    }

    /** The demo realm: console URLs derived from {@code consoleBaseUrl}, demo users and tenants. */
    public RealmSpec demoRealm(String realm, String consoleBaseUrl) {
        DemoIndex index = convert(read("demo/realm.json"), DemoIndex.class, "demo/realm.json");
        List<TenantSpec> tenants = index.tenants().stream().map(id -> tenant("demo/" + id + ".json")).toList();
        return RealmSpec.forConsole(realm, consoleBaseUrl, index.platformUsers(), tenants);
    }

    public TenantSpec tenant(String relativePath) {
        JsonNode file = read(relativePath);
        JsonNode template = file.path("template");
        if (!template.isTextual()) {
            return convert(file, TenantSpec.class, relativePath);
        }
        ObjectNode merged = ((ObjectNode) read("templates/" + template.asText() + ".json")).deepCopy();
        merged.setAll((ObjectNode) file);
        return convert(merged, TenantSpec.class, relativePath);
    }

    public TenantSpec template(String merchantType) {
        return convert(read("templates/" + merchantType + ".json"), TenantSpec.class, merchantType);
    }

    private JsonNode read(String relativePath) {
        try (InputStream in = source.open(relativePath)) {
            return STRICT.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tenant file " + relativePath + ": " + e.getMessage(), e);
        }
    }

    private static <T> T convert(JsonNode node, Class<T> type, String origin) {
        try {
            return STRICT.treeToValue(node, type);
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid tenant file " + origin + ": " + e.getMessage(), e);
        }
    }
}
