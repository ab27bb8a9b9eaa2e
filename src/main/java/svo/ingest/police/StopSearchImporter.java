package svo.ingest.police;

import org.duckdb.DuckDBAppender;
import svo.ingest.Append;
import svo.ingest.Header;
import svo.ingest.ImportContext;
import svo.ingest.Importer;
import svo.ingest.Layout;
import svo.ingest.Layout.Field;
import svo.ingest.Row;
import svo.ingest.Vocabulary;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/** Stop and search records in the canonical layout, one row per search. No person identifiers are taken. */
public final class StopSearchImporter implements Importer {
    static final Layout LAYOUT = new Layout("stop-search", "Stop and search, one row per search.", List.of(
            Field.optional("search_id", "the force's reference"),
            Field.required("date_time", "date-time of the search"),
            Field.optional("search_type", "person, vehicle, person and vehicle"),
            Field.optional("latitude", "WGS84"), Field.optional("longitude", "WGS84"),
            Field.optional("easting", "BNG metres"), Field.optional("northing", "BNG metres"),
            Field.optional("district_code", "district code or name; derived from coordinates when absent"),
            Field.optional("age_band", "under 10, 10-17, 18-24, 25-34, over 34 (as police.uk)"),
            Field.optional("sex", "M, F, X, U"),
            Field.optional("ethnicity", "self-defined ethnicity"),
            Field.optional("legislation", "e.g. Police and Criminal Evidence Act 1984 (section 1)"),
            Field.optional("object_of_search", "e.g. Offensive weapons, Controlled drugs"),
            Field.optional("outcome", "e.g. Arrest, A no further action disposal"),
            Field.optional("object_found", "Y/N: the outcome was linked to the object of the search")));

    static final java.util.Set<String> AGE_BANDS = java.util.Set.of("under 10", "10-17", "18-24", "25-34", "over 34");

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public String table() {
        return "stop_search_all";
    }

    @Override
    public boolean located() {
        return true;
    }

    @Override
    public String periodSql() {
        return "SELECT min(searched_at)::DATE, max(searched_at)::DATE FROM stop_search_all WHERE batch_id = ?";
    }

    @Override
    public Load start(ImportContext ctx, Header header) throws SQLException {
        DuckDBAppender out = ctx.appender(table());
        long batch = ctx.batchId();
        return new Load() {
            @Override
            public void row(Row r) throws SQLException {
                LocalDateTime at = r.dateTime("date_time", true);
                Locations loc = Locations.read(r, "latitude", "longitude", "easting", "northing");
                String age = r.oneOf("age_band", false, AGE_BANDS);
                String sex = r.oneOf("sex", false, Vocabulary.SEX);
                Boolean found = r.text("object_found") == null ? null : r.flag("object_found", false);
                if (!r.ok()) return;
                append(out, batch, r.line(), r.text("search_id"), "canonical", r.text("search_type"), at, null, loc,
                        r.text("district_code"), age, sex, r.text("ethnicity"), null, r.text("legislation"),
                        r.text("object_of_search"), r.text("outcome"), found, null);
            }

            @Override
            public void finish() {
                AreaCodes.resolve(ctx, "stop_search_all",
                        List.of(new AreaCodes.Level("district", "district_code", "district_code")));
            }
        };
    }

    /** One row of {@code stop_search_all}, shared with the police.uk importer. */
    static void append(DuckDBAppender out, long batch, long line, String id, String origin, String type, LocalDateTime at,
                       String operation, Locations loc, String district, String ageBand, String sex, String ethnicity,
                       String officerEthnicity, String legislation, String object, String outcome, Boolean found,
                       Boolean removal) throws SQLException {
        out.beginRow();
        out.append(batch);
        out.append(line);
        Append.text(out, id);
        out.append(origin);
        Append.text(out, type);
        Append.timestamp(out, at);
        Append.text(out, operation);
        Append.number(out, loc.latitude());
        Append.number(out, loc.longitude());
        Append.number(out, loc.easting());
        Append.number(out, loc.northing());
        out.appendNull(); // lsoa_code
        out.appendNull(); // ward_code
        out.appendNull(); // neighbourhood_code
        Append.text(out, district);
        Append.text(out, ageBand);
        Append.text(out, sex);
        Append.text(out, ethnicity);
        Append.text(out, officerEthnicity);
        Append.text(out, legislation);
        Append.text(out, object);
        Append.text(out, outcome);
        Append.flag(out, found);
        Append.flag(out, removal);
        out.endRow();
    }
}
