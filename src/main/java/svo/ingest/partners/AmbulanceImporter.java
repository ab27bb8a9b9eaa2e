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

/** Ambulance service assault incidents, one patient per row: the response, who, where, and where they were taken. */
public final class AmbulanceImporter implements Importer {
    static final Layout LAYOUT = new Layout("ambulance", "Ambulance assault incidents, one patient per row, anonymous.", List.of(
            Field.optional("incident_id", "the service's reference for the patient record, unique within the source"),
            Field.required("date_time", "date and time of the call (YYYY-MM-DDTHH:MM)"),
            Field.required("response_type", PartnerCodes.RESPONSE_TYPE.expected()
                    + " (\"Hear and Treat\", \"See and Treat\", \"See, Treat and Convey\" accepted)"),
            Field.optional("sex", "M, F, X, U (Male, Female accepted)"),
            Field.optional("age", "whole years, 0–120"),
            Field.optional("age_band", "when no single age is given: " + Fields.BAND_FORMATS),
            Field.optional("district_code", "district of the incident, code or name"),
            Field.optional("destination_hospital", "conveyed patients only: hospital code, name or alias (./svo import --dataset hospitals)")));

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public String table() {
        return "ambulance_all";
    }

    @Override
    public String periodSql() {
        return "SELECT min(incident_at)::DATE, max(incident_at)::DATE FROM ambulance_all WHERE batch_id = ?";
    }

    @Override
    public Load start(ImportContext ctx, Header header) throws SQLException {
        DuckDBAppender out = ctx.appender(table());
        long batch = ctx.batchId();
        Hospitals hospitals = Hospitals.load(ctx.connection());
        return new Load() {
            @Override
            public void row(Row r) throws SQLException {
                String id = Fields.text(r, "incident_id", false, 64);
                LocalDateTime at = r.dateTime("date_time", true);
                String response = PartnerCodes.RESPONSE_TYPE.read(r, "response_type", true);
                String sex = PartnerCodes.SEX.read(r, "sex", false);
                Integer age = r.whole("age", false, 0, 120);
                Fields.Band band = age == null ? Fields.band(r, "age_band") : null;
                String destination = hospitals.read(r, "destination_hospital", false);
                if (destination != null && response != null && !response.equals("see_treat_and_convey")) {
                    r.error("destination_hospital", r.text("destination_hospital"), "is given but the response is " + response
                            + "; only conveyed patients (see_treat_and_convey) have a destination");
                }
                if (!r.ok()) return;
                out.beginRow();
                out.append(batch);
                out.append(r.line());
                Append.text(out, id);
                Append.timestamp(out, at);
                out.append(response);
                Append.text(out, sex);
                Append.whole(out, age);
                Append.text(out, band == null ? null : band.label());
                Append.text(out, r.text("district_code"));
                Append.text(out, destination);
                out.endRow();
            }

            @Override
            public void finish() {
                Checks.uniqueIds(ctx, "ambulance_all", "incident_id", "incident");
                AreaCodes.resolve(ctx, "ambulance_all", List.of(new AreaCodes.Level("district", "district_code", "district_code")));
            }
        };
    }
}
