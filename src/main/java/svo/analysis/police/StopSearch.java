package svo.analysis.police;

import svo.analysis.Analysis;
import svo.analysis.Changes;
import svo.analysis.Column;
import svo.analysis.InScope;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.SpanCounts;
import svo.analysis.Table;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Stop and search: searches, searches for offensive weapons, weapons found, the find rate, and finds by age (SNA 2025 §10). */
public final class StopSearch implements Analysis {
    private static final String SQL = Sql.load(StopSearch.class);
    private static final String AGE_SQL = Sql.load(StopSearch.class, "StopSearchAge");
    static final String OBJECT = "object";
    private static final List<String> BANDS = List.of("under 10", "10-17", "18-24", "25-34", "over 34");

    @Override public String id() { return "stop-search"; }
    @Override public String title() { return "Stop and search"; }
    @Override public String section() { return "SNA 2025 §10"; }
    @Override public List<String> datasets() { return List.of("stop-search"); }
    @Override public String defaultDefinition() { return null; }
    @Override public Map<String, String> parameters() {
        return Map.of(OBJECT, "the object of search whose finds are counted (default Offensive weapons)");
    }

    @Override
    public Result run(Store store, Scope scope) {
        String object = scope.parameter(OBJECT, "Offensive weapons").strip().toLowerCase();
        long[][] perSpan = new long[3][scope.period().spans().size()];
        List<Object> p = new ArrayList<>();
        String span = InScope.spanCase("searched_at", scope.period(), p);
        p.add(object);
        p.add(object);
        String sql = SQL.replace("{span}", span).replace("{period}", InScope.periodCondition("searched_at", scope.period(), p))
                .replace("{area}", InScope.areaCondition(scope.area(), "district_code", p));
        boolean[] any = {false};
        Jdbc.query(store.connection(), sql, rs -> {
            for (int m = 0; m < 3; m++) perSpan[m][rs.getInt(1)] = rs.getLong(2 + m);
            any[0] = true;
            return null;
        }, p.toArray());
        List<Period.Span> spans = scope.period().spans();
        Table.Builder t = Table.builder("by_year", title()).columns(Column.text("period", "Period"), Column.count("searches", "Stop and searches"),
                Column.count("object_searches", "Searches for " + object), Column.count("found", object + " found"),
                Column.percent("find_rate_pct", "Find rate %", "object_searches"));
        Changes changes = new Changes(scope, Column.text("measure", "Measure"));
        if (any[0]) {
            for (int s = 0; s < spans.size(); s++) {
                t.row(spans.get(s).label(), perSpan[0][s], perSpan[1][s], perSpan[2][s], Rounding.percent(perSpan[2][s], perSpan[1][s]));
            }
            changes.add(perSpan[0], "searches");
            changes.add(perSpan[1], "searches for " + object);
            changes.add(perSpan[2], object + " found");
        }
        return new Result(id(), title(), scope, List.of(t.build(), changes.table("changes", "Change in the latest period"),
                byAge(store, scope, object)), Map.of(), List.of("Stop and search records, " + scope.describe(),
                Changes.note(scope), "Find rate: searches for " + object + " whose outcome was linked to the object "
                        + "(object_found), as a % of searches for " + object + ". Age bands are those recorded (police.uk bands)."));
    }

    private static Table byAge(Store store, Scope scope, String object) {
        List<Object> p = new ArrayList<>();
        String span = InScope.spanCase("searched_at", scope.period(), p);
        p.add(object);
        String sql = AGE_SQL.replace("{span}", span).replace("{period}", InScope.periodCondition("searched_at", scope.period(), p))
                .replace("{area}", InScope.areaCondition(scope.area(), "district_code", p));
        SpanCounts counts = new SpanCounts(scope.period(), 1);
        List<Object[]> rows = Jdbc.query(store.connection(), sql, rs -> new Object[] {rs.getInt(1), rs.getString(2), rs.getLong(3)}, p.toArray());
        List<String> bands = new ArrayList<>(BANDS);
        rows.stream().map(r -> r[1] == null ? "not recorded" : (String) r[1]).filter(b -> !bands.contains(b)).distinct().sorted().forEach(bands::add);
        Table.Builder t = Table.builder("found_by_age", object + " found, by age band").columns(Column.text("period", "Period"),
                Column.text("age_band", "Age band"), Column.count("found", "Found"));
        if (rows.isEmpty()) return t.build();
        for (String b : bands) counts.ensure(b);
        for (Object[] r : rows) counts.add(r[1] == null ? "not recorded" : (String) r[1], (int) r[0], (long) r[2]);
        List<Period.Span> spans = scope.period().spans();
        for (int s = 0; s < spans.size(); s++) for (String b : counts.series()) t.row(spans.get(s).label(), b, counts.series(b, 0)[s]);
        return t.build();
    }
}
