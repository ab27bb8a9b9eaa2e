package svo.analysis.trend;

import svo.analysis.Analysis;
import svo.analysis.Changes;
import svo.analysis.Column;
import svo.analysis.InScope;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.ScopeResolver;
import svo.analysis.SpanCounts;
import svo.analysis.Table;
import svo.definitions.Definition;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

/** Serious violence by offence type per year, with victims and suspects aged 18 and under (SNA 2025 §3.2). */
public final class OffenceTypeTrend implements Analysis {
    private static final String SQL = Sql.load(OffenceTypeTrend.class);
    static final String MAX_AGE = "max-age";

    @Override public String id() { return "trend.offence-type"; }
    @Override public String title() { return "Serious violence by offence type"; }
    @Override public String section() { return "SNA 2025 §3.2"; }
    @Override public List<String> datasets() { return List.of("occurrences", "persons"); }
    @Override public Map<String, String> parameters() {
        return Map.of(MAX_AGE, "oldest age of the young victim and suspect cohorts (default 18)");
    }

    @Override
    public Result run(Store store, Scope scope) {
        int maxAge = maxAge(scope);
        SpanCounts counts = counts(store.connection(), scope, null, maxAge);
        return new Result(id(), title(), scope, List.of(table(scope, counts, maxAge, "by_offence_type", title()),
                changes(scope, counts, maxAge)), Map.of(), notes(scope, maxAge));
    }

    static int maxAge(Scope scope) {
        return ScopeResolver.intParameter(scope, MAX_AGE, 18, 0, 120);
    }

    /** Counts (all, young victims, young suspects) per offence group and span, optionally within a subset definition. */
    static SpanCounts counts(Connection c, Scope scope, Definition subset, int maxAge) {
        InScope.persons(c, scope);
        SpanCounts counts = new SpanCounts(scope.period(), 3, true);
        String sql = SQL.replace("{subset}", subset == null ? "TRUE" : "(" + subset.sqlCondition() + ")");
        Jdbc.query(c, sql, rs -> {
            counts.add(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
            return null;
        }, maxAge, maxAge);
        return counts;
    }

    /** One row per offence type and period, then a total row per period (the CSV contract of the issue). */
    static Table table(Scope scope, SpanCounts counts, int maxAge, String id, String title) {
        Table.Builder t = Table.builder(id, title).columns(Column.text("offence_type", "Offence type"),
                Column.text("period", "Period"), Column.count("all", "All"),
                Column.count("victims_" + maxAge + "_and_under", "Victims " + maxAge + " and under"),
                Column.count("suspects_" + maxAge + "_and_under", "Suspects " + maxAge + " and under"));
        if (counts.isEmpty()) return t.build();
        List<Period.Span> spans = scope.period().spans();
        for (String type : counts.series()) {
            for (int s = 0; s < spans.size(); s++) {
                t.row(type, spans.get(s).label(), counts.series(type, 0)[s], counts.series(type, 1)[s], counts.series(type, 2)[s]);
            }
        }
        for (int s = 0; s < spans.size(); s++) {
            t.row("total", spans.get(s).label(), counts.total(0)[s], counts.total(1)[s], counts.total(2)[s]);
        }
        return t.note(scope.describe()).build();
    }

    /** The change in the latest period for every offence type and cohort, totals included. */
    static Table changes(Scope scope, SpanCounts counts, int maxAge) {
        return changes(scope, counts, maxAge, "changes", "Change in the latest period");
    }

    static Table changes(Scope scope, SpanCounts counts, int maxAge, String id, String title) {
        Changes changes = new Changes(scope, Column.text("offence_type", "Offence type"), Column.text("cohort", "Cohort"));
        String[] cohorts = {"all", "victims_" + maxAge + "_and_under", "suspects_" + maxAge + "_and_under"};
        if (!counts.isEmpty()) {
            for (String type : counts.series()) for (int m = 0; m < 3; m++) changes.add(counts.series(type, m), type, cohorts[m]);
            for (int m = 0; m < 3; m++) changes.add(counts.total(m), "total", cohorts[m]);
        }
        return changes.table(id, title);
    }

    static List<String> notes(Scope scope, int maxAge) {
        return List.of(scope.describe(), Changes.note(scope),
                "An occurrence counts once in its offence type's row. 'Victims " + maxAge + " and under' counts occurrences "
                        + "with at least one victim aged " + maxAge + " or under at the offence; 'suspects' likewise "
                        + "(suspects and offenders). Periods place an occurrence by the date it was committed.");
    }
}
