package svo.ingest.delivery;

import org.duckdb.DuckDBAppender;
import svo.ingest.Append;
import svo.ingest.Header;
import svo.ingest.ImportContext;
import svo.ingest.Importer;
import svo.ingest.Layout;
import svo.ingest.Layout.Field;
import svo.ingest.Row;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Figures published about interventions, one row per stated figure, in the layout of the shared fixture
 * {@code intervention_measures.csv}: the value as stated, its qualifier ("over", "approximately"), unit, period in
 * words and source. These are what the documents say, not quarterly returns; the register shows them beside each
 * intervention, labelled with their source.
 */
public final class InterventionMeasureImporter implements Importer {
    static final Layout LAYOUT = new Layout("intervention-measures",
            "Figures published about interventions, one row per stated figure.", List.of(
            Field.required("intervention", "the intervention's id or name, as in the register"),
            Field.required("measure", "snake_case name of what was counted"),
            Field.required("value", "the number as stated"),
            Field.optional("value_qualifier", String.join(", ", new TreeSet<>(DeliveryVocabulary.QUALIFIERS)) + " (default exact)"),
            Field.required("unit", String.join(", ", new TreeSet<>(DeliveryVocabulary.FIGURE_UNITS))),
            Field.optional("period", "the period, as stated"),
            Field.optional("source", "document and section"),
            Field.optional("quote", "the source's words"),
            Field.optional("note", "caveats")));

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public String table() {
        return "intervention_measure_all";
    }

    @Override
    public String periodSql() {
        // Published figures carry their periods as words; a batch covers all time, so a corrected file (--replace)
        // supersedes the earlier one.
        return "SELECT DATE '1900-01-01', DATE '9999-12-31' WHERE CAST(? AS BIGINT) IS NOT NULL";
    }

    @Override
    public Load start(ImportContext ctx, Header header) throws SQLException {
        DuckDBAppender out = ctx.appender(table());
        RegisterIndex register = RegisterIndex.load(ctx.connection());
        long batch = ctx.batchId();
        return r -> {
            String intervention = r.required("intervention");
            RegisterIndex.Entry e = register.find(intervention);
            if (intervention != null && e == null) r.error("intervention", intervention, RegisterIndex.unknown(intervention, register.isEmpty()));
            String measure = r.required("measure");
            if (measure != null) {
                measure = measure.toLowerCase(Locale.ROOT);
                if (!measure.matches("[a-z][a-z0-9_]{0,79}")) r.error("measure", measure, "'" + measure + "' is not a snake_case name");
            }
            String unit = r.oneOf("unit", true, DeliveryVocabulary.FIGURE_UNITS);
            Double value = r.decimal("value", true, 0, 1e12);
            if (value != null && "pct".equals(unit) && value > 100) {
                r.error("value", r.text("value"), "'" + r.text("value") + "' is a percentage over 100");
            }
            String qualifier = r.oneOf("value_qualifier", false, DeliveryVocabulary.QUALIFIERS);
            if (!r.ok()) return;
            out.beginRow();
            out.append(batch);
            out.append(r.line());
            out.append(e.id());
            out.append(measure);
            out.append(value.doubleValue());
            out.append(qualifier == null ? "exact" : qualifier);
            out.append(unit);
            Append.text(out, r.text("period"));
            Append.text(out, r.text("source"));
            Append.text(out, r.text("quote"));
            Append.text(out, r.text("note"));
            out.endRow();
        };
    }
}
