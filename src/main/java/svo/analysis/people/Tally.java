package svo.analysis.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The counts an analysis query returned, looked up by key, with the period rows in the order the query ranked
 * them (spans in date order, then the whole window). Cells the query did not return are zero, so every table
 * can show its full shape (every age group, every relationship) without the SQL having to produce empty cells.
 *
 * <pre>
 * Tally t = new Tally(rows, "people", "period", "cohort", "band", "sex");
 * long n = t.get("2022/23", "victims", "0-24", "M");
 * </pre>
 */
final class Tally {
    private final Map<List<Object>, Long> counts = new HashMap<>();
    private final List<String> periods;
    private final List<SqlRow> rows;

    Tally(List<SqlRow> rows, String countColumn, String... keyColumns) {
        this.rows = rows;
        for (SqlRow r : rows) {
            Object[] key = new Object[keyColumns.length];
            for (int i = 0; i < key.length; i++) key[i] = normal(r.values().get(keyColumns[i]));
            counts.merge(Arrays.asList(key), r.count(countColumn), Long::sum);
        }
        Map<Long, String> byOrder = new TreeMap<>();
        for (SqlRow r : rows) if (r.text("period") != null) byOrder.put(r.count("row_order"), r.text("period"));
        periods = List.copyOf(byOrder.values());
    }

    /** The count under this key, or 0. */
    long get(Object... key) {
        Object[] k = new Object[key.length];
        for (int i = 0; i < k.length; i++) k[i] = normal(key[i]);
        return counts.getOrDefault(Arrays.asList(k), 0L);
    }

    /** Period rows in order: the spans by date, then the whole window (when the period has several spans). */
    List<String> periods() {
        return periods;
    }

    /** The last period row: the whole window, or the only span. */
    String window() {
        return periods.isEmpty() ? null : periods.get(periods.size() - 1);
    }

    /** Distinct non-null values of a column among the rows that pass the filter, sorted by {@code order}. */
    List<String> values(String column, Predicate<SqlRow> filter, Comparator<String> order) {
        Set<String> out = new LinkedHashSet<>();
        for (SqlRow r : rows) if (filter.test(r) && r.text(column) != null) out.add(r.text(column));
        List<String> sorted = new ArrayList<>(out);
        sorted.sort(order);
        return sorted;
    }

    private static Object normal(Object o) {
        return o instanceof Number n ? (Object) n.longValue() : o;
    }
}
