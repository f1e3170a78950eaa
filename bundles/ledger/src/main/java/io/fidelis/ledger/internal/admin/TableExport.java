package io.fidelis.ledger.internal.admin;

import io.fidelis.ledger.internal.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A tenant's rows as a zip: {@code <table>.json} and {@code <table>.csv} for every table with a
 * {@code tenant_id} column, so tables added by later migrations are exported too.
 */
final class TableExport {

    private final Connection connection;
    private final String tenantId;

    TableExport(Connection connection, String tenantId) {
        this.connection = connection;
        this.tenantId = tenantId;
    }

    void writeTo(OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            for (String table : tables()) {
                List<Map<String, Object>> rows = rows(table);
                entry(zip, table + ".json", Json.write(rows));
                entry(zip, table + ".csv", Csv.of(columns(table), rows));
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("export of " + tenantId + " failed", e);
        } catch (SQLException e) {
            throw new IllegalStateException("export of " + tenantId + " failed: " + e.getMessage(), e);
        }
    }

    List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t"
                        + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'"
                        + " WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' ORDER BY c.table_name");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private List<String> columns(String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM " + quote(table) + " WHERE false");
             ResultSet rows = query.executeQuery()) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
            return columns;
        }
    }

    private List<Map<String, Object>> rows(String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT * FROM " + quote(table) + " WHERE tenant_id = ? ORDER BY 1, 2")) {
            query.setString(1, tenantId);
            try (ResultSet rows = query.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                List<Map<String, Object>> result = new ArrayList<>();
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnName(i), plain(rows.getObject(i)));
                    }
                    result.add(row);
                }
                return result;
            }
        }
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        return value.toString();
    }

    private static String quote(String table) {
        return "\"" + table.replace("\"", "\"\"") + "\"";
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
