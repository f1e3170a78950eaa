package io.fidelis.ledger.internal.tx;

import static org.junit.Assert.assertEquals;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The till path's promise to PostgreSQL (the real one at 127.0.0.1:5432): the transaction's BEGIN, the tenant
 * setting and the first statement travel in one round trip, also once the driver has prepared the statement on
 * the server and described it. The data source's settings are the product's ({@code stringtype=unspecified}).
 */
public class SqlRoundTripsTest {

    private static final String URL = System.getProperty("fidelis.test.db.url", "jdbc:postgresql://127.0.0.1:5432/postgres");

    private Connection connection;

    @Before
    public void connect() throws SQLException {
        Properties settings = new Properties();
        settings.setProperty("user", System.getProperty("fidelis.test.db.user", "postgres"));
        settings.setProperty("password", System.getProperty("fidelis.test.db.password", "postgres"));
        settings.setProperty("stringtype", "unspecified");
        settings.setProperty("prepareThreshold", "1");
        settings.setProperty("socketFactory", CountingSocketFactory.class.getName());
        connection = DriverManager.getConnection(URL, settings);
        connection.setAutoCommit(false);
    }

    @After
    public void close() throws SQLException {
        connection.close();
    }

    @Test
    public void tenantSettingAndATextAnsweringReadAreOneRoundTripEvenWhenPrepared() throws SQLException {
        for (int call = 1; call <= 4; call++) {
            Sql sql = new Sql(connection, "tenant-" + call);
            int before = CountingSocketFactory.roundTrips.get();
            Object[] row = sql.rows("SELECT current_setting('fidelis.tenant') || ':' || ?1, "
                            + "?2 = TIMESTAMPTZ '2026-12-07 10:15:30+00', ?3 = DATE '2026-12-07', ?4 + 1",
                    "card-" + call, Timestamp.from(Instant.parse("2026-12-07T10:15:30Z")), java.sql.Date.valueOf("2026-12-07"),
                    41L).get(0);
            assertEquals("call " + call, 1, CountingSocketFactory.roundTrips.get() - before);
            assertEquals("tenant-" + call + ":card-" + call, row[0]);
            assertEquals(List.of(true, true, 42L), List.of(row[1], row[2], row[3]));
            connection.rollback();
        }
    }

    @Test
    public void aReadThatCommitsIsOneRoundTrip() throws SQLException {
        for (int call = 1; call <= 4; call++) {
            Sql sql = new Sql(connection, "tenant-" + call);
            int before = CountingSocketFactory.roundTrips.get();
            Object[] row = sql.rowsAndCommit("SELECT current_setting('fidelis.tenant'), ?1", "x" + call).get(0);
            assertEquals("call " + call, 1, CountingSocketFactory.roundTrips.get() - before);
            assertEquals("tenant-" + call, row[0]);
        }
    }

    @Test
    public void statementsSentTogetherAreOneRoundTripAndEachGivesItsRows() throws SQLException {
        for (int call = 1; call <= 4; call++) {
            Sql sql = new Sql(connection, "tenant-" + call);
            int before = CountingSocketFactory.roundTrips.get();
            List<List<Object[]>> results = sql.rowsOfEach("SELECT ?1 || ':' || current_setting('fidelis.tenant');\n"
                    + "SELECT n, ?1 FROM generate_series(1, ?2) AS n; SELECT COUNT(*) FROM generate_series(1, ?2) AS n WHERE n > 1",
                    "x", (long) call);
            assertEquals("call " + call, 1, CountingSocketFactory.roundTrips.get() - before);
            assertEquals("x:tenant-" + call, results.get(0).get(0)[0]);
            assertEquals(call, results.get(1).size());
            assertEquals((long) call - 1, ((Number) results.get(2).get(0)[0]).longValue());
            connection.rollback();
        }
    }

    /**
     * Counts round trips on every socket it makes: a write that follows a read (or the first write) starts one.
     * The driver instantiates it by name, hence the static counter.
     */
    public static final class CountingSocketFactory extends SocketFactory {

        static final AtomicInteger roundTrips = new AtomicInteger();

        @Override
        public Socket createSocket() {
            return new CountingSocket();
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return connected(host, port);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return connected(host, port);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return connected(host.getHostAddress(), port);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
            return connected(address.getHostAddress(), port);
        }

        private static Socket connected(String host, int port) throws IOException {
            Socket socket = new CountingSocket();
            socket.connect(new java.net.InetSocketAddress(host, port));
            return socket;
        }
    }

    private static final class CountingSocket extends Socket {

        private boolean reading = true;

        @Override
        public InputStream getInputStream() throws IOException {
            return new FilterInputStream(super.getInputStream()) {
                @Override
                public int read() throws IOException {
                    reading = true;
                    return super.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    reading = true;
                    return super.read(buffer, offset, length);
                }
            };
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
            return new FilterOutputStream(super.getOutputStream()) {
                @Override
                public void write(int b) throws IOException {
                    writing();
                    out.write(b);
                }

                @Override
                public void write(byte[] buffer, int offset, int length) throws IOException {
                    writing();
                    out.write(buffer, offset, length);
                }
            };
        }

        private void writing() {
            if (reading) {
                reading = false;
                CountingSocketFactory.roundTrips.incrementAndGet();
            }
        }
    }
}
