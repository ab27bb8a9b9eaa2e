package svo.analysis.partners;

import svo.analysis.Changes;
import svo.analysis.Column;
import svo.analysis.Period;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** Long tables of counts per label and span, with a total per label and per span, as the partner tables print them. */
final class Tallies {
    static final List<String> SEX_ORDER = List.of("Male", "Female", "Other", "Not known");
    static final String NOT_KNOWN = "Not known";

    private Tallies() {}

    static String sexLabel(String code) {
        return switch (code == null ? "U" : code) {
            case "M" -> "Male";
            case "F" -> "Female";
            case "X" -> "Other";
            default -> NOT_KNOWN;
        };
    }

    /**
     * One row per label and span, then the label's total over the spans (period "Total") when there are several,
     * then a "Total" row per span. Labels are ordered by {@code order} when given (others after, by name), else by
     * their total, largest first ({@code byTotal}), else by name with numbers in numeric order. A share of the
     * span's total follows the count unless {@code byTotal}.
     */
    static <T> Table build(String id, String title, String column, String label, List<T> tallies, List<Period.Span> periods,
                           Function<T, String> key, ToIntFunction<T> span, ToLongFunction<T> count, boolean byTotal,
                           List<String> order) {
        Map<String, long[]> by = new TreeMap<>();
        for (T t : tallies) by.computeIfAbsent(key.apply(t), k -> new long[periods.size()])[span.applyAsInt(t)] += count.applyAsLong(t);
        List<String> labels = new ArrayList<>(by.keySet());
        if (order != null) {
            labels.sort(Comparator.comparingInt((String l) -> order.contains(l) ? order.indexOf(l) : order.size()).thenComparing(l -> l));
        } else if (byTotal) {
            labels.sort(Comparator.comparingLong((String l) -> -sum(by.get(l))).thenComparing(l -> l));
        } else {
            labels.sort(Comparator.comparingInt((String l) -> l.startsWith(NOT_KNOWN) ? 1 : 0).thenComparing(
                    (String l) -> l.matches("\\d+") ? String.format("%05d", Integer.parseInt(l)) : l));
        }
        long[] totals = new long[periods.size()];
        for (long[] v : by.values()) for (int s = 0; s < v.length; s++) totals[s] += v[s];
        Table.Builder b = Table.builder(id, title).columns(Column.text(column, label), Column.text("period", "Period"),
                Column.count("count", "Count"));
        if (!byTotal) b.column(Column.percent("pct", "% of the period's total", "count"));
        for (String l : labels) {
            long[] v = by.get(l);
            for (int s = 0; s < periods.size(); s++) row(b, byTotal, l, periods.get(s).label(), v[s], totals[s]);
            if (periods.size() > 1) row(b, byTotal, l, "Total", sum(v), sum(totals));
        }
        if (!labels.isEmpty()) {
            for (int s = 0; s < periods.size(); s++) row(b, byTotal, "Total", periods.get(s).label(), totals[s], totals[s]);
            if (periods.size() > 1) row(b, byTotal, "Total", "Total", sum(totals), sum(totals));
        }
        return b.build();
    }

    /**
     * The changes table of such a long table: one row per label and one for the total, the latest span against the
     * scope's comparison basis, with the framework's significance test. Empty when there are no tallies.
     */
    static <T> Table changes(Scope scope, String column, String label, List<T> tallies, Function<T, String> key,
                             ToIntFunction<T> span, ToLongFunction<T> count, List<String> order) {
        int spans = scope.period().spans().size();
        Map<String, long[]> by = new TreeMap<>();
        long[] total = new long[spans];
        for (T t : tallies) {
            by.computeIfAbsent(key.apply(t), k -> new long[spans])[span.applyAsInt(t)] += count.applyAsLong(t);
            total[span.applyAsInt(t)] += count.applyAsLong(t);
        }
        List<String> labels = new ArrayList<>(by.keySet());
        if (order != null) labels.sort(Comparator.comparingInt((String l) -> order.contains(l) ? order.indexOf(l) : order.size()).thenComparing(l -> l));
        else labels.sort(Comparator.comparingLong((String l) -> -sum(by.get(l))).thenComparing(l -> l));
        Changes changes = new Changes(scope, Column.text(column, label));
        for (String l : labels) changes.add(by.get(l), l);
        if (!labels.isEmpty()) changes.add(total, "Total");
        return changes.table("changes", "Change in the latest period");
    }

    private static void row(Table.Builder b, boolean countOnly, String label, String period, long n, long total) {
        if (countOnly) b.row(label, period, n);
        else b.row(label, period, n, Rounding.percent(n, total));
    }

    static long sum(long[] a) {
        long s = 0;
        for (long x : a) s += x;
        return s;
    }
}
