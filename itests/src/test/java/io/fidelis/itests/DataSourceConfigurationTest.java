package io.fidelis.itests;

import org.junit.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The pooled data source the distribution ships (etc/org.ops4j.datasource-fidelis.cfg): a till must
 * get its 503 within seconds when the database is down, not after the pool's default 30 s wait for a
 * connection (TillResilienceIT shows it end to end).
 */
public class DataSourceConfigurationTest {

    private static final Path CFG = Path.of(System.getProperty("fidelis.repository", ".."),
            "features/distribution/src/main/resources/assembly/etc/org.ops4j.datasource-fidelis.cfg");

    @Test
    public void aRequestWaitsAtMostTwoSecondsForAConnection() throws IOException {
        Properties cfg = load();
        String timeout = cfg.getProperty("pool.connectionTimeout");
        assertNotNull("pool.connectionTimeout is not set: the pool would wait 30 s for a connection", timeout);
        long millis = Long.parseLong(timeout.trim());
        assertTrue("pool.connectionTimeout " + millis + " ms", millis >= 250 && millis <= 2000);
    }

    /** pax-transx 0.5 would close idle connections every 30 s (TillSalesIT#pooledConnectionsStayOpenBetweenSales). */
    @Test
    public void thePoolNeverClosesAConnectionForBeingIdle() throws IOException {
        assertEquals("0", load().getProperty("pool.idleTimeout", "unset").trim());
    }

    @Test
    public void thePoolIsTheJtaEnlistedTransxPool() throws IOException {
        Properties cfg = load();
        assertEquals("transx", cfg.getProperty("pool"));
        assertEquals("true", cfg.getProperty("xa"));
    }

    private static Properties load() throws IOException {
        Properties cfg = new Properties();
        try (Reader reader = Files.newBufferedReader(CFG)) {
            cfg.load(reader);
        }
        return cfg;
    }
}
