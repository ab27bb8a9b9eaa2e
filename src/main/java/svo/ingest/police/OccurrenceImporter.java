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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Police occurrences (one recorded crime per row) in the canonical layout of {@code docs/datasets/occurrences.md}. */
public final class OccurrenceImporter implements Importer {
    static final Layout LAYOUT = new Layout("occurrences", "Police-recorded crimes, one row per occurrence.", List.of(
            Field.required("occurrence_id", "unique within the source"),
            Field.required("recorded_date", "date (YYYY-MM-DD or DD/MM/YYYY)"),
            Field.required("committed_from", "date-time (YYYY-MM-DDTHH:MM[:SS])"),
            Field.optional("committed_to", "date-time, not before committed_from"),
            Field.optional("ho_code", "Home Office offence code, e.g. 5D or 008/01"),
            Field.required("offence", "one code of the offence vocabulary (below)"),
            Field.required("knife", "Y/N: a knife or bladed article was used or involved"),
            Field.required("firearm", "Y/N"),
            Field.required("other_weapon", "Y/N"),
            Field.required("domestic_abuse", "Y/N"),
            Field.optional("sexual_offence", "Y/N; derived from the offence group when absent"),
            Field.optional("qualifiers", "any of alcohol;drugs;youth;mental_health;nte, separated by ;"),
            Field.optional("latitude", "WGS84 decimal degrees"),
            Field.optional("longitude", "WGS84 decimal degrees"),
            Field.optional("easting", "British National Grid (EPSG:27700) metres"),
            Field.optional("northing", "British National Grid (EPSG:27700) metres"),
            Field.optional("lsoa_code", "LSOA code (E01…); derived from coordinates when absent"),
            Field.optional("ward_code", "ward code or name; derived from coordinates when absent"),
            Field.optional("neighbourhood", "neighbourhood area code or name; derived from coordinates when absent"),
            Field.optional("district_code", "district code or name; derived from coordinates when absent"),
            Field.optional("location_type", "street, open_space, licensed_premises, education, dwelling, retail, transport, workplace, other"),
            Field.optional("outcome_category", "positive, other, open"),
            Field.optional("outcome", "outcome type text, e.g. \"Investigation complete, no suspect identified\""),
            Field.optional("outcome_date", "date")));

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public String table() {
        return "occurrence_all";
    }

    @Override
    public boolean located() {
        return true;
    }

    @Override
    public String periodSql() {
        return "SELECT min(committed_from)::DATE, max(committed_from)::DATE FROM occurrence_all WHERE batch_id = ?";
    }

    @Override
    public Load start(ImportContext ctx, Header header) throws SQLException {
        DuckDBAppender out = ctx.appender(table());
        long batch = ctx.batchId();
        boolean hasSexualFlag = header.has("sexual_offence");
        return new Load() {
            @Override
            public void row(Row r) throws SQLException {
                String id = r.required("occurrence_id");
                LocalDate recorded = r.date("recorded_date", true);
                LocalDateTime from = r.dateTime("committed_from", true);
                LocalDateTime to = r.dateTime("committed_to", false);
                String offence = r.oneOf("offence", true, Vocabulary.OFFENCE_GROUP.keySet());
                boolean knife = r.flag("knife", true);
                boolean firearm = r.flag("firearm", true);
                boolean otherWeapon = r.flag("other_weapon", true);
                boolean domestic = r.flag("domestic_abuse", true);
                String group = offence == null ? null : Vocabulary.groupOf(offence);
                boolean sexual = hasSexualFlag && r.text("sexual_offence") != null ? r.flag("sexual_offence", false)
                        : Vocabulary.SEXUAL_OFFENCES.equals(group);
                boolean[] q = qualifiers(r);
                Locations loc = Locations.read(r, "latitude", "longitude", "easting", "northing");
                String locationType = r.oneOf("location_type", false, Vocabulary.LOCATION_TYPES);
                String outcomeCategory = r.oneOf("outcome_category", false, Vocabulary.OUTCOME_CATEGORIES);
                LocalDate outcomeDate = r.date("outcome_date", false);
                if (from != null && to != null && to.isBefore(from)) {
                    r.error("committed_to", r.text("committed_to"), "is before committed_from (" + from + ")");
                }
                if (!r.ok()) return;
                out.beginRow();
                out.append(batch);
                out.append(r.line());
                out.append(id);
                Append.date(out, recorded);
                Append.timestamp(out, from);
                Append.timestamp(out, to);
                Append.text(out, r.text("ho_code"));
                out.append(offence);
                out.append(group);
                out.append(knife);
                out.append(firearm);
                out.append(otherWeapon);
                out.append(domestic);
                out.append(sexual);
                for (boolean b : q) out.append(b);
                Append.number(out, loc.latitude());
                Append.number(out, loc.longitude());
                Append.number(out, loc.easting());
                Append.number(out, loc.northing());
                Append.text(out, r.text("lsoa_code"));
                Append.text(out, r.text("ward_code"));
                Append.text(out, r.text("neighbourhood"));
                Append.text(out, r.text("district_code"));
                out.appendNull(); // nte_area_code: by point in polygon only
                Append.text(out, locationType);
                Append.text(out, outcomeCategory);
                Append.text(out, r.text("outcome"));
                Append.date(out, outcomeDate);
                out.endRow();
            }

            @Override
            public void finish() {
                ctx.rejectWhere("""
                        SELECT line, 'occurrence_id' AS column_name, occurrence_id AS value,
                               'occurrence ' || occurrence_id || ' appears again (first on line ' || first_line || ')' AS reason
                        FROM (SELECT line, occurrence_id, min(line) OVER (PARTITION BY occurrence_id) AS first_line
                              FROM occurrence_all WHERE batch_id = ?)
                        WHERE line > first_line""", batch);
                ctx.rejectWhere("""
                        SELECT n.line, 'occurrence_id' AS column_name, n.occurrence_id AS value,
                               'occurrence ' || n.occurrence_id || ' is already loaded (batch ' || min(o.batch_id)
                               || '); to load a corrected extract of the same period use --replace' AS reason
                        FROM occurrence_all n
                        JOIN occurrence_all o ON o.occurrence_id = n.occurrence_id AND o.batch_id <> n.batch_id
                        JOIN batch b ON b.batch_id = o.batch_id AND b.status = 'active' AND b.source = ?
                        WHERE n.batch_id = ? AND o.batch_id NOT IN (%s)
                        GROUP BY n.line, n.occurrence_id""".formatted(ctx.replacingSqlList()), ctx.source(), batch);
                AreaCodes.resolve(ctx, "occurrence_all", List.of(
                        new AreaCodes.Level("district", "district_code", "district_code"),
                        new AreaCodes.Level("ward", "ward_code", "ward_code"),
                        new AreaCodes.Level("lsoa", "lsoa_code", "lsoa_code"),
                        new AreaCodes.Level("neighbourhood", "neighbourhood_code", "neighbourhood")));
            }
        };
    }

    private static boolean[] qualifiers(Row r) {
        boolean[] q = new boolean[5];
        String v = r.text("qualifiers");
        if (v == null) return q;
        for (String part : v.split(";")) {
            String p = part.strip().toLowerCase();
            switch (p) {
                case "" -> { }
                case "alcohol" -> q[0] = true;
                case "drugs" -> q[1] = true;
                case "youth" -> q[2] = true;
                case "mental_health" -> q[3] = true;
                case "nte" -> q[4] = true;
                default -> r.error("qualifiers", v, "'" + part.strip() + "' is not a qualifier; expected any of "
                        + "alcohol;drugs;youth;mental_health;nte");
            }
        }
        return q;
    }
}
