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
 * Children's social care, aggregate counts by financial year, local authority, measure and sex; referral
 * outcomes are the measure {@code referral_outcome} with an {@code outcome}. Rows for all sexes and rows for
 * each sex may both be given: the analysis never adds one to the other.
 */
public final class SocialCareImporter implements Importer {
    static final Layout LAYOUT = new Layout("social-care", "Children's social care, aggregate counts.", List.of(
            Field.required("year", "financial year, e.g. 2024/25 (2024-25 accepted)"),
            Field.required("la_name", "local authority as published, e.g. Derbyshire"),
            Field.optional("la_code", "ONS code (E06…, E10…) or DfE three-digit code"),
            Field.optional("area", "city or county; derived from an ONS la_code or a loaded district when empty"),
            Field.optional("measure", PartnerCodes.CARE_MEASURE.expected()
                    + " (the SNA's labels, e.g. \"Social Care Referrals\", accepted); referral_outcome when empty and outcome is given"),
            Field.optional("outcome", "referral_outcome rows only: " + PartnerCodes.REFERRAL_OUTCOME.expected()),
            Field.optional("sex", "all (the default when empty), M, F, X, U"),
            Field.required("count", "children or referrals, 0 or more")));

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public String table() {
        return "social_care_all";
    }

    @Override
    public String periodSql() {
        return """
                SELECT min(period_start), max(CAST(period_start + INTERVAL 1 YEAR - INTERVAL 1 DAY AS DATE))
                FROM social_care_all WHERE batch_id = ?""";
    }

    @Override
    public Load start(ImportContext ctx, Header header) throws SQLException {
        DuckDBAppender out = ctx.appender(table());
        long batch = ctx.batchId();
        return new Load() {
            @Override
            public void row(Row r) throws SQLException {
                Integer year = Fields.yearPair(r, "year", true);
                String laName = Fields.text(r, "la_name", true, 80);
                String laCode = Fields.text(r, "la_code", false, 12);
                String area = PartnerCodes.AREA.read(r, "area", false);
                String outcome = PartnerCodes.REFERRAL_OUTCOME.read(r, "outcome", false);
                String measure = r.text("measure") == null && r.text("outcome") != null ? "referral_outcome"
                        : PartnerCodes.CARE_MEASURE.read(r, "measure", true);
                String sex = r.text("sex") == null ? "all" : PartnerCodes.SEX_OR_ALL.read(r, "sex", false);
                Long count = Fields.count(r, "count", true);
                if ("referral_outcome".equals(measure) && outcome == null && r.ok()) {
                    r.error("outcome", "", "is empty; a referral_outcome row names its outcome (" + PartnerCodes.REFERRAL_OUTCOME.expected() + ")");
                }
                if (measure != null && !"referral_outcome".equals(measure) && outcome != null) {
                    r.error("outcome", r.text("outcome"), "is given but the measure is " + measure + "; only referral_outcome rows have an outcome");
                }
                if (!r.ok()) return;
                out.beginRow();
                out.append(batch);
                out.append(r.line());
                out.append(Fields.pairLabel(year));
                Append.date(out, LocalDate.of(year, 4, 1));
                out.append(laName);
                Append.text(out, laCode);
                Append.text(out, area);
                out.append(measure);
                Append.text(out, outcome);
                out.append(sex);
                out.append(count.longValue());
                out.endRow();
            }

            @Override
            public void finish() {
                Checks.uniqueKeys(ctx, "social_care_all", "count", List.of("year", "lower(la_name)", "la_code", "measure", "outcome", "sex"),
                        "year, authority, measure, outcome and sex");
                Checks.deriveArea(ctx, "social_care_all", "la_code", "la_name");
            }
        };
    }
}
