package svo.analysis.people;

import svo.analysis.Area;
import svo.analysis.Period;
import svo.analysis.Scope;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;
import svo.store.StoreException;

import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-scope occurrences every people analysis starts from ({@code InScope.sql}): those the scope's
 * definition includes, committed within one of the period's spans, in the scope's area. An analysis's SQL
 * begins {@code WITH {{in_scope}}, …}; the definition's condition is the only text spliced in, every value
 * is bound.
 *
 * <pre>
 * List&lt;SqlRow&gt; rows = InScope.rows(store, SQL, scope, List.of("victim"));
 * </pre>
 */
final class InScope {
    private static final String FRAGMENT = Sql.load(InScope.class);

    private InScope() {}

    /** The analysis's SQL with the in-scope fragment and the definition's condition in place. */
    static String sql(String analysisSql, Scope scope) {
        String condition = scope.definition() == null ? "true" : scope.definition().sqlCondition();
        if (!analysisSql.contains("{{in_scope}}")) throw new IllegalStateException("the SQL does not start WITH {{in_scope}}");
        return analysisSql.replace("{{in_scope}}", FRAGMENT.replace("{{definition}}", condition));
    }

    /** The label of the whole-window row, or null when the period is one span (its own row is the window). */
    static String windowLabel(Period period) {
        return period.spans().size() > 1 ? period.label() : null;
    }

    /** Runs the analysis's SQL: the in-scope parameters are bound first, then {@code own} in order. */
    static List<SqlRow> rows(Store store, String analysisSql, Scope scope, Object... own) {
        Connection c = store.connection();
        Period period = scope.period();
        Area area = scope.area();
        List<Object> params = new ArrayList<>();
        try {
            params.add(c.createArrayOf("VARCHAR", period.spans().stream().map(Period.Span::label).toArray()));
            params.add(c.createArrayOf("DATE", period.spans().stream().map(Period.Span::start).toArray()));
            params.add(c.createArrayOf("DATE", period.spans().stream().map(Period.Span::endExclusive).toArray()));
            params.add(windowLabel(period));
            params.add(period.start());
            params.add(period.endExclusive());
            params.add(area.kind().name());
            params.add(area.kind() == Area.Kind.DISTRICT ? area.code() : null);
            for (Object o : own) {
                params.add(o instanceof List<?> list ? c.createArrayOf(arrayType(list), list.toArray()) : o);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot bind the scope of an analysis: " + e.getMessage(), e);
        }
        return Jdbc.query(c, sql(analysisSql, scope), rs -> {
            ResultSetMetaData md = rs.getMetaData();
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) values.put(md.getColumnLabel(i), rs.getObject(i));
            return new SqlRow(values);
        }, params.toArray());
    }

    private static String arrayType(List<?> list) {
        if (!list.isEmpty() && list.get(0) instanceof LocalDate) return "DATE";
        if (!list.isEmpty() && list.get(0) instanceof Integer) return "INTEGER";
        return "VARCHAR";
    }
}
