package io.fidelis.tenants.launcher;

import org.junit.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

public class LauncherSettingsTest {

    @Test
    public void defaultsFollowTheArchitecture() {
        LauncherSettings settings = LauncherSettings.from(Map.of("FIDELIS_HOME", "/tmp/fh"), "--repo=/work/main");
        assertEquals(Path.of("/tmp/fh"), settings.home());
        assertEquals(8180, settings.keycloakPort());
        assertEquals(9180, settings.keycloakManagementPort());
        assertEquals("http://localhost:8181/api", settings.apiUrl());
        assertEquals("http://localhost:8080", settings.consoleUrl());
        assertEquals("fidelis", settings.realm());
        assertNull(settings.dbUrl());
        assertEquals(Set.of(), settings.skip());
    }

    @Test
    public void environmentAndArgumentsOverride() {
        LauncherSettings settings = LauncherSettings.from(Map.of("FIDELIS_KEYCLOAK_URL", "http://localhost:18180/",
                "FIDELIS_HTTP_PORT", "18181", "SERVER_PORT", "18080", "FIDELIS_DB_URL", "jdbc:postgresql://127.0.0.1:5432/fidelis_it"),
                "--skip=karaf,console", "--jdk17=/usr/lib/jvm/java-17-openjdk-amd64");
        assertEquals("http://localhost:18180", settings.keycloakUrl());
        assertEquals(19180, settings.keycloakManagementPort());
        assertEquals("http://localhost:18181/api", settings.apiUrl());
        assertEquals(Set.of("karaf", "console"), settings.skip());
        assertEquals(Path.of("/usr/lib/jvm/java-17-openjdk-amd64"), settings.jdk17());
    }

    @Test
    public void keycloakDatabaseSitsBesideTheFidelisOne() {
        Database fidelis = new Database("jdbc:postgresql://127.0.0.1:5432/fidelis_it?sslmode=disable", "postgres", "");
        assertEquals("jdbc:postgresql://127.0.0.1:5432/keycloak_it?sslmode=disable", fidelis.withName("keycloak_it").url());
        assertEquals("fidelis_it", fidelis.name());
    }

    @Test(expected = IllegalArgumentException.class)
    public void unknownArgumentsAreRefused() {
        LauncherSettings.from(Map.of(), "--verbose");
    }
}
