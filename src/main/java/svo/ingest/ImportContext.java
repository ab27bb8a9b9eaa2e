package svo.ingest;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import svo.store.Jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What an importer may use while loading one file: the connection (inside the import's transaction), the
 * new batch's id, appenders, the pseudonymiser, and set-based rejection of rows already appended.
 */
public final class ImportContext {
    private final DuckDBConnection connection;
    private final long batchId;
    private final String table;
    private final String source;
    private final ImportOptions options;
    private final Supplier<Pseudonymiser> pseudonymiser;
    private final List<DuckDBAppender> appenders = new ArrayList<>();
    private final RejectLog rejects;
    private List<Long> replacing = List.of();

    ImportContext(DuckDBConnection connection, long batchId, String table, String source, ImportOptions options,
                  Supplier<Pseudonymiser> pseudonymiser, RejectLog rejects) {
        this.connection = connection;
        this.batchId = batchId;
        this.table = table;
        this.source = source;
        this.options = options;
        this.pseudonymiser = pseudonymiser;
        this.rejects = rejects;
    }

    /** The connection, inside the import's transaction. */
    public Connection connection() {
        return connection;
    }

    /** The id of the batch being created. */
    public long batchId() {
        return batchId;
    }

    /** The source label of this import. */
    public String source() {
        return source;
    }

    /** The options of this import. */
    public ImportOptions options() {
        return options;
    }

    /** The pseudonymiser (its key is read the first time it is asked for). */
    public Pseudonymiser pseudonymiser() {
        return pseudonymiser.get();
    }

    /** An appender for a table; the runner flushes and closes it after the last row. */
    public DuckDBAppender appender(String tableName) throws SQLException {
        DuckDBAppender a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, tableName);
        appenders.add(a);
        return a;
    }

    void closeAppenders() throws SQLException {
        // flush() reports a failed append (a constraint, a type); close() alone would leave only an aborted transaction.
        for (DuckDBAppender a : appenders) {
            a.flush();
            a.close();
        }
        appenders.clear();
    }

    /** After a failure: flush appenders into the transaction that is about to be rolled back. */
    void closeAppendersQuietly() {
        for (DuckDBAppender a : appenders) {
            try {
                a.close();
            } catch (SQLException | RuntimeException ignored) {
                // the transaction is rolled back anyway
            }
        }
        appenders.clear();
    }

    /** Batches this import will supersede (set before {@link Importer.Load#finish()} runs). */
    public List<Long> replacing() {
        return replacing;
    }

    void replacing(List<Long> batches) {
        this.replacing = List.copyOf(batches);
    }

    /** SQL list of the batches being replaced, for {@code NOT IN (…)}: "-1" when none. */
    public String replacingSqlList() {
        return replacing.isEmpty() ? "-1" : String.join(",", replacing.stream().map(String::valueOf).toList());
    }

    /**
     * Rejects rows already appended to this batch: {@code select} returns {@code line, column_name, value,
     * reason} for the rows to refuse; they are recorded as rejects and removed from the data table.
     */
    public void rejectWhere(String select, Object... params) {
        Jdbc.execute(connection, "DROP TABLE IF EXISTS svo_import_rejects");
        Jdbc.update(connection, "CREATE TEMP TABLE svo_import_rejects AS " + select, params);
        List<ImportReport.RejectRecord> found = Jdbc.query(connection,
                "SELECT line, column_name, value, reason FROM svo_import_rejects ORDER BY line",
                rs -> new ImportReport.RejectRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        if (!found.isEmpty()) {
            Jdbc.update(connection, "DELETE FROM " + table + " WHERE batch_id = ? AND line IN (SELECT line FROM svo_import_rejects)",
                    batchId);
            rejects.addLoadedRowsRejected(found);
        }
        Jdbc.execute(connection, "DROP TABLE svo_import_rejects");
    }
}
