package io.fidelis.ledger.internal.tx;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PGobject;

/**
 * Plain JDBC on the connection of the current transaction, for the till path: its SQL is hand-written anyway, and
 * EclipseLink's native queries cost more CPU than the statements themselves (they match every parameter against
 * every other, quadratic in the size of a basket's INSERT). Statements use numbered parameters {@code ?1, ?2}, as
 * JPA native queries do, so one value can appear several times.
 *
 * <p>The transaction's tenant setting for row-level security travels with the first statement, in the same round
 * trip as the driver's BEGIN and that statement. The driver sends the statements of one string together only when
 * it can bound the size of their answers: a server-prepared statement whose parameters had no declared type is
 * described, and a described statement returning text makes the driver wait for all earlier answers before
 * sending it (a round trip each). So every parameter is bound with its type, and the setting answers a boolean.
 */
public final class Sql {

    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");
    private static final Map<String, Translated> TRANSLATIONS = new ConcurrentHashMap<>();
    private static final int MAX_TRANSLATIONS = 4096;
    private static final String TENANT_SETTING = "SELECT set_config('fidelis.tenant', ?, true) IS NOT NULL; ";

    private final Connection connection;
    private String pendingTenant;
    private boolean used;
    private boolean committed;

    Sql(Connection connection, String tenantSetting) {
        this.connection = connection;
        this.pendingTenant = tenantSetting;
    }

    /** Every row, each as its columns. */
    public List<Object[]> rows(String sql, Object... parameters) {
        return rows(sql, parameters, false);
    }

    private List<Object[]> rows(String sql, Object[] parameters, boolean commit) {
        return execute(sql, parameters, commit, Sql::read);
    }

    private static List<Object[]> read(PreparedStatement statement) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet result = statement.getResultSet()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = result.getObject(c + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * Several statements separated by {@code ;}, sent together in one round trip: the rows of each, in order. They
     * share the numbered parameters.
     */
    public List<List<Object[]>> rowsOfEach(String sql, Object... parameters) {
        return execute(sql, parameters, false, statement -> {
            List<List<Object[]>> results = new ArrayList<>();
            do {
                if (statement.getResultSet() != null) {
                    results.add(read(statement));
                }
            } while (statement.getMoreResults() || statement.getUpdateCount() != -1);
            return results;
        });
    }

    /** The first column of every row. */
    public List<Object> column(String sql, Object... parameters) {
        return rows(sql, parameters).stream().map(row -> row[0]).toList();
    }

    /** The first column of the first row, if there is a row. */
    public Optional<Object> value(String sql, Object... parameters) {
        List<Object[]> rows = rows(sql, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0)[0]);
    }

    /** Runs an INSERT, UPDATE or DELETE without RETURNING; gives the number of rows it changed. */
    public int update(String sql, Object... parameters) {
        return execute(sql, parameters, false, PreparedStatement::getUpdateCount);
    }

    /**
     * Runs the transaction's last statement and commits it in the same round trip. Nothing may follow on this
     * connection: the transaction manager's commit then finds nothing left to commit. If the statement fails,
     * PostgreSQL skips the COMMIT and the transaction is rolled back as usual.
     */
    public int updateAndCommit(String sql, Object... parameters) {
        return execute(sql, parameters, true, PreparedStatement::getUpdateCount);
    }

    /** Like {@link #rows} for a read-only transaction's only statement, which it commits in the same round trip. */
    public List<Object[]> rowsAndCommit(String sql, Object... parameters) {
        return rows(sql, parameters, true);
    }

    private interface Reader<T> {
        T read(PreparedStatement statement) throws SQLException;
    }

    private <T> T execute(String sql, Object[] parameters, boolean commit, Reader<T> reader) {
        if (committed) {
            throw new IllegalStateException("a statement after the one that committed the transaction: " + sql);
        }
        Translated translated = translation(sql);
        String tenant = pendingTenant;
        pendingTenant = null;
        String text = (tenant == null ? "" : TENANT_SETTING) + translated.sql() + (commit ? "; COMMIT" : "");
        try (PreparedStatement statement = connection.prepareStatement(text)) {
            int offset = 0;
            if (tenant != null) {
                bind(statement, 1, tenant);
                offset = 1;
            }
            int[] order = translated.parameterOrder();
            for (int i = 0; i < order.length; i++) {
                bind(statement, offset + i + 1, parameters[order[i] - 1]);
            }
            statement.execute();
            if (tenant != null) {
                statement.getMoreResults();
            }
            T result = reader.read(statement);
            used = true;
            committed = commit;
            return result;
        } catch (SQLException e) {
            throw used || !DatabaseFailures.connectionLost(e) ? new SqlFailure(e) : new BrokenConnection(e);
        }
    }

    /** Remembered per text; a basket's INSERT has many shapes, so the memory is bounded rather than complete. */
    private static Translated translation(String sql) {
        Translated known = TRANSLATIONS.get(sql);
        if (known != null) {
            return known;
        }
        Translated translated = translate(sql);
        if (TRANSLATIONS.size() < MAX_TRANSLATIONS) {
            TRANSLATIONS.put(sql, translated);
        }
        return translated;
    }

    /**
     * Strings as {@code varchar} (the data source sends them untyped, for EclipseLink's sake), times as
     * {@code timestamptz}, days as {@code date}: see the class comment. A null stays untyped; the SQL casts it.
     */
    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.OTHER);
        } else if (value instanceof String text) {
            statement.setObject(index, varchar(text));
        } else if (value instanceof Timestamp time) {
            statement.setObject(index, time.toInstant().atOffset(ZoneOffset.UTC));
        } else if (value instanceof java.sql.Date day) {
            statement.setObject(index, day.toLocalDate());
        } else {
            statement.setObject(index, value);
        }
    }

    private static PGobject varchar(String text) throws SQLException {
        PGobject typed = new PGobject();
        typed.setType("varchar");
        typed.setValue(text);
        return typed;
    }

    record Translated(String sql, int[] parameterOrder) {
    }

    static Translated translate(String sql) {
        Matcher matcher = NUMBERED.matcher(sql);
        StringBuilder jdbc = new StringBuilder(sql.length());
        List<Integer> order = new ArrayList<>();
        while (matcher.find()) {
            order.add(Integer.parseInt(matcher.group(1)));
            matcher.appendReplacement(jdbc, "?");
        }
        matcher.appendTail(jdbc);
        return new Translated(jdbc.toString(), order.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A failed statement, carrying the driver's exception (and its SQL state) as the cause. */
    public static final class SqlFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        SqlFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
