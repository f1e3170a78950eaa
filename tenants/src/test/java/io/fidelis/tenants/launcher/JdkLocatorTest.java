package io.fidelis.tenants.launcher;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class JdkLocatorTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void readsTheFeatureVersionOfReleaseFiles() {
        assertEquals(Optional.of(17), JdkLocator.featureOf("IMPLEMENTOR=\"Debian\"\nJAVA_VERSION=\"17.0.15\"\n"));
        assertEquals(Optional.of(25), JdkLocator.featureOf("JAVA_VERSION=\"25.0.3\"\nJAVA_VERSION_DATE=\"2026-04-21\""));
        assertEquals(Optional.of(21), JdkLocator.featureOf("JAVA_VERSION=\"21\""));
        assertEquals(Optional.of(8), JdkLocator.featureOf("JAVA_VERSION=\"1.8.0_412\""));
        assertEquals(Optional.empty(), JdkLocator.featureOf("JAVA_RUNTIME_VERSION=\"17\""));
    }

    @Test
    public void javaHomeWinsWhenItFitsElseTheNewestThatFits() throws IOException {
        Path jdk17 = jdk("jdk-17", "17.0.15");
        Path jdk21 = jdk("jdk-21", "21.0.7");
        Path jdk25 = jdk("jdk-25", "25.0.3");
        JdkLocator locator = new JdkLocator(jdk21, List.of(jdk17, jdk25));
        assertEquals(jdk17, locator.exactly(17).home());
        assertEquals(jdk21, locator.atLeast(21).home());
        assertEquals(jdk25, new JdkLocator(jdk17, List.of(jdk21, jdk25)).atLeast(21).home());
        assertEquals(jdk25, new JdkLocator(null, List.of(jdk17, jdk21, jdk25)).atLeast(21).home());
    }

    @Test
    public void aMissingVersionIsNamedInTheError() throws IOException {
        Path jre = folder.newFolder("jre-17").toPath();
        Files.writeString(jre.resolve("release"), "JAVA_VERSION=\"17.0.1\"");
        try {
            new JdkLocator(null, List.of(jdk("jdk-25", "25.0.3"), jre)).exactly(17);
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("No Java 17 JDK found"));
            assertTrue(e.getMessage(), e.getMessage().contains("25.0.3"));
            return;
        }
        throw new AssertionError("expected a failure");
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = folder.newFolder(name).toPath();
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Files.createDirectories(home.resolve("bin"));
        for (String tool : List.of("java", "javac")) {
            Path file = Files.createFile(home.resolve("bin").resolve(tool));
            assertTrue(file.toFile().setExecutable(true));
        }
        return home;
    }
}
