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
 * Young people aged 16–17 not in education, employment or training, per year and local authority, as the DfE
 * publishes them ("Participation in education, training and NEET age 16 to 17 by local authority"). The DfE
 * year 2025 is the average of December 2024, January and February 2025, so its rows fall in the 2024/25
 * financial year when the analysis filters by period.
 */
public final class NeetImporter implements Importer {
    static final Layout LAYOUT = new Layout("neet", "16–17 year olds not in education, employment or training (NEET), aggregate counts.", List.of(
            Field.required("year", "the DfE year, e.g. 2025 (= December 2024 to February 2025)"),
            Field.required("la_name", "local authority as published, e.g. Derby"),
            Field.optional("la_code", "ONS code (E06…, E10…) or DfE three-digit code"),
            Field.optional("area", "city or county; derived from an ONS la_code or a loaded district when empty"),
            Field.required("cohort", "16–17 year olds known to the authority"),
            Field.required("neet", "of them, not in education, employment or training (not more than cohort)"),
            Field.optional("not_known", "of them, activity not known")));

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public String table() {
        return "neet_all";
    }

    @Override
    public String periodSql() {
        return "SELECT min(period_start), max(period_end) FROM neet_all WHERE batch_id = ?";
    }

    @Override
    public Load start(ImportContext ctx, Header header) throws SQLException {
        DuckDBAppender out = ctx.appender(table());
        long batch = ctx.batchId();
        return new Load() {
            @Override
            public void row(Row r) throws SQLException {
                Integer year = r.whole("year", true, 2000, 2100);
                String laName = Fields.text(r, "la_name", true, 80);
                String laCode = Fields.text(r, "la_code", false, 12);
                String area = PartnerCodes.AREA.read(r, "area", false);
                Long cohort = Fields.count(r, "cohort", true);
                Long neet = Fields.count(r, "neet", true);
                Long notKnown = Fields.count(r, "not_known", false);
                if (cohort != null && neet != null && neet > cohort) {
                    r.error("neet", r.text("neet"), "is more than the cohort (" + cohort + ")");
                }
                if (cohort != null && notKnown != null && neet != null && neet + notKnown > cohort) {
                    r.error("not_known", r.text("not_known"), "with neet is more than the cohort (" + cohort + ")");
                }
                if (!r.ok()) return;
                out.beginRow();
                out.append(batch);
                out.append(r.line());
                out.append(year.intValue());
                Append.date(out, LocalDate.of(year - 1, 12, 1));
                Append.date(out, LocalDate.of(year, 3, 1).minusDays(1));
                out.append(laName);
                Append.text(out, laCode);
                Append.text(out, area);
                out.append(cohort.longValue());
                out.append(neet.longValue());
                if (notKnown == null) out.appendNull();
                else out.append(notKnown.longValue());
                out.endRow();
            }

            @Override
            public void finish() {
                Checks.uniqueKeys(ctx, "neet_all", "year", List.of("year", "lower(la_name)", "la_code"), "year and authority");
                Checks.deriveArea(ctx, "neet_all", "la_code", "la_name");
            }
        };
    }
}
