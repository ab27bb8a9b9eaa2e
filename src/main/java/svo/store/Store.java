package svo.store;

import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The embedded DuckDB store: one file, schema brought up to date by {@link Migrations} on open.
 *
 * <pre>
 * try (Store store = Store.open(Path.of("svo-data/svo.duckdb"))) {
 *     long n = Jdbc.count(store.connection(), "SELECT count(*) FROM occurrence");
 * }
 * </pre>
 *
 * DuckDB allows one writing process per file. Within the process, {@link #connection()} is the main
 * connection (use it from one thread at a time); {@link #newConnection()} gives another connection to
 * the same database for a thread of its own (reads run while an import writes).
 */
public final class Store implements AutoCloseable {
    private final Path file;
    private final DuckDBConnection connection;
    private final int schemaVersion;

    private Store(Path file, DuckDBConnection connection, int schemaVersion) {
        this.file = file;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
    }

    /** Opens (creating if needed) the store file and applies any migrations it lacks. */
    public static Store open(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for the store " + abs + ": " + e.getMessage(), e);
        }
        DuckDBConnection conn = connect("jdbc:duckdb:" + abs, abs.toString());
        try {
            int version = Migrations.apply(conn, abs.toString());
            return new Store(abs, conn, version);
        } catch (RuntimeException e) {
            closeQuietly(conn);
            throw e;
        }
    }

    /**
     * The schema version of a store file, read without changing it; refuses a file that is not a store or was
     * written by a newer version.
     */
    static int schemaVersionOf(Path file) {
        Properties props = new Properties();
        props.setProperty("access_mode", "READ_ONLY");
        props.setProperty("autoinstall_known_extensions", "false");
        props.setProperty("autoload_known_extensions", "false");
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props)) {
            if (Jdbc.count(conn, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migration'") == 0) {
                throw new svo.BadInputException(file + " is not a store (it has no schema_migration table).");
            }
            int version = (int) Jdbc.count(conn, "SELECT coalesce(max(version), 0) FROM schema_migration");
            int newest = Migrations.newestKnown();
            if (version > newest) {
                throw new StoreException(file + " was written by a newer version of the product (schema version " + version
                        + "; this version knows up to " + newest + ").");
            }
            return version;
        } catch (SQLException e) {
            throw new svo.BadInputException(file + " is not a store this product can read: " + e.getMessage());
        }
    }

    /** A store that lives in memory only: for tests of code that never needs a file. */
    public static Store inMemory() {
        DuckDBConnection conn = connect("jdbc:duckdb:", ":memory:");
        int version = Migrations.apply(conn, ":memory:");
        return new Store(null, conn, version);
    }

    private static DuckDBConnection connect(String url, String label) {
        Properties props = new Properties();
        // No network here: never let DuckDB try to download an extension.
        props.setProperty("autoinstall_known_extensions", "false");
        props.setProperty("autoload_known_extensions", "false");
        try {
            return (DuckDBConnection) DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("lock") || msg.contains("Conflicting lock")) {
                throw new StoreException("the store " + label + " is in use by another process (is `./svo serve` "
                        + "running?). Stop that process, or use --store to choose another store.", e);
            }
            throw new StoreException("cannot open the store " + label + ": " + msg, e);
        }
    }

    /** The main connection. Not for concurrent use from several threads. */
    public Connection connection() {
        return connection;
    }

    /** Another connection to the same database, for use on another thread. Close it when done. */
    public Connection newConnection() {
        try {
            return connection.duplicate();
        } catch (SQLException e) {
            throw new StoreException("cannot open another connection to the store: " + e.getMessage(), e);
        }
    }

    /**
     * The same database seen through a connection of its own, for code that takes a {@code Store} (analyses,
     * reports) and runs on another thread: the web server runs each request on a view like this. Closing the
     * view closes only its connection.
     *
     * <pre>
     * try (Store mine = store.forThread()) {
     *     Result r = analysis.run(mine, scope);
     * }
     * </pre>
     */
    public Store forThread() {
        return new Store(file, (DuckDBConnection) newConnection(), schemaVersion);
    }

    /** The store file, or null for an in-memory store. */
    public Path file() {
        return file;
    }

    /** The highest migration applied. */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** Runs {@code work} in one transaction on the main connection: all of it is kept, or none of it. */
    public <T> T inTransaction(Jdbc.SqlFunction<Connection, T> work) {
        return Jdbc.inTransaction(connection, work);
    }

    /** Writes everything to the store file now (DuckDB otherwise checkpoints its log when it likes). */
    public void checkpoint() {
        Jdbc.execute(connection, "CHECKPOINT");
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing is best effort; nothing to recover
        }
    }
}
