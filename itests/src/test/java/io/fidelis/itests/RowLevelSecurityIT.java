package io.fidelis.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.assertThrows;

import io.fidelis.itests.support.TestStack;
import io.fidelis.ledger.internal.migration.SchemaMigrator;
import io.fidelis.tenants.launcher.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.BeforeClass;
import org.junit.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The second line of tenant isolation, checked in SQL: the application role Karaf connects as sees
 * and writes only the rows of the tenant its transaction names, and none without one.
 */
public class RowLevelSecurityIT {

    private static Database owner;
    private static Database application;

    @BeforeClass
    public static void migrateAndSeedTwoTenants() throws Exception {
        owner = TestStack.freshDatabase("fidelis_rls");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(owner.url());
        dataSource.setUser(owner.user());
        dataSource.setPassword(owner.password());
        SchemaMigrator.migrate(dataSource);
        application = owner.asLoginRole(Database.APPLICATION_ROLE, "");
        try (Connection sql = connect(owner); Statement seed = sql.createStatement()) {
            for (String tenant : new String[] {"tenant-a", "tenant-b"}) {
                seed.execute("INSERT INTO tenant (tenant_id, name, currency, timezone, day_cutoff_hour) "
                        + "VALUES ('" + tenant + "', '" + tenant + "', 'EUR', 'Europe/Paris', 6)");
                seed.execute("INSERT INTO member (tenant_id, member_id, display_name, created_at) "
                        + "VALUES ('" + tenant + "', gen_random_uuid(), 'someone', now())");
                seed.execute("INSERT INTO tenant_role (tenant_id, username, role) VALUES ('" + tenant + "', 'ann', 'merchant-admin')");
            }
        }
    }

    @Test
    public void withoutATenantSettingTheApplicationRoleSeesNoRow() throws SQLException {
        try (Connection sql = connect(application)) {
            assertEquals(0, count(sql, "member"));
            assertEquals(0, count(sql, "tenant"));
        }
    }

    @Test
    public void withATenantSettingItSeesThatTenantOnly() throws SQLException {
        try (Connection sql = connect(application)) {
            sql.setAutoCommit(false);
            nameTenant(sql, "tenant-a");
            assertEquals(1, count(sql, "member"));
            assertEquals(1, count(sql, "tenant"));
            assertEquals(0, countWhere(sql, "member", "tenant_id <> 'tenant-a'"));
            sql.rollback();
        }
    }

    @Test
    public void itCannotWriteARowOfAnotherTenant() throws SQLException {
        try (Connection sql = connect(application)) {
            sql.setAutoCommit(false);
            nameTenant(sql, "tenant-a");
            SQLException refused = assertThrows(SQLException.class, () -> sql.createStatement().execute(
                    "INSERT INTO member (tenant_id, member_id, display_name, created_at) "
                            + "VALUES ('tenant-b', gen_random_uuid(), 'intruder', now())"));
            assertEquals("42501", refused.getSQLState());
            sql.rollback();
        }
        try (Connection sql = connect(owner)) {
            assertEquals(0, countWhere(sql, "member", "display_name = 'intruder'"));
        }
    }

    @Test
    public void theLedgerIsAppendOnlyForIt() throws SQLException {
        try (Connection sql = connect(application)) {
            sql.setAutoCommit(false);
            nameTenant(sql, "tenant-a");
            SQLException refused = assertThrows(SQLException.class,
                    () -> sql.createStatement().execute("DELETE FROM ledger_entry"));
            assertEquals("42501", refused.getSQLState());
            sql.rollback();
        }
    }

    @Test
    public void everyTableWithATenantColumnHasRowLevelSecurity() throws SQLException {
        try (Connection sql = connect(owner); Statement query = sql.createStatement();
             var rows = query.executeQuery("SELECT c.relname FROM pg_class c JOIN information_schema.columns col"
                     + " ON col.table_name = c.relname AND col.table_schema = 'public' AND col.column_name = 'tenant_id'"
                     + " WHERE c.relkind = 'r' AND NOT c.relrowsecurity")) {
            java.util.List<String> unprotected = new java.util.ArrayList<>();
            while (rows.next()) {
                unprotected.add(rows.getString(1));
            }
            assertEquals(java.util.List.of(), unprotected);
        }
    }

    @Test
    public void rolesPerTenantAreIsolatedLikeEveryOtherRow() throws SQLException {
        try (Connection sql = connect(application)) {
            sql.setAutoCommit(false);
            assertEquals(0, count(sql, "tenant_role"));
            nameTenant(sql, "tenant-a");
            assertEquals(1, count(sql, "tenant_role"));
            assertEquals(0, countWhere(sql, "tenant_role", "tenant_id <> 'tenant-a'"));
            sql.rollback();
        }
    }

    @Test
    public void purgingNeedsTheTransactionToNameThatTenantAndTheDirectoryShowsOnlyTenantRows() throws SQLException {
        try (Connection sql = connect(application)) {
            sql.setAutoCommit(false);
            nameTenant(sql, "tenant-a");
            SQLException refused = assertThrows(SQLException.class,
                    () -> sql.createStatement().execute("SELECT fidelis_purge_tenant('tenant-b')"));
            assertTrue(refused.getMessage(), refused.getMessage().contains("must name tenant tenant-b"));
            sql.rollback();
            try (Statement query = sql.createStatement();
                 var rows = query.executeQuery("SELECT count(*) FROM fidelis_tenant_directory()")) {
                rows.next();
                assertEquals(2, rows.getLong(1));
            }
            sql.rollback();
        }
        try (Connection sql = connect(owner)) {
            assertEquals(1, countWhere(sql, "member", "tenant_id = 'tenant-b'"));
        }
    }

    private static void nameTenant(Connection sql, String tenant) throws SQLException {
        try (var set = sql.prepareStatement("SELECT set_config('fidelis.tenant', ?, true)")) {
            set.setString(1, tenant);
            set.execute();
        }
    }

    private static int count(Connection sql, String table) throws SQLException {
        return countWhere(sql, table, "true");
    }

    private static int countWhere(Connection sql, String table, String condition) throws SQLException {
        try (Statement statement = sql.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM " + table + " WHERE " + condition)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Connection connect(Database database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }
}
