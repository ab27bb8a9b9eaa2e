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
import java.time.LocalDate;
import java.util.List;

/**
 * School suspensions and permanent exclusions: one event per row, or aggregate counts when the file has a
 * {@code count} column (as the DfE and local authorities publish them). Either way rows carry the academic
 * year, the local authority, and whatever pupil characteristics are known.
 */
public final class SchoolExclusionImporter implements Importer {
    static final Layout LAYOUT = new Layout("school-exclusions",
            "School suspensions and permanent exclusions: one event per row, or aggregate counts with a count column.", List.of(
            Field.required("academic_year", "September to August, e.g. 2023/24 (2023-24, 202324 accepted)"),
            Field.required("la_name", "local authority as published, e.g. Derby, Derbyshire"),
            Field.optional("la_code", "ONS code (E06…, E10…) or DfE three-digit code"),
            Field.optional("area", "city or county; derived from an ONS la_code or a loaded district when empty"),
            Field.required("exclusion_type", PartnerCodes.EXCLUSION_TYPE.expected() + " (\"Fixed period exclusion\" = suspension)"),
            Field.optional("reason", "reason as recorded, e.g. \"Persistent disruptive behaviour\" (up to 120 characters)"),
            Field.optional("phase", PartnerCodes.PHASE.expected() + " (\"State-funded primary\", \"PRU\" accepted; no total rows)"),
            Field.optional("event_date", "events only: the day of the exclusion, inside the academic year"),
            Field.optional("school_urn", "the school's URN"),
            Field.optional("sex", "M, F, X, U (Male, Female accepted)"),
            Field.optional("age", "whole years, 2–25"),
            Field.optional("ethnicity", "as recorded (up to 60 characters)"),
            Field.optional("fsm", "Y/N: eligible for free school meals"),
            Field.optional("sen", "Y/N: special educational needs (support or EHC plan)"),
            Field.optional("count", "aggregate files: the number of exclusions with these characteristics (0 or more); "
                    + "when the column is absent every row is one event")));

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public String table() {
        return "school_exclusion_all";
    }

    @Override
    public String periodSql() {
        return """
                SELECT min(coalesce(event_date, year_start)), max(coalesce(event_date, CAST(year_start + INTERVAL 1 YEAR - INTERVAL 1 DAY AS DATE)))
                FROM school_exclusion_all WHERE batch_id = ?""";
    }

    @Override
    public Load start(ImportContext ctx, Header header) throws SQLException {
        DuckDBAppender out = ctx.appender(table());
        long batch = ctx.batchId();
        boolean aggregate = header.has("count");
        return new Load() {
            @Override
            public void row(Row r) throws SQLException {
                Integer year = Fields.yearPair(r, "academic_year", true);
                String laName = Fields.text(r, "la_name", true, 80);
                String laCode = Fields.text(r, "la_code", false, 12);
                String area = PartnerCodes.AREA.read(r, "area", false);
                String type = PartnerCodes.EXCLUSION_TYPE.read(r, "exclusion_type", true);
                String reason = reason(Fields.text(r, "reason", false, 120));
                String phase = phase(r);
                LocalDate date = r.date("event_date", false);
                String urn = Fields.text(r, "school_urn", false, 12);
                String sex = PartnerCodes.SEX.read(r, "sex", false);
                Integer age = r.whole("age", false, 2, 25);
                String ethnicity = Fields.text(r, "ethnicity", false, 60);
                Boolean fsm = r.text("fsm") == null ? null : r.flag("fsm", false);
                Boolean sen = r.text("sen") == null ? null : r.flag("sen", false);
                Long count = aggregate ? Fields.count(r, "count", true) : Long.valueOf(1);
                LocalDate yearStart = year == null ? null : LocalDate.of(year, 9, 1);
                if (date != null && yearStart != null && (date.isBefore(yearStart) || !date.isBefore(yearStart.plusYears(1)))) {
                    r.error("event_date", r.text("event_date"), "is outside the academic year " + Fields.pairLabel(year)
                            + " (1 September " + year + " to 31 August " + (year + 1) + ")");
                }
                if (!r.ok()) return;
                out.beginRow();
                out.append(batch);
                out.append(r.line());
                out.append(Fields.pairLabel(year));
                Append.date(out, yearStart);
                Append.date(out, date);
                out.append(laName);
                Append.text(out, laCode);
                Append.text(out, area);
                Append.text(out, urn);
                Append.text(out, phase);
                out.append(type);
                Append.text(out, reason);
                Append.text(out, sex);
                Append.whole(out, age);
                Append.text(out, ethnicity);
                Append.flag(out, fsm);
                Append.flag(out, sen);
                out.append(count.longValue());
                out.endRow();
            }

            @Override
            public void finish() {
                if (aggregate) {
                    Checks.uniqueKeys(ctx, "school_exclusion_all", "count", List.of("academic_year", "lower(la_name)", "la_code",
                            "school_urn", "phase", "exclusion_type", "lower(reason)", "sex", "age", "lower(ethnicity)", "fsm", "sen",
                            "event_date"), "academic year, authority, school, phase, type, reason and pupil characteristics");
                }
                Checks.deriveArea(ctx, "school_exclusion_all", "la_code", "la_name");
            }
        };
    }

    /** The reason without a trailing full stop, so "Physical assault against a pupil." and the DfE label agree. */
    private static String reason(String r) {
        if (r == null) return null;
        return r.endsWith(".") ? r.substring(0, r.length() - 1).strip() : r;
    }

    private static String phase(Row r) {
        String v = r.text("phase");
        if (v != null && (Codes.normalise(v).equals("total") || Codes.normalise(v).equals("all"))) {
            r.error("phase", v, "is a total row; leave totals out (the product adds them up, and would otherwise count them twice)");
            return null;
        }
        return PartnerCodes.PHASE.read(r, "phase", false);
    }
}
