package svo.report;

import svo.analysis.Column;
import svo.analysis.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a long table (one row per offence type and year, or per hour and day) into the cross-tab a reader expects
 * (offence types down; for each measure, the years across), after disclosure control, so the published cells are
 * only rearranged. Pivots on a label column named {@code period}; or, for a long table of two label columns and
 * at least 24 rows, on the one with at most twelve values. The row labels are the fewest label columns that
 * identify a row with the pivot, plus any label that never varies with them (a district's code); a label that
 * does (the population year of each year's rate) is pivoted like a measure. A table that would not get shorter
 * is left as it is (one row per month already).
 */
final class Pivot {
    private Pivot() {}

    /** The columns and rows after pivoting. */
    record Pivoted(List<Column> columns, List<List<Cell>> rows) {}

    /** The pivoted table, or null when the table reads well as it is. */
    static Pivoted of(Table t, List<List<Cell>> cells) {
        return of(t.columns(), cells, Set.of());
    }

    /** The widest cross-tab worth printing: more columns than this and the long table reads better. */
    static final int MAX_COLUMNS = 14;

    private static final java.util.regex.Pattern YEAR_MONTH = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})");
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    /**
     * A monthly series (a {@code month} column of "2024-04" beside a {@code period}) reads as months of the year down
     * and years across: the month becomes "Apr" and a {@code label} restating it is dropped. Null when not monthly.
     */
    private static Pivoted monthsOfYear(List<Column> columns, List<List<Cell>> cells) {
        int month = -1, label = -1, period = -1;
        for (int c = 0; c < columns.size(); c++) {
            String n = columns.get(c).name();
            if (columns.get(c).kind() != Column.Kind.TEXT) continue;
            if (n.equals("month")) month = c;
            if (n.equals("label")) label = c;
            if (n.equals("period")) period = c;
        }
        if (month < 0 || period < 0) return null;
        for (List<Cell> r : cells) if (!YEAR_MONTH.matcher(r.get(month).text()).matches()) return null;
        List<Column> cols = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (c == label) continue;
            cols.add(c == month ? Column.text("month", "Month") : columns.get(c));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (List<Cell> r : cells) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < r.size(); c++) {
                if (c == label) continue;
                if (c == month) {
                    java.util.regex.Matcher m = YEAR_MONTH.matcher(r.get(c).text());
                    m.matches();
                    String name = MONTHS[Integer.parseInt(m.group(2)) - 1];
                    row.add(new Cell(name, name, Cell.Mark.NONE));
                } else {
                    row.add(r.get(c));
                }
            }
            rows.add(row);
        }
        return new Pivoted(cols, rows);
    }

    /** The pivoted columns and rows, or null when the table reads well as it is. */
    static Pivoted of(List<Column> columnsIn, List<List<Cell>> cellsIn, Set<String> hiddenInPrint) {
        Pivoted monthly = monthsOfYear(columnsIn, cellsIn);
        List<Column> columnsOfTable = monthly != null ? monthly.columns() : columnsIn;
        List<List<Cell>> cells = monthly != null ? monthly.rows() : cellsIn;
        List<Integer> keys = new ArrayList<>(), measures = new ArrayList<>();
        for (int c = 0; c < columnsOfTable.size(); c++) {
            Column.Kind k = columnsOfTable.get(c).kind();
            (k == Column.Kind.TEXT || k == Column.Kind.DATE ? keys : measures).add(c);
        }
        if (keys.size() < 2 || measures.isEmpty() || cells.isEmpty()) return null;
        int pivot = -1;
        for (int k : keys) if (columnsOfTable.get(k).name().equals("period")) pivot = k;
        if (pivot < 0 && keys.size() == 2 && cells.size() >= 24) {
            int a = distinct(cells, List.of(keys.get(0))).size(), b = distinct(cells, List.of(keys.get(1))).size();
            if (Math.min(a, b) <= 12) pivot = a <= b ? keys.get(0) : keys.get(1);
        }
        if (pivot < 0) return null;
        List<String> across = new ArrayList<>();
        for (List<Cell> row : cells) if (!across.contains(row.get(pivot).text())) across.add(row.get(pivot).text());
        if (across.size() < 2 || across.size() > 24) return null;

        // Row labels: the fewest that identify a row together with the pivot, then the labels constant within them.
        List<Integer> rowKeys = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int k : keys) if (k != pivot) others.add(k);
        for (int k : others) {
            if (unique(cells, rowKeys, pivot)) break;
            rowKeys.add(k);
        }
        if (!unique(cells, rowKeys, pivot)) return null;
        List<Integer> pivoted = new ArrayList<>();
        for (int k : others) {
            if (rowKeys.contains(k)) continue;
            if (constantWithin(cells, rowKeys, k)) rowKeys.add(k);
            else pivoted.add(k);
        }
        rowKeys.sort(Integer::compare);
        Set<List<String>> groups = distinct(cells, rowKeys);
        if (groups.size() >= cells.size()) return null;

        List<Integer> spread = new ArrayList<>(measures);
        spread.addAll(pivoted);
        spread.sort(Integer::compare);
        long printed = spread.stream().filter(m -> !hiddenInPrint.contains(columnsOfTable.get(m).name())).count();
        if (printed * across.size() + rowKeys.size() > MAX_COLUMNS) return null;
        Map<List<String>, Map<String, List<Cell>>> byRow = new LinkedHashMap<>();
        Map<List<String>, List<Cell>> keyCells = new LinkedHashMap<>();
        for (List<Cell> row : cells) {
            List<String> rk = rowKeys.stream().map(k -> row.get(k).text()).toList();
            keyCells.putIfAbsent(rk, rowKeys.stream().map(row::get).toList());
            byRow.computeIfAbsent(rk, x -> new LinkedHashMap<>()).put(row.get(pivot).text(), row);
        }
        List<Column> columns = new ArrayList<>();
        for (int k : rowKeys) columns.add(columnsOfTable.get(k));
        boolean single = spread.size() == 1;
        for (int m : spread) {
            Column col = columnsOfTable.get(m);
            for (String v : across) {
                String basis = col.basis() == null ? null : col.basis() + "_" + slug(v);
                columns.add(new Column(col.name() + "_" + slug(v), single ? v : col.label() + ": " + v, col.kind(), basis));
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (var e : byRow.entrySet()) {
            List<Cell> row = new ArrayList<>(keyCells.get(e.getKey()));
            for (int m : spread) {
                for (String v : across) {
                    List<Cell> src = e.getValue().get(v);
                    row.add(src == null ? new Cell(null, "", Cell.Mark.NONE) : src.get(m));
                }
            }
            rows.add(row);
        }
        return new Pivoted(columns, rows);
    }

    private static boolean unique(List<List<Cell>> cells, List<Integer> rowKeys, int pivot) {
        Set<List<String>> seen = new HashSet<>();
        for (List<Cell> row : cells) {
            List<String> k = new ArrayList<>();
            for (int c : rowKeys) k.add(row.get(c).text());
            k.add(row.get(pivot).text());
            if (!seen.add(k)) return false;
        }
        return true;
    }

    private static boolean constantWithin(List<List<Cell>> cells, List<Integer> rowKeys, int k) {
        Map<List<String>, String> value = new HashMap<>();
        for (List<Cell> row : cells) {
            List<String> g = rowKeys.stream().map(c -> row.get(c).text()).toList();
            String v = row.get(k).text();
            String was = value.putIfAbsent(g, v);
            if (was != null && !was.equals(v)) return false;
        }
        return true;
    }

    private static Set<List<String>> distinct(List<List<Cell>> cells, List<Integer> cols) {
        Set<List<String>> out = new LinkedHashSet<>();
        for (List<Cell> r : cells) out.add(cols.stream().map(c -> r.get(c).text()).toList());
        return out;
    }

    /** "2022/23" → "2022_23"; "Mon" → "mon". */
    static String slug(String v) {
        String s = v.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("(^_|_$)", "");
        return s.isEmpty() ? "x" : s;
    }
}
