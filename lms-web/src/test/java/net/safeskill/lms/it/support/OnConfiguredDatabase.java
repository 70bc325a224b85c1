package net.safeskill.lms.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides, before Arquillian starts the server, whether the in-container tests can run on the database this
 * failsafe execution is for. H2 always can. PostgreSQL can when it is reachable: then a fresh {@code lms_it}
 * database is created once per run. When it is not reachable the tests are skipped with a plain message — except
 * in CI ({@code CI=true}), where an unreachable PostgreSQL is an error.
 */
public class OnConfiguredDatabase implements ExecutionCondition {

    private static Boolean postgresReady;
    private static String reason;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String db = System.getProperty("lms.it.db", "h2");
        if (!"postgresql".equals(db)) {
            return ConditionEvaluationResult.enabled("in-container tests on " + db);
        }
        synchronized (OnConfiguredDatabase.class) {
            if (postgresReady == null) {
                prepare();
            }
        }
        if (postgresReady) {
            return ConditionEvaluationResult.enabled("in-container tests on PostgreSQL");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + reason);
        }
        System.out.println("SKIPPED in-container tests on PostgreSQL: " + reason);
        return ConditionEvaluationResult.disabled("SKIPPED on PostgreSQL: " + reason);
    }

    private static void prepare() {
        String url = System.getProperty("lms.it.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
        String database = System.getProperty("lms.it.pg.database", "lms_it");
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unsafe database name " + database);
        }
        try (Connection c = DriverManager.getConnection(url + "postgres", System.getProperty("lms.it.pg.user",
                "postgres"), System.getProperty("lms.it.pg.password", ""));
             Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8'");
            postgresReady = true;
            System.out.println("PostgreSQL reachable at " + url + ": fresh database " + database + " created");
        } catch (SQLException e) {
            postgresReady = false;
            reason = "PostgreSQL at " + url + " is not reachable (" + e.getMessage() + ")";
        }
    }
}
