package svo.ingest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import did: the batch it created (or the earlier batch that already holds this file), rows read,
 * loaded and rejected, the first rejects, the batches it superseded, columns ignored, located rows that fall
 * inside no loaded area (a data-quality figure), and how long it took.
 */
public record ImportReport(String dataset, String fileName, String sha256, long batchId, boolean skipped,
                           long skippedBecauseOfBatch, long rowsRead, long rowsLoaded, long rowsRejected,
                           LocalDate periodFrom, LocalDate periodTo, List<RejectRecord> firstRejects,
                           List<Long> superseded, List<String> ignoredColumns, String encoding,
                           long rowsOutsideAreas, Duration elapsed) {

    /** One refused cell of one row. */
    public record RejectRecord(long line, String column, String value, String reason) {
        /** "line 118, column committed_from: '31/02/2025' is not a date; expected …" */
        public String describe() {
            return "line " + line + (column != null ? ", column " + column : "") + ": " + reason;
        }
    }

    /** Rows per second of wall time (0 for a skipped file). */
    public double rowsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : rowsRead / s;
    }
}
