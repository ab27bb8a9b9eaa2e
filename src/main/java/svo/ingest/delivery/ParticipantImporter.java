package svo.ingest.delivery;

import org.duckdb.DuckDBAppender;
import svo.ingest.Append;
import svo.ingest.Header;
import svo.ingest.ImportContext;
import svo.ingest.Importer;
import svo.ingest.Layout;
import svo.ingest.Layout.Field;
import svo.ingest.Pseudonymiser;
import svo.ingest.Row;
import svo.store.Jdbc;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people an intervention worked with, for evaluation: one row per participant and intervention, the person's
 * identifier pseudonymised with the store's key exactly as the police persons are, so participants link to their
 * records. Age, sex and district are optional; evaluation takes them from the records when they are absent.
 */
public final class ParticipantImporter implements Importer {
    static final Layout LAYOUT = new Layout("intervention-participants",
            "People an intervention worked with (for evaluation), one row per participant.", List.of(
            Field.required("intervention", "the intervention's id or name, as in the register"),
            Field.personal("person_id", true, "the same identifier the police persons file uses for the person"),
            Field.required("start_date", "the day the person started"),
            Field.optional("end_date", "the day the person finished"),
            Field.optional("age", "age at the start, 0 to 120"),
            Field.optional("sex", "M, F, X or U"),
            Field.optional("district", "district code or name where the person lives")));

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public String table() {
        return "intervention_participant_all";
    }

    @Override
    public boolean needsKey() {
        return true;
    }

    @Override
    public String periodSql() {
        return "SELECT min(start_date), max(coalesce(end_date, start_date)) FROM intervention_participant_all WHERE batch_id = ?";
    }

    @Override
    public Load start(ImportContext ctx, Header header) throws SQLException {
        DuckDBAppender out = ctx.appender(table());
        RegisterIndex register = RegisterIndex.load(ctx.connection());
        Pseudonymiser pseudonymiser = ctx.pseudonymiser();
        Map<String, String> districts = new HashMap<>();
        Jdbc.query(ctx.connection(), "SELECT code, name FROM area WHERE level = 'district'", rs -> {
            districts.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(1));
            districts.put(rs.getString(2).toLowerCase(Locale.ROOT), rs.getString(1));
            return null;
        });
        long batch = ctx.batchId();
        return r -> {
            String intervention = r.required("intervention");
            RegisterIndex.Entry e = register.find(intervention);
            if (intervention != null && e == null) r.error("intervention", intervention, RegisterIndex.unknown(intervention, register.isEmpty()));
            String person = r.required("person_id");
            LocalDate start = r.date("start_date", true);
            LocalDate end = r.date("end_date", false);
            if (start != null && end != null && end.isBefore(start)) r.error("end_date", r.text("end_date"), "is before the start date");
            Integer age = r.whole("age", false, 0, 120);
            String sex = r.oneOf("sex", false, Set.of("M", "F", "X", "U"));
            String districtText = r.text("district");
            String district = null;
            if (districtText != null) {
                district = districts.isEmpty() ? districtText : districts.get(districtText.toLowerCase(Locale.ROOT));
                if (district == null) r.error("district", districtText, "'" + districtText + "' is not a loaded district (code or name)");
            }
            if (!r.ok()) return;
            out.beginRow();
            out.append(batch);
            out.append(r.line());
            out.append(e.id());
            out.append(pseudonymiser.key(person));
            Append.date(out, start);
            Append.date(out, end);
            Append.whole(out, age);
            Append.text(out, sex);
            Append.text(out, district);
            out.endRow();
        };
    }
}
