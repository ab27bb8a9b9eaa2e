package svo.analysis.trend;

import svo.analysis.Analysis;
import svo.analysis.Change;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Estimated economic and social cost of serious violence, from the Home Office unit costs (SNA 2025 §3.1). */
public final class Cost implements Analysis {
    private static final String SQL = Sql.load(Cost.class);

    @Override public String id() { return "cost"; }
    @Override public String title() { return "Estimated economic and social cost"; }
    @Override public String section() { return "SNA 2025 §3.1"; }
    @Override public List<String> datasets() { return List.of("occurrences"); }

    @Override
    public Result run(Store store, Scope scope) {
        InScope.occurrences(store.connection(), scope);
        SpanCounts costed = new SpanCounts(scope.period(), 1);
        SpanCounts notCosted = new SpanCounts(scope.period(), 1, true);
        Map<String, Long> unit = new LinkedHashMap<>();
        UnitCosts.all().values().forEach(u -> unit.putIfAbsent(u.category(), u.pounds()));
        List<Object[]> rows = Jdbc.query(store.connection(), SQL, rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4)});
        for (String category : unit.keySet()) {
            for (Object[] r : rows) {
                UnitCosts.UnitCost u = UnitCosts.of((String) r[0]);
                if (u != null && u.category().equals(category)) costed.add(category, (int) r[2], (long) r[3]);
            }
        }
        for (Object[] r : rows) if (UnitCosts.of((String) r[0]) == null) notCosted.add((String) r[1], (int) r[2], (long) r[3]);

        List<Period.Span> spans = scope.period().spans();
        Table.Builder t = Table.builder("cost", title()).columns(Column.text("period", "Period"), Column.text("offence_type", "Offence type"),
                Column.count("count", "Occurrences"), Column.money("unit_cost", "Unit cost"), Column.money("cost", "Cost"));
        long[] totalCost = new long[spans.size()];
        if (!rows.isEmpty()) {
            for (int s = 0; s < spans.size(); s++) {
                long all = 0;
                for (String c : costed.series()) {
                    long n = costed.series(c, 0)[s];
                    t.row(spans.get(s).label(), c, n, unit.get(c), n * unit.get(c));
                    totalCost[s] += n * unit.get(c);
                    all += n;
                }
                for (String g : notCosted.series()) {
                    t.row(spans.get(s).label(), g, notCosted.series(g, 0)[s], null, null);
                    all += notCosted.series(g, 0)[s];
                }
                t.row(spans.get(s).label(), "total", all, null, totalCost[s]);
            }
        }
        t.note("Unit costs: Heeks et al. (2018), The economic and social costs of crime (second edition), Home Office "
                + "Research Report 99, 2015/16 prices, not uprated. Offence types with no unit cost are not costed (blank), never counted as zero.");
        return new Result(id(), title(), scope, List.of(t.build()), figures(scope, totalCost, rows.isEmpty()), notes(scope, notCosted));
    }

    private static Map<String, Object> figures(Scope scope, long[] totalCost, boolean empty) {
        Map<String, Object> f = new LinkedHashMap<>();
        if (empty) return f;
        int latest = totalCost.length - 1;
        f.put("latest_period", scope.period().latest().label());
        f.put("latest_cost_gbp", totalCost[latest]);
        f.put("price_year", "2015/16");
        if (totalCost.length > 1) {
            int basis = Change.basisIndex(scope.period(), scope.comparison());
            f.put("basis_period", scope.period().spans().get(basis).label());
            f.put("basis_cost_gbp", totalCost[basis]);
            f.put("change_gbp", totalCost[latest] - totalCost[basis]);
            f.put("change_pct", Rounding.changePercent(totalCost[basis], totalCost[latest]));
            f.put("change_pct_whole", Rounding.changePercent(totalCost[basis], totalCost[latest], 0));
        }
        return f;
    }

    private static List<String> notes(Scope scope, SpanCounts notCosted) {
        List<String> notes = new ArrayList<>(List.of(scope.describe()));
        if (!notCosted.isEmpty()) {
            notes.add("Not costed (no Home Office unit cost): " + String.join(", ", notCosted.series()) + ".");
        }
        notes.add("Robbery of business property is costed at the robbery unit cost, as the SNA 2025 costs all robbery.");
        return notes;
    }
}
