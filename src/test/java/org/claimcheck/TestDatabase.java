package org.claimcheck;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A schema of its own on the real PostgreSQL for one test of the packaged service, dropped afterwards. The server
 * is the one the `pg` test profile uses: CLAIMCHECK_TEST_PG_URL, _USER and _PASSWORD, else the local one.
 */
public final class TestDatabase implements AutoCloseable {

    private final String schema;

    private TestDatabase(String schema) {
        this.schema = schema;
    }

    public static TestDatabase create() throws SQLException {
        String schema = "claimcheck_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection connection = connectToServer(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        return new TestDatabase(schema);
    }

    /** The JDBC URL of the server, with this test's schema as the current one. */
    public String jdbcUrl() {
        return jdbcUrlThrough(hostAndPort());
    }

    /** The same database reached through {@code hostAndPort}, e.g. a proxy in front of it. */
    public String jdbcUrlThrough(String hostAndPort) {
        return "jdbc:postgresql://" + hostAndPort + "/" + database() + "?currentSchema=" + schema;
    }

    /** The server's host and port, as in "127.0.0.1:5432". */
    public static String hostAndPort() {
        String rest = serverUrl().substring("jdbc:postgresql://".length());
        return rest.substring(0, rest.indexOf('/'));
    }

    private static String database() {
        String rest = serverUrl().substring("jdbc:postgresql://".length());
        String path = rest.substring(rest.indexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    public String schema() {
        return schema;
    }

    public static String user() {
        return System.getenv().getOrDefault("CLAIMCHECK_TEST_PG_USER", "postgres");
    }

    public static String password() {
        return System.getenv().getOrDefault("CLAIMCHECK_TEST_PG_PASSWORD", "");
    }

    /** The environment that points the packaged service at this schema, with the given API key. */
    public java.util.Map<String, String> serviceEnvironment(String apiKey) {
        return java.util.Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", user(),
                "QUARKUS_DATASOURCE_PASSWORD", password(),
                "CLAIMCHECK_ACCESS_API_KEY", apiKey);
    }

    public long count(String table) throws SQLException {
        return number("SELECT count(*) FROM " + table);
    }

    /** The number a query of one row and one column answers, such as a count, in this test's schema. */
    public long number(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A connection to the database, with this test's schema as the current one. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user(), password());
    }

    private static String serverUrl() {
        String url = System.getenv("CLAIMCHECK_TEST_PG_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test" : url;
    }

    private static Connection connectToServer() throws SQLException {
        return DriverManager.getConnection(serverUrl(), user(), password());
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = connectToServer(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
