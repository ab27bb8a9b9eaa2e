package svo.ingest.partners;

import org.duckdb.DuckDBAppender;
import svo.ingest.Append;
import svo.ingest.Header;
import svo.ingest.ImportContext;
import svo.ingest.Importer;
import svo.ingest.Layout;
import svo.ingest.Layout.Field;
import svo.ingest.Row;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hospitals as reference data: the product ships the Derby and Derbyshire list; an imported list adds
 * hospitals and overrides shipped ones code by code (the newest import wins). {@code in_area} says whether
 * the hospital site lies inside the partnership area, which the ambulance analysis uses for conveyances out
 * of the area.
 */
public final class HospitalImporter implements Importer {
    static final Layout LAYOUT = new Layout("hospitals", "Hospitals (reference data): code, name, trust, whether inside the partnership area.", List.of(
            Field.required("code", "short unique code, e.g. an NHS site code or RDH"),
            Field.required("name", "the hospital's name as tables print it"),
            Field.optional("trust", "the NHS trust that runs it"),
            Field.optional("area", "where it is: a district or place name (text)"),
            Field.required("in_area", "Y/N: the hospital site lies inside the partnership area"),
            Field.optional("aliases", "other names source files use, separated by ; (matched ignoring case and punctuation)")));

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public String table() {
        return "hospital_all";
    }

    @Override
    public String periodSql() {
        return "SELECT NULL::DATE, NULL::DATE FROM hospital_all WHERE batch_id = ? LIMIT 1";
    }

    @Override
    public Load start(ImportContext ctx, Header header) throws SQLException {
        DuckDBAppender out = ctx.appender(table());
        long batch = ctx.batchId();
        Map<String, String> spellings = new HashMap<>();
        return new Load() {
            @Override
            public void row(Row r) throws SQLException {
                String given = Fields.text(r, "code", true, 40);
                String code = given == null ? null : given.toUpperCase(java.util.Locale.ROOT);
                String name = Fields.text(r, "name", true, 120);
                String trust = Fields.text(r, "trust", false, 160);
                String area = Fields.text(r, "area", false, 120);
                boolean inArea = r.flag("in_area", true);
                String aliases = Fields.text(r, "aliases", false, 500);
                if (code != null && name != null) {
                    claim(r, "name", name, code);
                    if (aliases != null) for (String a : aliases.split(";")) if (!a.isBlank()) claim(r, "aliases", a.strip(), code);
                }
                if (!r.ok()) return;
                out.beginRow();
                out.append(batch);
                out.append(r.line());
                out.append(code);
                out.append(name);
                Append.text(out, trust);
                Append.text(out, area);
                out.append(inArea);
                Append.text(out, aliases);
                out.endRow();
            }

            /** A name or alias may stand for one hospital only within a file. */
            private void claim(Row r, String column, String spelling, String code) {
                String key = Codes.normalise(spelling);
                String before = spellings.putIfAbsent(key, code);
                if (before != null && !before.equals(code)) {
                    r.error(column, spelling, "'" + spelling + "' already names hospital " + before + " in this file; a name or alias must name one hospital");
                }
            }

            @Override
            public void finish() {
                ctx.rejectWhere("""
                        SELECT line, 'code' AS column_name, code AS value,
                               'hospital ' || code || ' appears again (first on line ' || first_line || ')' AS reason
                        FROM (SELECT line, code, min(line) OVER (PARTITION BY upper(code)) AS first_line
                              FROM hospital_all WHERE batch_id = ?)
                        WHERE line > first_line""", batch);
            }
        };
    }
}
