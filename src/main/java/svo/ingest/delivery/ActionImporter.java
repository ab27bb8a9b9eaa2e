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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The strategy's action plan: one row per action, with its owner, objective, due date and status. */
public final class ActionImporter implements Importer {
    static final Layout LAYOUT = new Layout("actions", "The strategy's action plan, one row per action.", List.of(
            Field.optional("id", "a short id; made from the action when absent"),
            Field.required("action", "what will be done"),
            Field.required("owner_organisation", "the organisation that owns it"),
            Field.required("objective", "the strategy objective it serves: " + String.join(", ", DeliveryVocabulary.OBJECTIVES.keySet())),
            Field.optional("priorities", "5Cs and 4Ps tags, separated by ;"),
            Field.optional("due_date", "YYYY-MM-DD"),
            Field.required("status", String.join(", ", new TreeSet<>(DeliveryVocabulary.ACTION_STATUSES))),
            Field.optional("notes", "progress notes")));

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public String table() {
        return "action_all";
    }

    @Override
    public String periodSql() {
        // An action plan replaces the one before it (--replace), whatever its due dates.
        return "SELECT DATE '1900-01-01', DATE '9999-12-31' WHERE CAST(? AS BIGINT) IS NOT NULL";
    }

    @Override
    public Load start(ImportContext ctx, Header header) throws SQLException {
        DuckDBAppender out = ctx.appender(table());
        long batch = ctx.batchId();
        return new Load() {
            @Override
            public void row(Row r) throws SQLException {
                String action = r.required("action");
                String id = r.text("id");
                if (id == null && action != null) id = DeliveryVocabulary.slug(action);
                String owner = r.required("owner_organisation");
                String objective = r.oneOf("objective", true, DeliveryVocabulary.OBJECTIVES.keySet());
                String priorities = null;
                String p = r.text("priorities");
                if (p != null) {
                    for (String v : DeliveryVocabulary.list(p)) {
                        if (!DeliveryVocabulary.PRIORITIES.contains(v)) {
                            r.error("priorities", p, "'" + v + "' is not one of " + String.join(", ", new TreeSet<>(DeliveryVocabulary.PRIORITIES)));
                        }
                    }
                    priorities = String.join(";", DeliveryVocabulary.list(p));
                }
                LocalDate due = r.date("due_date", false);
                String status = r.oneOf("status", true, DeliveryVocabulary.ACTION_STATUSES);
                if (!r.ok()) return;
                out.beginRow();
                out.append(batch);
                out.append(r.line());
                out.append(id.toLowerCase(Locale.ROOT));
                out.append(action);
                out.append(owner);
                out.append(objective);
                Append.text(out, priorities);
                Append.date(out, due);
                out.append(status);
                Append.text(out, r.text("notes"));
                out.endRow();
            }

            @Override
            public void finish() {
                ctx.rejectWhere("""
                        SELECT a.line, 'id' AS column_name, a.action_id AS value,
                               'the action ''' || a.action_id || ''' is also on line ' || d.first_line AS reason
                        FROM action_all a
                        JOIN (SELECT action_id, min(line) AS first_line FROM action_all WHERE batch_id = ?
                              GROUP BY action_id HAVING count(*) > 1) d USING (action_id)
                        WHERE a.batch_id = ? AND a.line > d.first_line""", batch, batch);
            }
        };
    }
}
