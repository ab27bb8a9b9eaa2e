package svo.analysis.trend;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.InScope;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Serious violence per calendar month, with the peak and trough months and the average per month (SNA 2025 §4.3). */
public final class Monthly implements Analysis {
    private static final String SQL = Sql.load(Monthly.class);
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    @Override public String id() { return "monthly"; }
    @Override public String title() { return "Serious violence by month"; }
    @Override public String section() { return "SNA 2025 §4.3"; }
    @Override public List<String> datasets() { return List.of("occurrences"); }

    /** Months of the period (every month a span touches) → occurrences, zeros included. */
    static Map<YearMonth, Long> months(Connection c, Scope scope) {
        InScope.occurrences(c, scope);
        Map<YearMonth, Long> months = new LinkedHashMap<>();
        for (Period.Span s : scope.period().spans()) {
            for (YearMonth m = YearMonth.from(s.start()); !m.atDay(1).isAfter(s.endInclusive()); m = m.plusMonths(1)) months.put(m, 0L);
        }
        Jdbc.query(c, SQL, rs -> months.merge(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2), Long::sum));
        return months;
    }

    @Override
    public Result run(Store store, Scope scope) {
        Map<YearMonth, Long> months = months(store.connection(), scope);
        long total = months.values().stream().mapToLong(Long::longValue).sum();
        Table.Builder t = Table.builder("by_month", title()).columns(Column.text("month", "Month"), Column.text("label", "Label"),
                Column.text("period", "Period"), Column.count("count", "Occurrences"));
        if (total > 0) {
            months.forEach((m, n) -> t.row(m.toString(), m.format(LABEL), spanLabel(scope, m), n));
        }
        return new Result(id(), title(), scope, List.of(t.note(scope.describe()).build()), figures(months, total),
                List.of(scope.describe(), "Occurrences are placed by the month they were committed (committed_from). "
                        + "Peak and trough: the busiest and quietest month (the earliest when two tie)."));
    }

    /** Average per month, peak and trough months, as named figures (empty when nothing is in scope). */
    static Map<String, Object> figures(Map<YearMonth, Long> months, long total) {
        Map<String, Object> f = new LinkedHashMap<>();
        if (total == 0) return f;
        YearMonth peak = null, trough = null;
        for (Map.Entry<YearMonth, Long> e : months.entrySet()) {
            if (peak == null || e.getValue() > months.get(peak)) peak = e.getKey();
            if (trough == null || e.getValue() < months.get(trough)) trough = e.getKey();
        }
        f.put("months", months.size());
        f.put("average_per_month", Rounding.mean(total, months.size()));
        f.put("average_per_month_whole", Rounding.whole(java.math.BigDecimal.valueOf(total).divide(java.math.BigDecimal.valueOf(months.size()), 12, Rounding.MODE)));
        f.put("peak_month", peak.format(LABEL));
        f.put("peak_month_count", months.get(peak));
        f.put("trough_month", trough.format(LABEL));
        f.put("trough_month_count", months.get(trough));
        return f;
    }

    private static String spanLabel(Scope scope, YearMonth m) {
        Period.Span s = scope.period().spanOf(m.atDay(1));
        if (s == null) s = scope.period().spanOf(m.atEndOfMonth());
        return s == null ? "" : s.label();
    }
}
