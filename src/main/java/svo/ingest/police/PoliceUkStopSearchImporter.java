package svo.ingest.police;

import org.duckdb.DuckDBAppender;
import svo.ingest.Header;
import svo.ingest.ImportContext;
import svo.ingest.Importer;
import svo.ingest.Layout;
import svo.ingest.Layout.Field;
import svo.ingest.Row;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/** police.uk stop-and-search files exactly as published ({@code YYYY-MM-force-stop-and-search.csv}). */
public final class PoliceUkStopSearchImporter implements Importer {
    static final Layout LAYOUT = new Layout("police-uk-stop-search", "police.uk stop and search, as published.", List.of(
            Field.optional("type", "Person search, Vehicle search, Person and Vehicle search"),
            Field.required("date", "ISO date-time with offset, e.g. 2018-03-02T12:35:00+00:00"),
            Field.optional("part of a policing operation", "True/False"),
            Field.optional("policing operation", "name"),
            Field.optional("latitude", "WGS84"), Field.optional("longitude", "WGS84"),
            Field.optional("gender", "Male, Female, Other"),
            Field.optional("age range", "under 10, 10-17, 18-24, 25-34, over 34"),
            Field.optional("self-defined ethnicity", "census category text"),
            Field.optional("officer-defined ethnicity", "White, Black, Asian, Other, Mixed"),
            Field.optional("legislation", "Act and section"),
            Field.optional("object of search", "e.g. Offensive weapons"),
            Field.optional("outcome", "e.g. Arrest"),
            Field.optional("outcome linked to object of search", "True/False"),
            Field.optional("removal of more than just outer clothing", "True/False")));

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
        return r -> {
            LocalDateTime at = r.dateTime("date", true);
            Locations loc = Locations.read(r, "latitude", "longitude", null, null);
            String age = r.oneOf("age range", false, StopSearchImporter.AGE_BANDS);
            Boolean found = optionalFlag(r, "outcome linked to object of search");
            Boolean removal = optionalFlag(r, "removal of more than just outer clothing");
            String gender = r.text("gender");
            String sex = gender == null ? null : switch (gender.toLowerCase()) {
                case "male" -> "M";
                case "female" -> "F";
                case "other" -> "X";
                default -> {
                    r.error("gender", gender, "'" + gender + "' is not Male, Female or Other");
                    yield null;
                }
            };
            if (!r.ok()) return;
            String operation = r.text("policing operation");
            StopSearchImporter.append(out, batch, r.line(), null, "police-uk", r.text("type"), at, operation, loc, null,
                    age, sex, r.text("self-defined ethnicity"), r.text("officer-defined ethnicity"), r.text("legislation"),
                    r.text("object of search"), r.text("outcome"), found, removal);
        };
    }

    private static Boolean optionalFlag(Row r, String column) {
        return r.text(column) == null ? null : r.flag(column, false);
    }
}
