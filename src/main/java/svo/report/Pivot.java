package svo.report;

import svo.analysis.Column;
import svo.analysis.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a long table (one row per offence type and year, or per hour and day) into the cross-tab a reader expects
 * (offence types down, years across; hours down, days across), after disclosure control, so the published cells
 * are only rearranged. Pivots on a label column named {@code period}; or, for a long table of two label columns,
 * on the one with at most twelve values. A table of one label column is left as it is.
 */
final class Pivot {
    private Pivot() {}

    /** The columns and rows after pivoting. */
    record Pivoted(List<Column> columns, List<List<Cell>> rows) {}

    /** The pivoted table, or null when the table reads well as it is. */
    static Pivoted of(Table t, List<List<Cell>> cells) {
        List<Integer> keys = new ArrayList<>(), measures = new ArrayList<>();
        for (int c = 0; c < t.columns().size(); c++) {
            Column.Kind k = t.columns().get(c).kind();
            (k == Column.Kind.TEXT || k == Column.Kind.DATE ? keys : measures).add(c);
        }
        if (keys.size() < 2 || measures.isEmpty()) return null;
        int pivot = -1;
        for (int k : keys) if (t.columns().get(k).name().equals("period")) pivot = k;
        if (pivot < 0 && keys.size() == 2 && t.rows().size() >= 24) {
            int a = distinct(cells, keys.get(0)).size(), b = distinct(cells, keys.get(1)).size();
            int smaller = a <= b ? keys.get(0) : keys.get(1);
            if (Math.min(a, b) <= 12) pivot = smaller;
        }
        if (pivot < 0) return null;
        List<String> across = new ArrayList<>(distinct(cells, pivot));
        if (across.size() < 2 || across.size() > 24) return null;
        final int pv = pivot;
        List<Integer> rowKeys = keys.stream().filter(k -> k != pv).toList();
        Map<List<String>, Map<String, List<Cell>>> byRow = new LinkedHashMap<>();
        Map<List<String>, List<Cell>> keyCells = new LinkedHashMap<>();
        for (List<Cell> row : cells) {
            List<String> rk = rowKeys.stream().map(k -> row.get(k).text()).toList();
            keyCells.putIfAbsent(rk, rowKeys.stream().map(row::get).toList());
            byRow.computeIfAbsent(rk, x -> new LinkedHashMap<>()).put(row.get(pivot).text(), row);
        }
        List<Column> columns = new ArrayList<>();
        for (int k : rowKeys) columns.add(t.columns().get(k));
        boolean single = measures.size() == 1;
        for (String v : across) {
            for (int m : measures) {
                Column col = t.columns().get(m);
                String basis = col.basis() == null ? null : col.basis() + "_" + slug(v);
                columns.add(new Column(col.name() + "_" + slug(v), single ? v : v + ": " + col.label(), col.kind(), basis));
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (var e : byRow.entrySet()) {
            List<Cell> row = new ArrayList<>(keyCells.get(e.getKey()));
            for (String v : across) {
                List<Cell> src = e.getValue().get(v);
                for (int m : measures) row.add(src == null ? new Cell(null, "", Cell.Mark.NONE) : src.get(m));
            }
            rows.add(row);
        }
        return new Pivoted(columns, rows);
    }

    private static Set<String> distinct(List<List<Cell>> cells, int c) {
        Set<String> out = new LinkedHashSet<>();
        for (List<Cell> r : cells) out.add(r.get(c).text());
        return out;
    }

    /** "2022/23" → "2022_23"; "Mon" → "mon". */
    static String slug(String v) {
        String s = v.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("(^_|_$)", "");
        return s.isEmpty() ? "x" : s;
    }
}
