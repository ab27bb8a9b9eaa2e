package svo.analysis;

import svo.store.Jdbc;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Filters the store to an analysis's scope once — definition, period and area — into temporary tables that
 * every analysis's SQL then aggregates, so twenty analyses of one scope read ten million occurrences once:
 *
 * <pre>
 * in_scope         the occurrences the scope's definition includes, committed in one of its spans and in its
 *                  area: occ_row (a number for joining the two tables cheaply), occurrence_id, committed_from,
 *                  ho_code, offence, offence_group, the flags (knife, firearm, other_weapon, domestic_abuse,
 *                  sexual_offence, q_alcohol, q_drugs, q_youth, q_mental_health, q_nte), district_code,
 *                  location_type, outcome_category, outcome; span (0 =
 *                  the period's first span); the finer area codes stay out (each text column costs time at
 *                  scale; analyses of wards and neighbourhoods read the occurrence view);
 *                  and, once people are asked for, the ages of its youngest and oldest victim and youngest
 *                  suspect or offender: victim_min_age, victim_max_age, suspect_min_age (null when none is
 *                  recorded)
 * in_scope_span    span, label, start_at, end_at (half-open), one row per span of the period
 * in_scope_person  occurrence_id, person_key, role, age, sex, ethnicity, relationship of the people in those
 *                  occurrences, with the occurrence's span, committed_from, offence_group, district_code and occ_row
 * </pre>
 *
 * The people (and the ages in {@code in_scope}) are filtered only when an analysis asks for them
 * ({@link #persons}); analyses of occurrences alone ({@link #occurrences}) skip that join. The names are views
 * over tables kept on the connection (DuckDB temporary tables) for the last few scopes,
 * while the scope and the data stay the same: a key made of the definition's SQL, the spans, the area and the
 * state of the batches and geography decides whether they are rebuilt. The date an occurrence is placed by is
 * {@code committed_from}; "victim aged 18 or under" is {@code victim_min_age <= 18}.
 */
public final class InScope {
    /** In-scope occurrences. */
    public static final String OCCURRENCES = "in_scope";
    /** The spans of the period. */
    public static final String SPANS = "in_scope_span";
    /** People in in-scope occurrences. */
    public static final String PERSONS = "in_scope_person";
    /** How many scopes are kept at once (a report mixes the SNA's scope with a few others). */
    static final int SLOTS = 3;

    private static final String COLUMNS = "occurrence_id, committed_from, ho_code, offence, offence_group, knife, firearm, "
            + "other_weapon, domestic_abuse, sexual_offence, q_alcohol, q_drugs, q_youth, q_mental_health, q_nte, district_code, "
            + "location_type, outcome_category, outcome";

    private InScope() {}

    /** Makes sure {@code in_scope} and {@code in_scope_span} hold the scope's occurrences. */
    public static void occurrences(Connection c, Scope scope) {
        prepare(c, scope, false);
    }

    /**
     * Makes sure {@code in_scope_person} holds the scope's people too, and {@code in_scope} their ages
     * (victim_min_age, victim_max_age, suspect_min_age).
     */
    public static void persons(Connection c, Scope scope) {
        prepare(c, scope, true);
    }

    private static void prepare(Connection c, Scope scope, boolean withPersons) {
        if (scope.definition() == null) {
            throw new IllegalArgumentException("an analysis of occurrences needs a definition in its scope");
        }
        Jdbc.execute(c, "CREATE TEMP TABLE IF NOT EXISTS in_scope_key (slot INTEGER PRIMARY KEY, key VARCHAR, persons BOOLEAN, used BIGINT)");
        String key = key(c, scope);
        long now = Jdbc.count(c, "SELECT coalesce(max(used), 0) + 1 FROM in_scope_key");
        Integer slot = Jdbc.queryOne(c, "SELECT slot FROM in_scope_key WHERE key = ?", rs -> rs.getInt(1), key).orElse(null);
        boolean hasPersons = slot != null && Jdbc.count(c, "SELECT count(*) FROM in_scope_key WHERE slot = ? AND persons", slot) > 0;
        if (slot == null) {
            List<Integer> byAge = Jdbc.query(c, "SELECT slot FROM in_scope_key ORDER BY used", rs -> rs.getInt(1));
            slot = byAge.size() < SLOTS ? freeSlot(byAge) : byAge.get(0);
            Jdbc.update(c, "DELETE FROM in_scope_key WHERE slot = ?", slot);
            build(c, scope, slot);
        }
        if (withPersons && !hasPersons) {
            Jdbc.update(c, "DELETE FROM in_scope_key WHERE slot = ?", slot);
            people(c, slot);
            hasPersons = true;
        }
        Jdbc.update(c, "INSERT OR REPLACE INTO in_scope_key VALUES (?, ?, ?, ?)", slot, key, hasPersons, now);
        Jdbc.execute(c, "CREATE OR REPLACE TEMP VIEW " + OCCURRENCES + " AS SELECT * FROM " + OCCURRENCES + "_s" + slot);
        Jdbc.execute(c, "CREATE OR REPLACE TEMP VIEW " + SPANS + " AS SELECT * FROM " + SPANS + "_s" + slot);
        if (hasPersons) Jdbc.execute(c, "CREATE OR REPLACE TEMP VIEW " + PERSONS + " AS SELECT * FROM " + PERSONS + "_s" + slot);
        else Jdbc.execute(c, "DROP VIEW IF EXISTS " + PERSONS);
    }

    private static int freeSlot(List<Integer> taken) {
        for (int s = 0; s < SLOTS; s++) if (!taken.contains(s)) return s;
        throw new IllegalStateException("no free slot among " + taken);
    }

    private static void build(Connection c, Scope scope, int slot) {
        String occ = OCCURRENCES + "_s" + slot;
        List<Object> params = new ArrayList<>();
        String span = spanCase("committed_from", scope.period(), params);
        String inPeriod = periodCondition("committed_from", scope.period(), params);
        String inArea = areaCondition(scope.area(), "district_code", params);
        Jdbc.execute(c, "DROP TABLE IF EXISTS " + PERSONS + "_s" + slot);
        // occurrence_all filtered exactly as the occurrence view filters it (active batches), read directly for its
        // rowid: a unique number per occurrence that joins people to occurrences far faster than the text id.
        Jdbc.update(c, "CREATE OR REPLACE TEMP TABLE " + occ + " AS SELECT rowid AS occ_row, " + COLUMNS
                + ", CAST(" + span + " AS SMALLINT) AS span FROM occurrence_all "
                + "WHERE batch_id IN (SELECT batch_id FROM batch WHERE status = 'active') AND (" + scope.definition().sqlCondition() + ") AND "
                + inPeriod + " AND " + inArea, params.toArray());
        spans(c, scope.period(), SPANS + "_s" + slot);
    }

    private static void people(Connection c, int slot) {
        String occ = OCCURRENCES + "_s" + slot, people = PERSONS + "_s" + slot;
        Jdbc.execute(c, "CREATE OR REPLACE TEMP TABLE " + people + " AS SELECT p.occurrence_id, p.person_key, p.role, p.age, p.sex, "
                + "p.ethnicity, p.relationship, o.span, o.committed_from, o.offence_group, o.district_code, o.occ_row "
                + "FROM person p JOIN " + occ + " o ON o.occurrence_id = p.occurrence_id");
        // Three columns only: each one more costs about a tenth of a second per million occurrences in scope.
        for (String col : List.of("victim_min_age", "victim_max_age", "suspect_min_age")) {
            Jdbc.execute(c, "ALTER TABLE " + occ + " ADD COLUMN IF NOT EXISTS " + col + " INTEGER");
        }
        Jdbc.execute(c, "UPDATE " + occ + " SET victim_min_age = a.victim_min_age, victim_max_age = a.victim_max_age, "
                + "suspect_min_age = a.suspect_min_age FROM (SELECT occ_row, "
                + "min(age) FILTER (WHERE role = 'victim') AS victim_min_age, max(age) FILTER (WHERE role = 'victim') AS victim_max_age, "
                + "min(age) FILTER (WHERE role <> 'victim') AS suspect_min_age "
                + "FROM " + people + " WHERE age IS NOT NULL GROUP BY occ_row) a WHERE a.occ_row = " + occ + ".occ_row");
    }

    /**
     * {@code CASE WHEN col >= ? AND col < ? THEN 0 … END}: the index of the span a timestamp falls in, null
     * when none; binds the span ends into {@code params}.
     */
    public static String spanCase(String column, Period period, List<Object> params) {
        StringBuilder sb = new StringBuilder("CASE");
        List<Period.Span> spans = period.spans();
        for (int i = 0; i < spans.size(); i++) {
            sb.append(" WHEN ").append(column).append(" >= CAST(? AS TIMESTAMP) AND ").append(column)
                    .append(" < CAST(? AS TIMESTAMP) THEN ").append(i);
            params.add(timestamp(spans.get(i).start()));
            params.add(timestamp(spans.get(i).endExclusive()));
        }
        return sb.append(" END").toString();
    }

    /** True for a timestamp inside one of the period's spans; binds into {@code params}. */
    public static String periodCondition(String column, Period period, List<Object> params) {
        StringBuilder sb = new StringBuilder("(");
        List<Period.Span> spans = period.spans();
        for (int i = 0; i < spans.size(); i++) {
            if (i > 0) sb.append(" OR ");
            sb.append('(').append(column).append(" >= CAST(? AS TIMESTAMP) AND ").append(column)
                    .append(" < CAST(? AS TIMESTAMP))");
            params.add(timestamp(spans.get(i).start()));
            params.add(timestamp(spans.get(i).endExclusive()));
        }
        return sb.append(')').toString();
    }

    /** True for a row of the area, judged by its district code column; binds into {@code params}. */
    public static String areaCondition(Area area, String districtColumn, List<Object> params) {
        return switch (area.kind()) {
            case ALL -> "TRUE";
            case CITY, COUNTY -> {
                params.add(area.kind() == Area.Kind.CITY ? "city" : "county");
                yield districtColumn + " IN (SELECT code FROM area WHERE level = 'district' AND city_county = ?)";
            }
            case DISTRICT -> {
                params.add(area.code());
                yield districtColumn + " = ?";
            }
        };
    }

    /** Fills a table of the period's spans (span, label, start_at, end_at). */
    static void spans(Connection c, Period period, String table) {
        Jdbc.execute(c, "CREATE OR REPLACE TEMP TABLE " + table + " (span INTEGER, label VARCHAR, start_at TIMESTAMP, end_at TIMESTAMP)");
        List<Period.Span> spans = period.spans();
        for (int i = 0; i < spans.size(); i++) {
            Jdbc.update(c, "INSERT INTO " + table + " VALUES (?, ?, CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP))", i,
                    spans.get(i).label(), timestamp(spans.get(i).start()), timestamp(spans.get(i).endExclusive()));
        }
    }

    /** Forgets the kept scopes (the next call rebuilds them). */
    public static void forget(Connection c) {
        Jdbc.execute(c, "CREATE TEMP TABLE IF NOT EXISTS in_scope_key (slot INTEGER PRIMARY KEY, key VARCHAR, persons BOOLEAN, used BIGINT)");
        Jdbc.execute(c, "DELETE FROM in_scope_key");
    }

    private static String timestamp(java.time.LocalDate day) {
        return day + " 00:00:00";
    }

    private static String key(Connection c, Scope scope) {
        String data = Jdbc.queryOne(c, "SELECT (SELECT count(*) || ':' || coalesce(sum(batch_id), 0) FROM batch WHERE status = 'active')"
                + " || '/' || (SELECT count(*) || ':' || coalesce(max(batch_id), 0) || ':' || count(DISTINCT city_county) FROM area)",
                rs -> rs.getString(1)).orElse("");
        StringBuilder sb = new StringBuilder(scope.definition().sqlCondition()).append('|');
        for (Period.Span s : scope.period().spans()) sb.append(s.label()).append('=').append(s.start()).append(',').append(s.endExclusive()).append(';');
        sb.append('|').append(scope.area().kind()).append(':').append(scope.area().code()).append('|').append(data);
        return sb.toString();
    }
}
