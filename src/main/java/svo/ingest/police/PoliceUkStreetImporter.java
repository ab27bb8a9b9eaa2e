package svo.ingest.police;

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
import java.util.Set;

/**
 * police.uk street-level crime files exactly as published ({@code YYYY-MM-force-street.csv}). Month is the
 * only time resolution and crime types are coarse: see {@code docs/datasets/police-uk-street.md} for what
 * can and cannot be analysed from them.
 */
public final class PoliceUkStreetImporter implements Importer {
    static final Layout LAYOUT = new Layout("police-uk-street", "police.uk street-level crime, as published.", List.of(
            Field.optional("crime id", "64-hex persistent id; empty for anti-social behaviour"),
            Field.required("month", "YYYY-MM"),
            Field.optional("reported by", "force"),
            Field.optional("falls within", "force"),
            Field.optional("longitude", "WGS84, snapped to an anonymised map point"),
            Field.optional("latitude", "WGS84, snapped to an anonymised map point"),
            Field.optional("location", "\"On or near …\""),
            Field.optional("lsoa code", "LSOA 2011 code"),
            Field.optional("lsoa name", "LSOA 2011 name"),
            Field.required("crime type", "one of the police.uk crime types"),
            Field.optional("last outcome category", "as at the file's download date"),
            Field.optional("context", "free text, usually empty")));

    /** Crime types police.uk has published (the last two only before 2013). */
    static final Set<String> CRIME_TYPES = Set.of("Anti-social behaviour", "Bicycle theft", "Burglary",
            "Criminal damage and arson", "Drugs", "Other crime", "Other theft", "Possession of weapons", "Public order",
            "Robbery", "Shoplifting", "Theft from the person", "Vehicle crime", "Violence and sexual offences",
            "Violent crime", "Public disorder and weapons");

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public String table() {
        return "police_uk_crime_all";
    }

    @Override
    public boolean located() {
        return true;
    }

    @Override
    public String periodSql() {
        return "SELECT min(month), last_day(max(month)) FROM police_uk_crime_all WHERE batch_id = ?";
    }

    @Override
    public Load start(ImportContext ctx, Header header) throws SQLException {
        DuckDBAppender out = ctx.appender(table());
        long batch = ctx.batchId();
        return r -> {
            LocalDate month = month(r);
            Locations loc = Locations.read(r, "latitude", "longitude", null, null);
            String type = r.oneOf("crime type", true, CRIME_TYPES);
            if (!r.ok()) return;
            out.beginRow();
            out.append(batch);
            out.append(r.line());
            Append.text(out, r.text("crime id"));
            Append.date(out, month);
            Append.text(out, r.text("reported by"));
            Append.text(out, r.text("falls within"));
            Append.number(out, loc.longitude());
            Append.number(out, loc.latitude());
            out.appendNull(); // easting: from the coordinates
            out.appendNull(); // northing
            Append.text(out, r.text("location"));
            Append.text(out, r.text("lsoa code"));
            Append.text(out, r.text("lsoa name"));
            out.append(type);
            Append.text(out, r.text("last outcome category"));
            Append.text(out, r.text("context"));
            out.appendNull(); // ward_code
            out.appendNull(); // neighbourhood_code
            out.appendNull(); // district_code
            out.appendNull(); // nte_area_code
            out.endRow();
        };
    }

    private static LocalDate month(Row r) {
        String v = r.required("month");
        if (v == null) return null;
        if (v.length() == 7 && v.charAt(4) == '-') {
            LocalDate d = svo.ingest.Parse.date(v + "-01");
            if (d != null) return d;
        }
        r.error("month", v, "'" + v + "' is not a month; expected YYYY-MM (e.g. 2018-03)");
        return null;
    }
}
