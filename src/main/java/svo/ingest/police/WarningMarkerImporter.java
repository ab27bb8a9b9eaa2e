package svo.ingest.police;

import org.duckdb.DuckDBAppender;
import svo.ingest.Append;
import svo.ingest.Header;
import svo.ingest.ImportContext;
import svo.ingest.Importer;
import svo.ingest.Layout;
import svo.ingest.Layout.Field;
import svo.ingest.Pseudonymiser;
import svo.ingest.Row;
import svo.ingest.Vocabulary;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Warning markers (PNC warning signals) on people, one row per marker; person identifiers are pseudonymised. */
public final class WarningMarkerImporter implements Importer {
    static final Layout LAYOUT = new Layout("warning-markers", "Warning markers set on people, one row per marker.", List.of(
            Field.personal("person_id", true, "the source's identifier; must be the same identifier as in persons.csv"),
            Field.required("marker_type", String.join(", ", new java.util.TreeSet<>(Vocabulary.MARKER_TYPES))),
            Field.optional("date_set", "date the marker was set")));

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public String table() {
        return "warning_marker_all";
    }

    @Override
    public boolean needsKey() {
        return true;
    }

    @Override
    public String periodSql() {
        return "SELECT min(date_set), max(date_set) FROM warning_marker_all WHERE batch_id = ?";
    }

    @Override
    public Load start(ImportContext ctx, Header header) throws SQLException {
        DuckDBAppender out = ctx.appender(table());
        Pseudonymiser pseudonymiser = ctx.pseudonymiser();
        long batch = ctx.batchId();
        return r -> {
            String person = r.required("person_id");
            String raw = r.required("marker_type");
            String type = raw == null ? null : normalise(raw);
            if (type != null && !Vocabulary.MARKER_TYPES.contains(type)) {
                r.error("marker_type", raw, "'" + raw + "' is not a marker type; expected one of "
                        + String.join(", ", new java.util.TreeSet<>(Vocabulary.MARKER_TYPES)));
            }
            LocalDate set = r.date("date_set", false);
            if (!r.ok()) return;
            out.beginRow();
            out.append(batch);
            out.append(r.line());
            out.append(pseudonymiser.key(person));
            out.append(type);
            Append.date(out, set);
            out.endRow();
        };
    }

    /** Accepts the usual spellings of the listed types ("Mental health", "WEAPONS", "self-harm"). */
    private static String normalise(String v) {
        return v.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
