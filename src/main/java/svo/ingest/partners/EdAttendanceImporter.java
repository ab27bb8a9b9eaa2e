package svo.ingest.partners;

import org.duckdb.DuckDBAppender;
import svo.ingest.Append;
import svo.ingest.Header;
import svo.ingest.ImportContext;
import svo.ingest.Importer;
import svo.ingest.Layout;
import svo.ingest.Layout.Field;
import svo.ingest.Row;
import svo.ingest.police.AreaCodes;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Emergency-department assault attendances in the Cardiff Model / ISTV layout: the NHS minimum data set of
 * ISB 1594 (arrival date-time, incident date-time, specific location of the incident, primary means of
 * assault) plus hospital, age, sex, location category and detailed method. One attendance per row, no
 * patient identifiers.
 */
public final class EdAttendanceImporter implements Importer {
    static final Layout LAYOUT = new Layout("ed-attendances",
            "Emergency-department assault attendances (Cardiff Model / ISTV), one attendance per row, anonymous.", List.of(
            Field.optional("attendance_id", "the ED's attendance reference, unique within the source (used to refuse repeats)"),
            Field.required("hospital", "hospital code, name or alias (./svo import --dataset hospitals; Royal Derby Hospital, RDH, …)"),
            Field.required("arrival", "ISTV: date and time of arrival at the ED (YYYY-MM-DDTHH:MM)"),
            Field.optional("incident", "ISTV: date and time of the incident; not after arrival"),
            Field.optional("incident_location", "ISTV: specific location of the incident, e.g. \"Friar Gate, outside the Royal Oak\" (a place, never a person; up to 200 characters)"),
            Field.optional("primary_method", "ISTV primary means of assault: " + PartnerCodes.PRIMARY_METHOD.expected()
                    + "; derived from assault_method when empty"),
            Field.optional("assault_method", "detailed method: " + PartnerCodes.ASSAULT_METHOD.expected()
                    + " (the SNA's labels, e.g. \"Other weapon (specify)\", are accepted)"),
            Field.optional("age", "whole years, 0–120"),
            Field.optional("age_band", "when no single age is given: " + Fields.BAND_FORMATS),
            Field.optional("sex", "M, F, X, U (Male, Female accepted)"),
            Field.optional("location_category", PartnerCodes.LOCATION_CATEGORY.expected()),
            Field.optional("district_code", "district where the assault happened, code or name")));

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public String table() {
        return "ed_attendance_all";
    }

    @Override
    public String periodSql() {
        return "SELECT min(arrival)::DATE, max(arrival)::DATE FROM ed_attendance_all WHERE batch_id = ?";
    }

    @Override
    public Load start(ImportContext ctx, Header header) throws SQLException {
        DuckDBAppender out = ctx.appender(table());
        long batch = ctx.batchId();
        Hospitals hospitals = Hospitals.load(ctx.connection());
        return new Load() {
            @Override
            public void row(Row r) throws SQLException {
                String id = Fields.text(r, "attendance_id", false, 64);
                String hospital = hospitals.read(r, "hospital", true);
                LocalDateTime arrival = r.dateTime("arrival", true);
                LocalDateTime incident = r.dateTime("incident", false);
                String place = Fields.text(r, "incident_location", false, 200);
                String primary = PartnerCodes.PRIMARY_METHOD.read(r, "primary_method", false);
                String method = PartnerCodes.ASSAULT_METHOD.read(r, "assault_method", false);
                Integer age = r.whole("age", false, 0, 120);
                Fields.Band band = age == null ? Fields.band(r, "age_band") : null;
                String sex = PartnerCodes.SEX.read(r, "sex", false);
                String location = PartnerCodes.LOCATION_CATEGORY.read(r, "location_category", false);
                if (arrival != null && incident != null && incident.isAfter(arrival)) {
                    r.error("incident", r.text("incident"), "is after the arrival at the ED (" + arrival + ")");
                }
                if (method != null) {
                    String implied = PartnerCodes.METHOD_PRIMARY.get(method);
                    if (primary == null) primary = implied;
                    else if (!primary.equals(implied)) {
                        r.error("primary_method", r.text("primary_method"), "is " + primary + " but the assault method "
                                + method + " is a " + implied.replace('_', ' '));
                    }
                }
                if (!r.ok()) return;
                Boolean under18 = age != null ? (Boolean) (age <= 17) : band == null ? null : band.under18();
                out.beginRow();
                out.append(batch);
                out.append(r.line());
                Append.text(out, id);
                out.append(hospital);
                Append.timestamp(out, arrival);
                Append.timestamp(out, incident);
                Append.text(out, place);
                Append.text(out, primary);
                Append.text(out, method);
                Append.whole(out, age);
                Append.text(out, band == null ? null : band.label());
                Append.flag(out, under18);
                Append.text(out, sex);
                Append.text(out, location);
                Append.text(out, r.text("district_code"));
                out.endRow();
            }

            @Override
            public void finish() {
                Checks.uniqueIds(ctx, "ed_attendance_all", "attendance_id", "attendance");
                AreaCodes.resolve(ctx, "ed_attendance_all", List.of(new AreaCodes.Level("district", "district_code", "district_code")));
            }
        };
    }
}
