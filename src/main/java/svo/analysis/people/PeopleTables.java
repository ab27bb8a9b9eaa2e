package svo.analysis.people;

import svo.analysis.InScope;
import svo.analysis.Period;
import svo.analysis.Scope;
import svo.store.Jdbc;
import svo.store.Sql;

import java.sql.Connection;

/**
 * The scope's people summarised once per scope into two temporary tables that every people analysis aggregates
 * ({@code PeopleTables.sql} says what each column holds), so ten analyses of one scope pass over the fifteen
 * million person rows of ten million occurrences twice, not ten times:
 *
 * <pre>
 * in_scope_people             one row per person and span, plus span -1 for the whole period (several spans):
 *                             occurrences as victim and as suspect, first recorded age, sex, ethnicity, offence types
 * in_scope_occurrence_people  one row per occurrence with a known person: people per role, ages, relationships
 * </pre>
 *
 * Built on {@link InScope}'s tables and kept, like them, while the scope and the data stay the same.
 */
final class PeopleTables {
    private static final String BUILD = Sql.load(PeopleTables.class);
    private static final String WINDOW = Sql.load(PeopleTables.class, "PeopleTablesWindow");

    private PeopleTables() {}

    /** Makes sure the people tables hold the scope's people. */
    static void build(Connection c, Scope scope) {
        InScope.persons(c, scope);
        String key = key(c, scope);
        Jdbc.execute(c, "CREATE TEMP TABLE IF NOT EXISTS in_scope_people_key (key VARCHAR)");
        if (Jdbc.queryOne(c, "SELECT key FROM in_scope_people_key", rs -> rs.getString(1)).map(key::equals).orElse(false)) return;
        Jdbc.execute(c, "DELETE FROM in_scope_people_key");
        Jdbc.execute(c, BUILD);
        if (scope.period().spans().size() > 1) Jdbc.execute(c, WINDOW);
        Jdbc.update(c, "INSERT INTO in_scope_people_key VALUES (?)", key);
    }

    /** What the tables were built from: the scope, and the state of the batches and the geography. */
    private static String key(Connection c, Scope scope) {
        StringBuilder sb = new StringBuilder(scope.definition().sqlCondition()).append('|');
        for (Period.Span s : scope.period().spans()) sb.append(s.label()).append('=').append(s.start()).append(',').append(s.endExclusive()).append(';');
        sb.append('|').append(scope.area().kind()).append(':').append(scope.area().code()).append('|');
        sb.append(Jdbc.queryOne(c, "SELECT (SELECT count(*) || ':' || coalesce(sum(batch_id), 0) || ':' || coalesce(max(batch_id), 0)"
                + " FROM batch WHERE status = 'active') || '/' || (SELECT count(*) || ':' || coalesce(max(batch_id), 0) || ':' || count(DISTINCT city_county) FROM area)",
                rs -> rs.getString(1)).orElse(""));
        return sb.toString();
    }
}
