package svo.ingest.partners;

import org.duckdb.DuckDBAppender;
import svo.ingest.Append;
import svo.ingest.Header;
import svo.ingest.ImportContext;
import svo.ingest.Importer;
import svo.ingest.Layout;
import svo.ingest.Layout.Field;
import svo.ingest.Pseudonymiser;
import svo.ingest.Row;
import svo.ingest.police.AreaCodes;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Offences recorded by the youth justice services, one offence per row, with the young person's age and
 * sex and the city / county service. A person identifier, when given, is pseudonymised like every other.
 */
public final class YjsOffenceImporter implements Importer {
    static final Layout LAYOUT = new Layout("yjs-offences", "Youth justice offences, one offence per row.", List.of(
            Field.optional("offence_id", "the service's reference, unique within the source"),
            Field.required("offence_date", "date of the offence"),
            Field.required("offence_type", "the offence as the service records it, e.g. \"Assault by beating\" (up to 120 characters)"),
            Field.optional("age", "whole years at the offence, 8–25"),
            Field.optional("sex", "M, F, X, U (Male, Female accepted)"),
            Field.optional("area", "city or county (the service); derived from district_code when empty"),
            Field.optional("district_code", "district of the offence or of the young person's home, code or name"),
            Field.personal("person_id", false, "the service's identifier for the young person")));

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public String table() {
        return "yjs_offence_all";
    }

    @Override
    public String periodSql() {
        return "SELECT min(offence_date), max(offence_date) FROM yjs_offence_all WHERE batch_id = ?";
    }

    @Override
    public Load start(ImportContext ctx, Header header) throws SQLException {
        DuckDBAppender out = ctx.appender(table());
        long batch = ctx.batchId();
        Pseudonymiser keys = header.has("person_id") ? ctx.pseudonymiser() : null;
        return new Load() {
            @Override
            public void row(Row r) throws SQLException {
                String id = Fields.text(r, "offence_id", false, 64);
                LocalDate date = r.date("offence_date", true);
                String type = Fields.text(r, "offence_type", true, 120);
                Integer age = r.whole("age", false, 8, 25);
                String sex = PartnerCodes.SEX.read(r, "sex", false);
                String area = PartnerCodes.AREA.read(r, "area", false);
                String person = keys == null ? null : r.text("person_id");
                if (!r.ok()) return;
                out.beginRow();
                out.append(batch);
                out.append(r.line());
                Append.text(out, id);
                Append.date(out, date);
                out.append(type);
                Append.whole(out, age);
                Append.text(out, sex);
                Append.text(out, area);
                Append.text(out, r.text("district_code"));
                if (person == null) out.appendNull();
                else out.append(keys.key(person));
                out.endRow();
            }

            @Override
            public void finish() {
                Checks.uniqueIds(ctx, "yjs_offence_all", "offence_id", "offence");
                AreaCodes.resolve(ctx, "yjs_offence_all", List.of(new AreaCodes.Level("district", "district_code", "district_code")));
                Checks.deriveArea(ctx, "yjs_offence_all", "district_code", "district_code");
            }
        };
    }
}
