package io.fidelis.ledger.internal.migration;

import java.sql.Connection;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date with the Liquibase changelog before anything touches the tables.
 * Runs on the migration data source (the table owner), not the application's pooled one.
 */
@Component(service = SchemaReady.class, immediate = true)
public class SchemaMigrator implements SchemaReady {

    static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    @Reference(target = "(osgi.jndi.service.name=fidelis-migration)")
    private DataSource migrationDataSource;

    @Activate
    void activate() throws Exception {
        long start = System.nanoTime();
        migrate(migrationDataSource);
        LOG.info("Database schema is up to date ({} ms)", (System.nanoTime() - start) / 1_000_000);
    }

    /** Liquibase finds its own services through ServiceLoader on the context class loader. */
    public static void migrate(DataSource dataSource) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Scope.class.getClassLoader());
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            ClassLoaderResourceAccessor changelogs = new ClassLoaderResourceAccessor(SchemaMigrator.class.getClassLoader());
            // LoggerUIService: Liquibase's progress goes to the Karaf log, not to the console
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), changelogs, Scope.Attr.ui.name(), new LoggerUIService()), () ->
                    new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                            .execute());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
