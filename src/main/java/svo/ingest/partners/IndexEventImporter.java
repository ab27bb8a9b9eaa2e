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
 * Index events that start reoffending follow-up: releases from custody, non-custodial convictions, and
 * cautions, reprimands or warnings. The person identifier is pseudonymised with the same key as the police
 * persons, so a later occurrence of the same person is a reoffence; a date of birth becomes the age at the
 * event and is forgotten.
 */
public final class IndexEventImporter implements Importer {
    static final Layout LAYOUT = new Layout("index-events",
            "Releases from custody, non-custodial convictions and cautions: the start of reoffending follow-up.", List.of(
            Field.personal("person_id", true, "the identifier the police persons file uses for the same person (PNC number, local id)"),
            Field.required("event_type", PartnerCodes.INDEX_EVENT.expected()),
            Field.required("event_date", "date of release, conviction or caution"),
            Field.optional("age", "whole years at the event, 10–120"),
            Field.personal("date_of_birth", false, "date; reduced to age at the event when age is not given"),
            Field.optional("sex", "M, F, X, U (Male, Female accepted)"),
            Field.optional("district_code", "district of the person's home or of the court, code or name")));

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public String table() {
        return "index_event_all";
    }

    @Override
    public boolean needsKey() {
        return true;
    }

    @Override
    public String periodSql() {
        return "SELECT min(event_date), max(event_date) FROM index_event_all WHERE batch_id = ?";
    }

    @Override
    public Load start(ImportContext ctx, Header header) throws SQLException {
        DuckDBAppender out = ctx.appender(table());
        long batch = ctx.batchId();
        Pseudonymiser keys = ctx.pseudonymiser();
        return new Load() {
            @Override
            public void row(Row r) throws SQLException {
                String person = r.required("person_id");
                String type = PartnerCodes.INDEX_EVENT.read(r, "event_type", true);
                LocalDate date = r.date("event_date", true);
                Integer age = r.whole("age", false, 10, 120);
                if (age == null && r.text("age") == null) {
                    LocalDate born = r.date("date_of_birth", false);
                    age = Fields.ageAt(r, "date_of_birth", born, date);
                }
                String sex = PartnerCodes.SEX.read(r, "sex", false);
                if (!r.ok()) return;
                out.beginRow();
                out.append(batch);
                out.append(r.line());
                out.append(keys.key(person));
                out.append(type);
                Append.date(out, date);
                Append.whole(out, age);
                Append.text(out, sex);
                Append.text(out, r.text("district_code"));
                out.endRow();
            }

            @Override
            public void finish() {
                ctx.rejectWhere("""
                        SELECT line, 'event_date' AS column_name, CAST(event_date AS VARCHAR) AS value,
                               'the same person has the same event on the same day on line ' || first_line AS reason
                        FROM (SELECT line, event_date, min(line) OVER (PARTITION BY person_key, event_type, event_date) AS first_line
                              FROM index_event_all WHERE batch_id = ?)
                        WHERE line > first_line""", batch);
                AreaCodes.resolve(ctx, "index_event_all", List.of(new AreaCodes.Level("district", "district_code", "district_code")));
            }
        };
    }
}
