package io.fidelis.rest.admin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class PluginFolderTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private static final String COMPONENT = "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"x\">"
            + "<service><provide interface=\"io.fidelis.api.program.ProgramType\"/></service></scr:component>";

    private static byte[] jar(String symbolicName, String version, String manifestVersion, String componentXml) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (manifestVersion != null) {
            main.putValue("Bundle-ManifestVersion", manifestVersion);
        }
        if (symbolicName != null) {
            main.putValue("Bundle-SymbolicName", symbolicName);
        }
        if (version != null) {
            main.putValue("Bundle-Version", version);
        }
        if (componentXml != null) {
            main.putValue("Service-Component", "OSGI-INF/component.xml");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            if (componentXml != null) {
                out.putNextEntry(new JarEntry("OSGI-INF/component.xml"));
                out.write(componentXml.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private PluginFolder folder() {
        return new PluginFolder(temp.getRoot().toPath().resolve("deploy"), temp.getRoot().toPath().resolve("tmp"));
    }

    @Test
    public void aPluginIsWrittenUnderItsSymbolicNameAndAnUpdateReplacesIt() throws IOException {
        PluginFolder folder = folder();
        PluginFolder.PluginFile first = folder.deploy(new ByteArrayInputStream(jar("acme-spa;singleton:=true", "1.0.0", "2", COMPONENT)), "body");
        assertEquals("acme-spa.jar", first.file());
        folder.deploy(new ByteArrayInputStream(jar("acme-spa", "1.1.0", "2", COMPONENT)), "body");
        List<PluginFolder.PluginFile> files = folder.list();
        assertEquals(1, files.size());
        assertEquals("1.1.0", files.get(0).bundleVersion());
        try (var staged = Files.list(temp.getRoot().toPath().resolve("tmp"))) {
            assertEquals(0, staged.count());
        }
    }

    @Test
    public void aCapabilityHeaderAlsoShowsAProgramType() throws IOException {
        Path file = temp.newFile("cap.jar").toPath();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "cap");
        manifest.getMainAttributes().putValue("Bundle-Version", "2.0.0");
        manifest.getMainAttributes().putValue("Provide-Capability",
                "osgi.service;objectClass:List<String>=\"io.fidelis.api.program.ProgramType\"");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file), manifest)) {
            out.flush();
        }
        assertEquals(new PluginJar("cap", "2.0.0"), PluginJar.inspect(file, "body"));
    }

    @Test
    public void jarsThatAreNotProgramTypePluginsAreRefusedAndNothingIsWritten() throws IOException {
        PluginFolder folder = folder();
        for (byte[] wrong : List.of(jar("x", "1.0.0", null, COMPONENT), jar(null, "1.0.0", "2", COMPONENT),
                jar("x", null, "2", COMPONENT), jar("x", "1.0.0", "2", null),
                jar("x", "1.0.0", "2", COMPONENT.replace("ProgramType", "Other")), jar("../x", "1.0.0", "2", COMPONENT),
                "not a jar".getBytes(StandardCharsets.UTF_8), new byte[0])) {
            InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                    () -> folder.deploy(new ByteArrayInputStream(wrong), "body"));
            assertEquals("body", refused.errors().get(0).field());
        }
        assertTrue(folder.list().isEmpty());
    }

    @Test
    public void removingAPluginDeletesItsJar() throws IOException {
        PluginFolder folder = folder();
        folder.deploy(new ByteArrayInputStream(jar("acme-spa", "1.0.0", "2", COMPONENT)), "body");
        assertEquals("acme-spa.jar", folder.remove("acme-spa").file());
        assertFalse(Files.exists(temp.getRoot().toPath().resolve("deploy/acme-spa.jar")));
        assertThrows(NotFoundException.class, () -> folder.remove("acme-spa"));
    }
}
