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
 * Runs a people analysis's SQL over the scope's people ({@link PeopleTables}) or occurrences ({@link InScope}).
 * The SQL returns a {@code span} column: 0 for the period's first span, 1 for the next, and -1 for the whole
 * period. Each row comes back with {@code period} (the span's printed label, "2022/23"; the whole period's,
 * "2022/23 to 2024/25") and {@code row_order} (spans in date order, then the whole period); whole-period rows
 * are dropped when the period is a single span, whose own row is the whole period.
 *
 * <pre>
 * List&lt;SqlRow&gt; rows = PeopleQuery.rows(store, SQL, scope, true);   // parameters bound in order; lists as arrays
 * </pre>
 */
final class PeopleQuery {
    /** The {@code row_order} of the whole-period row: after every span. */
    static final long WINDOW_ORDER = Integer.MAX_VALUE;

    private PeopleQuery() {}

    /** Runs the SQL over {@code in_scope_people} / {@code in_scope_occurrence_people} (and InScope's tables). */
    static List<SqlRow> rows(Store store, String sql, Scope scope, Object... params) {
        PeopleTables.build(store.connection(), scope);
        return query(store, sql, scope, params);
    }

    /** Runs the SQL over InScope's occurrences only (no people needed). */
    static List<SqlRow> occurrenceRows(Store store, String sql, Scope scope, Object... params) {
        InScope.occurrences(store.connection(), scope);
        return query(store, sql, scope, params);
    }

    private static List<SqlRow> query(Store store, String sql, Scope scope, Object... own) {
        Connection c = store.connection();
        List<String> labels = scope.period().labels();
        boolean windowed = labels.size() > 1;
        List<Object> params = new ArrayList<>();
        try {
            for (Object o : own) params.add(o instanceof List<?> list ? c.createArrayOf("VARCHAR", list.toArray()) : o);
        } catch (SQLException e) {
            throw new StoreException("cannot bind a list to an analysis query: " + e.getMessage(), e);
        }
        List<SqlRow> rows = Jdbc.query(c, sql, rs -> {
            ResultSetMetaData md = rs.getMetaData();
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) values.put(md.getColumnLabel(i), rs.getObject(i));
            return new SqlRow(values);
        }, params.toArray());
        List<SqlRow> out = new ArrayList<>(rows.size());
        for (SqlRow r : rows) {
            int span = r.whole("span");
            if (span < 0 && !windowed) continue;
            Map<String, Object> values = new LinkedHashMap<>(r.values());
            values.put("period", span < 0 ? scope.period().label() : labels.get(span));
            values.put("row_order", span < 0 ? WINDOW_ORDER : span);
            out.add(new SqlRow(values));
        }
        return out;
    }
}
