package svo.analysis;

import svo.store.Jdbc;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Filters the store to an analysis's scope once — definition, period and area — into temporary tables that
 * every analysis's SQL then aggregates, so ten analyses of one scope read the ten million occurrences once:
 *
 * <pre>
 * in_scope         every column of the occurrence view (but batch_id, line, latitude, longitude) for the
 *                  occurrences the scope's definition includes, committed in one of its spans and in its area,
 *                  plus {@code span} (0 = the first span of the period)
 * in_scope_span    span, label, start_at, end_at (half-open), one row per span of the period
 * in_scope_person  occurrence_id, person_key, role, age, sex, ethnicity, relationship of the people in those
 *                  occurrences, with the occurrence's span, committed_from, offence_group and district_code
 * </pre>
 *
 * The tables live on the connection (DuckDB temporary tables) and are kept while the scope and the data
 * stay the same: a key made of the definition's SQL, the spans, the area and the state of the batches and
 * geography decides whether they are rebuilt. The date an occurrence is placed by is {@code committed_from}.
 */
public final class InScope {
    /** In-scope occurrences. */
    public static final String OCCURRENCES = "in_scope";
    /** The spans of the period. */
    public static final String SPANS = "in_scope_span";
    /** People in in-scope occurrences. */
    public static final String PERSONS = "in_scope_person";

    private static final String COLUMNS = "occurrence_id, recorded_date, committed_from, committed_to, ho_code, offence, "
            + "offence_group, knife, firearm, other_weapon, domestic_abuse, sexual_offence, q_alcohol, q_drugs, q_youth, "
            + "q_mental_health, q_nte, easting, northing, lsoa_code, ward_code, neighbourhood_code, district_code, "
            + "nte_area_code, location_type, outcome_category, outcome, outcome_date";

    private InScope() {}

    /** Makes sure {@code in_scope} and {@code in_scope_span} hold the scope's occurrences. */
    public static void occurrences(Connection c, Scope scope) {
        if (scope.definition() == null) {
            throw new IllegalArgumentException("an analysis of occurrences needs a definition in its scope");
        }
        String key = key(c, scope);
        if (key.equals(storedKey(c, OCCURRENCES))) return;
        List<Object> params = new ArrayList<>();
        String span = spanCase("committed_from", scope.period(), params);
        List<Object> where = new ArrayList<>();
        String inPeriod = periodCondition("committed_from", scope.period(), where);
        String inArea = areaCondition(scope.area(), "district_code", where);
        params.addAll(where);
        Jdbc.update(c, "CREATE OR REPLACE TEMP TABLE " + OCCURRENCES + " AS SELECT " + COLUMNS + ", " + span + " AS span "
                + "FROM occurrence WHERE (" + scope.definition().sqlCondition() + ") AND " + inPeriod + " AND " + inArea,
                params.toArray());
        spans(c, scope.period());
        remember(c, OCCURRENCES, key);
        remember(c, PERSONS, "");
    }

    /** Makes sure {@code in_scope_person} (and {@code in_scope}) hold the scope's people. */
    public static void persons(Connection c, Scope scope) {
        occurrences(c, scope);
        String key = key(c, scope);
        if (key.equals(storedKey(c, PERSONS))) return;
        Jdbc.execute(c, "CREATE OR REPLACE TEMP TABLE " + PERSONS + " AS SELECT p.occurrence_id, p.person_key, p.role, "
                + "p.age, p.sex, p.ethnicity, p.relationship, o.span, o.committed_from, o.offence_group, o.district_code "
                + "FROM person p JOIN " + OCCURRENCES + " o ON o.occurrence_id = p.occurrence_id");
        remember(c, PERSONS, key);
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

    /** Fills {@code in_scope_span} with the period's spans. */
    public static void spans(Connection c, Period period) {
        Jdbc.execute(c, "CREATE OR REPLACE TEMP TABLE " + SPANS + " (span INTEGER, label VARCHAR, start_at TIMESTAMP, "
                + "end_at TIMESTAMP)");
        List<Period.Span> spans = period.spans();
        for (int i = 0; i < spans.size(); i++) {
            Jdbc.update(c, "INSERT INTO " + SPANS + " VALUES (?, ?, CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP))", i,
                    spans.get(i).label(), timestamp(spans.get(i).start()), timestamp(spans.get(i).endExclusive()));
        }
    }

    /** Forgets the cached tables (the next call rebuilds them). */
    public static void forget(Connection c) {
        ensureKeyTable(c);
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

    private static String storedKey(Connection c, String what) {
        ensureKeyTable(c);
        return Jdbc.queryOne(c, "SELECT key FROM in_scope_key WHERE what = ?", rs -> rs.getString(1), what).orElse(null);
    }

    private static void remember(Connection c, String what, String key) {
        ensureKeyTable(c);
        Jdbc.update(c, "INSERT OR REPLACE INTO in_scope_key VALUES (?, ?)", what, key);
    }

    private static void ensureKeyTable(Connection c) {
        Jdbc.execute(c, "CREATE TEMP TABLE IF NOT EXISTS in_scope_key (what VARCHAR PRIMARY KEY, key VARCHAR)");
    }
}
