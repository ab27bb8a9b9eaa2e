package svo.analysis.police;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.InScope;
import svo.analysis.Result;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.ScopeResolver;
import svo.analysis.Table;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Occurrences by hour and day of the week, for all, child and adult victims, and the Friday/Saturday night share (SNA 2025 §4.3). */
public final class HourWeekday implements Analysis {
    private static final String SQL = Sql.load(HourWeekday.class);
    static final String CHILD_MAX_AGE = "child-max-age";
    private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    private static final String[] DAY_LABELS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    @Override public String id() { return "hour-weekday"; }
    @Override public String title() { return "Serious violence by hour and day of the week"; }
    @Override public String section() { return "SNA 2025 §4.3"; }
    @Override public List<String> datasets() { return List.of("occurrences", "persons"); }
    @Override public Map<String, String> parameters() {
        return Map.of(CHILD_MAX_AGE, "oldest age of a child victim (default 17; older victims are adults)");
    }

    /** True for Friday 18:00 to Saturday 06:00 and Saturday 18:00 to Sunday 06:00 (ISO weekday, hour). */
    static boolean weekendNight(int weekday, int hour) {
        return (weekday == 5 && hour >= 18) || (weekday == 6 && (hour < 6 || hour >= 18)) || (weekday == 7 && hour < 6);
    }

    @Override
    public Result run(Store store, Scope scope) {
        int childMax = ScopeResolver.intParameter(scope, CHILD_MAX_AGE, 17, 0, 119);
        InScope.persons(store.connection(), scope);
        long[][][] cells = new long[3][24][7];
        Jdbc.query(store.connection(), SQL, rs -> {
            for (int m = 0; m < 3; m++) cells[m][rs.getInt(1)][rs.getInt(2) - 1] = rs.getLong(3 + m);
            return null;
        }, childMax, childMax);
        String[] ids = {"all", "victims_0_" + childMax, "victims_" + (childMax + 1) + "_plus"};
        String[] titles = {"All serious violence", "Victims aged up to " + childMax, "Victims aged " + (childMax + 1) + " and over"};
        List<Table> tables = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int m = 0; m < 3; m++) tables.add(grid(ids[m], titles[m], cells[m], m == 0 ? "" : ids[m] + "_", figures));
        return new Result(id(), title(), scope, tables, figures, List.of(scope.describe(),
                "Hour and day of committed_from. Friday/Saturday night: Friday 18:00 to Saturday 06:00 and Saturday 18:00 to Sunday 06:00. "
                        + "An occurrence with a child and an adult victim counts in both victim tables."));
    }

    private static Table grid(String id, String title, long[][] cells, String prefix, Map<String, Object> figures) {
        Table.Builder t = Table.builder(id, title).column(Column.text("hour", "Hour"));
        for (int d = 0; d < 7; d++) t.column(Column.count(DAYS[d], DAY_LABELS[d]));
        t.column(Column.count("total", "Total"));
        long grand = 0, night = 0;
        long[] dayTotals = new long[7];
        for (int h = 0; h < 24; h++) for (int d = 0; d < 7; d++) {
            grand += cells[h][d];
            dayTotals[d] += cells[h][d];
            if (weekendNight(d + 1, h)) night += cells[h][d];
        }
        if (grand > 0) {
            for (int h = 0; h < 24; h++) {
                List<Object> row = new ArrayList<>(List.of(String.format("%02d", h)));
                long total = 0;
                for (int d = 0; d < 7; d++) {
                    row.add(cells[h][d]);
                    total += cells[h][d];
                }
                row.add(total);
                t.row(row);
            }
            List<Object> row = new ArrayList<>(List.of("total"));
            for (long d : dayTotals) row.add(d);
            row.add(grand);
            t.row(row);
        }
        figures.put(prefix + "grand_total", grand);
        figures.put(prefix + "fri_sat_night_count", night);
        figures.put(prefix + "fri_sat_night_share_pct", Rounding.percent(night, grand));
        return t.build();
    }
}
