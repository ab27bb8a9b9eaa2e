package svo.ingest;

import java.sql.SQLException;

/**
 * Imports one data set from CSV. The {@link ImportRunner} does everything common (checksum, encoding,
 * header, batch record, rejects, strict/lenient, replacement, one transaction, progress); an importer only
 * validates and appends rows, and may run set-based checks in SQL when all rows are in.
 *
 * <pre>
 * final class WarningMarkerImporter implements Importer {
 *     public Layout layout() { … }
 *     public String table() { return "warning_marker_all"; }
 *     public Load start(ImportContext ctx, Header header) {
 *         var out = ctx.appender(table());
 *         return row -> { … validate with row.date(…), row.oneOf(…) …; if (row.ok()) { out.beginRow() … } };
 *     }
 * }
 * </pre>
 */
public interface Importer {
    /** The canonical layout (data set name, columns). */
    Layout layout();

    /** The data set name used on the command line: {@code occurrences}, {@code persons}, … */
    default String dataset() {
        return layout().dataset();
    }

    /** The {@code *_all} table the rows go into; it has {@code batch_id} and {@code line} columns. */
    String table();

    /** True when the data set holds person identifiers (the run then needs a pseudonymisation key). */
    default boolean needsKey() {
        return false;
    }

    /**
     * SQL giving the earliest and latest event date of a batch's rows (one {@code ?}: the batch id), so the
     * batch records the period it covers and {@code --replace} finds the batch it corrects.
     */
    String periodSql();

    /** True when rows carry coordinates that should be assigned to areas by point in polygon. */
    default boolean located() {
        return false;
    }

    /** Begins loading one file whose header is known. */
    Load start(ImportContext ctx, Header header) throws SQLException;

    /** Loading of one file. */
    interface Load {
        /** Validates one row and appends it when it is good. */
        void row(Row row) throws SQLException;

        /** After the last row: set-based checks that may reject rows already appended (see {@link ImportContext#rejectWhere}). */
        default void finish() throws SQLException {}
    }
}
