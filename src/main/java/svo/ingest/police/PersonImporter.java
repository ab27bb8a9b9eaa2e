package svo.ingest.police;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import svo.ingest.Append;
import svo.ingest.Header;
import svo.ingest.ImportContext;
import svo.ingest.Importer;
import svo.ingest.Layout;
import svo.ingest.Layout.Field;
import svo.ingest.Pseudonymiser;
import svo.ingest.Row;
import svo.ingest.Vocabulary;
import svo.store.Jdbc;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Victims, suspects and offenders: one row per person's role in one occurrence. The person identifier is
 * replaced by its keyed pseudonym before anything is written; a date of birth is reduced to the age at the
 * offence (from the occurrence's committed-from date) and never written either.
 */
public final class PersonImporter implements Importer {
    static final Layout LAYOUT = new Layout("persons", "People linked to occurrences, one row per person and role.", List.of(
            Field.required("occurrence_id", "an occurrence in the same or an earlier batch"),
            Field.personal("person_id", true, "the source's identifier (name, PNC number, local id)"),
            Field.required("role", "victim, suspect, offender"),
            Field.optional("age", "whole years at the offence, 0–120"),
            Field.personal("date_of_birth", false, "date; reduced to age at the offence when age is not given"),
            Field.optional("sex", "M, F, X, U"),
            Field.optional("ethnicity", "self-defined: white, asian, black, mixed, other, not_recorded (finer census categories accepted)"),
            Field.optional("relationship", "for a suspect, relationship to the victim: stranger, acquaintance, neighbour, family, partner, ex_partner, friend, colleague, other, not_seen, refused, unknown")));

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public String table() {
        return "person_all";
    }

    @Override
    public boolean needsKey() {
        return true;
    }

    @Override
    public String periodSql() {
        return """
                SELECT min(o.committed_from)::DATE, max(o.committed_from)::DATE
                FROM person_all p JOIN occurrence_all o ON o.occurrence_id = p.occurrence_id
                WHERE p.batch_id = ?""";
    }

    @Override
    public Load start(ImportContext ctx, Header header) throws SQLException {
        DuckDBAppender out = ctx.appender(table());
        Pseudonymiser pseudonymiser = ctx.pseudonymiser();
        long batch = ctx.batchId();
        DobAges dobs = new DobAges();
        return new Load() {
            @Override
            public void row(Row r) throws SQLException {
                String occurrence = r.required("occurrence_id");
                String personId = r.required("person_id");
                String role = r.oneOf("role", true, Vocabulary.ROLES);
                Integer age = r.whole("age", false, 0, 120);
                LocalDate dob = age == null ? r.date("date_of_birth", false) : null;
                String sex = r.oneOf("sex", false, Vocabulary.SEX);
                String ethnicity = ethnicity(r);
                String relationship = r.oneOf("relationship", false, Vocabulary.RELATIONSHIPS);
                if (!r.ok()) return;
                out.beginRow();
                out.append(batch);
                out.append(r.line());
                out.append(occurrence);
                out.append(pseudonymiser.key(personId));
                out.append(role);
                Append.whole(out, age);
                Append.text(out, sex);
                Append.text(out, ethnicity);
                Append.text(out, relationship);
                out.endRow();
                if (dob != null) dobs.add(r.line(), dob);
            }

            @Override
            public void finish() throws SQLException {
                ctx.rejectWhere("""
                        SELECT p.line, 'occurrence_id' AS column_name, p.occurrence_id AS value,
                               'occurrence ' || p.occurrence_id || ' is not loaded; import the occurrences first' AS reason
                        FROM person_all p
                        WHERE p.batch_id = ? AND p.occurrence_id NOT IN (SELECT occurrence_id FROM occurrence)""", batch);
                if (dobs.size > 0) dobs.applyAges(ctx);
            }
        };
    }

    private static String ethnicity(Row r) {
        String v = r.text("ethnicity");
        if (v == null) return null;
        String norm = v.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        if (norm.equals("not_stated") || norm.equals("unknown")) norm = "not_recorded";
        if (norm.length() > 60) {
            r.error("ethnicity", v, "is longer than any ethnicity category (60 characters)");
            return null;
        }
        return norm;
    }

    /**
     * Dates of birth of the rows that gave one instead of an age, held in memory only (line → day), turned
     * into ages once the occurrence dates can be joined. Lines arrive in increasing order.
     */
    private static final class DobAges {
        long[] lines = new long[1024];
        int[] days = new int[1024];
        int size;

        void add(long line, LocalDate dob) {
            if (size == lines.length) {
                lines = Arrays.copyOf(lines, size * 2);
                days = Arrays.copyOf(days, size * 2);
            }
            lines[size] = line;
            days[size] = (int) dob.toEpochDay();
            size++;
        }

        void applyAges(ImportContext ctx) throws SQLException {
            var c = ctx.connection();
            List<long[]> eventDays = Jdbc.query(c, """
                    SELECT p.line, epoch_ms(o.committed_from::DATE) // 86400000
                    FROM person_all p JOIN occurrence o ON o.occurrence_id = p.occurrence_id
                    WHERE p.batch_id = ? AND p.age IS NULL""", rs -> new long[]{rs.getLong(1), rs.getLong(2)}, ctx.batchId());
            Jdbc.execute(c, "CREATE TEMP TABLE svo_dob_age (line BIGINT, age INTEGER)");
            int bad = 0;
            try (var a = ((DuckDBConnection) c).createAppender("temp", "main", "svo_dob_age")) {
                for (long[] e : eventDays) {
                    int i = Arrays.binarySearch(lines, 0, size, e[0]);
                    if (i < 0) continue;
                    int years = Period.between(LocalDate.ofEpochDay(days[i]), LocalDate.ofEpochDay(e[1])).getYears();
                    a.beginRow();
                    a.append(e[0]);
                    if (years < 0 || years > 120) {
                        a.appendNull();
                        bad++;
                    } else {
                        a.append(years);
                    }
                    a.endRow();
                }
            }
            Jdbc.update(c, "UPDATE person_all p SET age = d.age FROM svo_dob_age d WHERE p.batch_id = ? AND p.line = d.line",
                    ctx.batchId());
            if (bad > 0) {
                ctx.rejectWhere("""
                        SELECT d.line, 'date_of_birth' AS column_name, '(withheld: personal identifier)' AS value,
                               'the date of birth gives an age outside 0–120 at the offence' AS reason
                        FROM svo_dob_age d WHERE d.age IS NULL AND ? > 0""", bad);
            }
            Jdbc.execute(c, "DROP TABLE svo_dob_age");
        }
    }
}
