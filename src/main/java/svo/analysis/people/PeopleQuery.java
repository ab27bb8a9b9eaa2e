package svo.analysis.people;

import svo.analysis.InScope;
import svo.analysis.Scope;
import svo.store.Jdbc;
import svo.store.Store;
import svo.store.StoreException;

import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a people analysis's SQL over the scope's people. {@link InScope} filters the store to the scope once
 * (in_scope, in_scope_span, in_scope_person, shared by every analysis of that scope); each SQL then starts
 * with the same {@code period_row} CTE, whose one parameter is the label of the whole-window row: a person is
 * counted once in each span and once more over the whole period when it has several spans.
 *
 * <pre>
 * List&lt;SqlRow&gt; rows = PeopleQuery.rows(store, SQL, scope, List.of("victim"));   // lists bind as SQL arrays
 * </pre>
 */
final class PeopleQuery {
    private PeopleQuery() {}

    /** The label of the whole-window row, or null when the period is one span (its own row is the window). */
    static String windowLabel(Scope scope) {
        return scope.period().spans().size() > 1 ? scope.period().label() : null;
    }

    /** Runs the SQL over the scope's people: the window label is bound first, then {@code own} in order. */
    static List<SqlRow> rows(Store store, String sql, Scope scope, Object... own) {
        InScope.persons(store.connection(), scope);
        return query(store, sql, scope, own);
    }

    /** Runs the SQL over the scope's occurrences only (no people needed). */
    static List<SqlRow> occurrenceRows(Store store, String sql, Scope scope, Object... own) {
        InScope.occurrences(store.connection(), scope);
        return query(store, sql, scope, own);
    }

    private static List<SqlRow> query(Store store, String sql, Scope scope, Object... own) {
        Connection c = store.connection();
        List<Object> params = new ArrayList<>();
        params.add(windowLabel(scope));
        try {
            for (Object o : own) params.add(o instanceof List<?> list ? c.createArrayOf("VARCHAR", list.toArray()) : o);
        } catch (SQLException e) {
            throw new StoreException("cannot bind a list to an analysis query: " + e.getMessage(), e);
        }
        return Jdbc.query(c, sql, rs -> {
            ResultSetMetaData md = rs.getMetaData();
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) values.put(md.getColumnLabel(i), rs.getObject(i));
            return new SqlRow(values);
        }, params.toArray());
    }
}
