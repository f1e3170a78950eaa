package io.fidelis.tenants.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A PostgreSQL database by JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/fidelis}. */
public record Database(String url, String user, String password) {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?");
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    /** The database of this name on the same server, with the same credentials. */
    public Database withName(String name) {
        Matcher matcher = URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host:port/database URL: " + url);
        }
        return new Database(matcher.group(1) + name + (matcher.group(3) == null ? "" : matcher.group(3)), user, password);
    }

    public String name() {
        Matcher matcher = URL.matcher(url);
        return matcher.matches() ? matcher.group(2) : "";
    }

    /** Creates the database when the server does not have it yet (connects to the {@code postgres} database). */
    public Database createIfMissing() {
        if (!NAME.matcher(name()).matches()) {
            throw new IllegalArgumentException("unexpected database name '" + name() + "' in " + url);
        }
        try (Connection connection = DriverManager.getConnection(withName("postgres").url(), user, password);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name());
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + name());
                    }
                }
            }
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach or create database " + url + " as " + user + ": " + e.getMessage(), e);
        }
    }

    /** The application role Karaf connects as: it does not own the tables, so row-level security applies to it. */
    public static final String APPLICATION_ROLE = "fidelis_app";

    /**
     * This database as seen by a login role, created when the server lacks it (roles are server-wide,
     * so the first start must create it before Karaf's pool connects). This database's user needs
     * the right to create roles.
     */
    public Database asLoginRole(String role, String rolePassword) {
        if (!NAME.matcher(role).matches()) {
            throw new IllegalArgumentException("unexpected role name '" + role + "'");
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            exists.setString(1, role);
            try (ResultSet rows = exists.executeQuery(); Statement create = connection.createStatement()) {
                if (!rows.next()) {
                    create.execute("CREATE ROLE " + role + " LOGIN");
                }
                if (!rolePassword.isEmpty()) {
                    create.execute("ALTER ROLE " + role + " PASSWORD '" + rolePassword.replace("'", "''") + "'");
                }
            }
            return new Database(url, role, rolePassword);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create role " + role + " on " + url + " as " + user + ": " + e.getMessage(), e);
        }
    }
}
