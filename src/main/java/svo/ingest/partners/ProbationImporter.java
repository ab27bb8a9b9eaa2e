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
 * Serious violence probation cases, one case per row. The Probation Service often gives only the year a case
 * began; a start date, when given, lets the cases be cut by any period.
 */
public final class ProbationImporter implements Importer {
    static final Layout LAYOUT = new Layout("probation", "Serious violence probation cases, one case per row.", List.of(
            Field.optional("case_id", "the service's case reference, unique within the source"),
            Field.optional("start_date", "date the case began (sentence date); give this or year"),
            Field.optional("year", "calendar year the case began, when no start_date is given (must match start_date when both are)"),
            Field.optional("district_code", "district of the case, code or name"),
            Field.optional("age", "whole years at the start, 10–120"),
            Field.optional("age_group", "when no single age is given: " + Fields.BAND_FORMATS),
            Field.optional("sex", "M, F, X, U (Male, Female accepted)"),
            Field.optional("sentence_type", PartnerCodes.SENTENCE_TYPE.expected()),
            Field.personal("person_id", false, "the service's identifier for the person on probation")));

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public String table() {
        return "probation_case_all";
    }

    @Override
    public String periodSql() {
        return """
                SELECT min(coalesce(start_date, make_date(year, 1, 1))), max(coalesce(start_date, make_date(year, 12, 31)))
                FROM probation_case_all WHERE batch_id = ?""";
    }

    @Override
    public Load start(ImportContext ctx, Header header) throws SQLException {
        DuckDBAppender out = ctx.appender(table());
        long batch = ctx.batchId();
        Pseudonymiser keys = header.has("person_id") ? ctx.pseudonymiser() : null;
        return new Load() {
            @Override
            public void row(Row r) throws SQLException {
                String id = Fields.text(r, "case_id", false, 64);
                LocalDate start = r.date("start_date", false);
                Integer year = r.whole("year", false, 1990, 2100);
                Integer age = r.whole("age", false, 10, 120);
                Fields.Band band = age == null ? Fields.band(r, "age_group") : null;
                String sex = PartnerCodes.SEX.read(r, "sex", false);
                String sentence = PartnerCodes.SENTENCE_TYPE.read(r, "sentence_type", false);
                String person = keys == null ? null : r.text("person_id");
                if (r.ok() && start == null && year == null) {
                    r.error("start_date", "", "is empty and so is year; give the date the case began or its year");
                }
                if (start != null && year != null && start.getYear() != year) {
                    r.error("year", r.text("year"), "is " + year + " but start_date " + start + " is in " + start.getYear());
                }
                if (!r.ok()) return;
                out.beginRow();
                out.append(batch);
                out.append(r.line());
                Append.text(out, id);
                Append.date(out, start);
                out.append(start != null ? start.getYear() : year);
                Append.text(out, r.text("district_code"));
                Append.whole(out, age);
                Append.text(out, band == null ? null : band.label());
                Append.text(out, sex);
                Append.text(out, sentence);
                if (person == null) out.appendNull();
                else out.append(keys.key(person));
                out.endRow();
            }

            @Override
            public void finish() {
                Checks.uniqueIds(ctx, "probation_case_all", "case_id", "case");
                AreaCodes.resolve(ctx, "probation_case_all", List.of(new AreaCodes.Level("district", "district_code", "district_code")));
            }
        };
    }
}
