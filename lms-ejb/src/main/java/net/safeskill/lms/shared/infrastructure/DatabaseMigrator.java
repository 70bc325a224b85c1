package net.safeskill.lms.shared.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations in {@code db/migration} at deployment, before anything else touches the database.
 * The same migrations run on H2 and PostgreSQL; Hibernate never generates schema.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/LmsDS")
    private DataSource dataSource;

    private String databaseProduct;

    @PostConstruct
    void migrate() {
        try (Connection c = dataSource.getConnection()) {
            databaseProduct = c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Database not reachable: " + e.getMessage(), e);
        }
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database " + databaseProduct + ": " + result.migrationsExecuted
                + " migration(s) applied, schema version " + result.targetSchemaVersion);
    }

    /** @return the database product name reported by the driver, e.g. {@code H2} or {@code PostgreSQL} */
    public String databaseProduct() {
        return databaseProduct;
    }

    public boolean isEmbeddedDatabase() {
        return "H2".equalsIgnoreCase(databaseProduct);
    }

    /**
     * Whether demo loaders should run: as {@code lms.demo} / {@code LMS_DEMO} says, by default only on the embedded
     * database.
     */
    public boolean isDemoDataWanted() {
        String configured = System.getProperty("lms.demo", System.getenv("LMS_DEMO"));
        return configured == null ? isEmbeddedDatabase() : Boolean.parseBoolean(configured);
    }
}
