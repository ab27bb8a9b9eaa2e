package svo.ingest;

import org.duckdb.DuckDBAppender;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rejects of one import: every one is written to the {@code reject} table (inside the import's
 * transaction, so a strict failure leaves none behind); the first few are kept for the message.
 */
final class RejectLog {
    static final int KEEP_FOR_MESSAGE = 20;

    private final DuckDBAppender out;
    private final long batchId;
    private final List<ImportReport.RejectRecord> first = new ArrayList<>();
    private long rowsRejectedWhileReading;
    private final Set<Long> loadedLinesRejected = new HashSet<>();

    RejectLog(DuckDBAppender out, long batchId) {
        this.out = out;
        this.batchId = batchId;
    }

    /** A row refused while reading (it was never appended). */
    void addRow(long line, List<Row.Error> errors) throws SQLException {
        rowsRejectedWhileReading++;
        for (Row.Error e : errors) write(new ImportReport.RejectRecord(line, e.column(), e.value(), e.reason()));
    }

    /** Rows refused by a set-based check after they were appended. */
    void addLoadedRowsRejected(List<ImportReport.RejectRecord> records) {
        try {
            for (ImportReport.RejectRecord r : records) {
                loadedLinesRejected.add(r.line());
                write(r);
            }
        } catch (SQLException e) {
            throw new svo.store.StoreException("cannot record rejects: " + e.getMessage(), e);
        }
    }

    private void write(ImportReport.RejectRecord r) throws SQLException {
        out.beginRow();
        out.append(batchId);
        out.append(r.line());
        out.append(r.column());
        out.append(r.value());
        out.append(r.reason());
        out.endRow();
        if (first.size() < KEEP_FOR_MESSAGE) first.add(r);
    }

    long rowsRejected() {
        return rowsRejectedWhileReading + loadedLinesRejected.size();
    }

    long loadedRowsRejected() {
        return loadedLinesRejected.size();
    }

    List<ImportReport.RejectRecord> first() {
        return first.stream().sorted((a, b) -> Long.compare(a.line(), b.line())).toList();
    }

    void close() throws SQLException {
        out.flush();
        out.close();
    }
}
