package svo.report;

import svo.analysis.Column;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a row's values across the periods of a published table, whichever way the analysis laid it out: wide
 * (one count column per period, labelled "2024/25", or "All: 2024/25" when several groups of years sit side by
 * side; the first group is the series) or long (a text column named {@code period}).
 */
final class Series {
    private Series() {}

    /** One period's published cell, with where it sits. */
    record Point(String period, Cell cell, int row, int column) {}

    /** The count columns labelled with the period labels, in period order (the first of each label); empty if none. */
    static List<Integer> periodColumns(ShownTable t, List<String> periods) {
        List<Integer> out = new ArrayList<>();
        for (String p : periods) {
            for (int c = 0; c < t.columns().size(); c++) {
                Column col = t.columns().get(c);
                String label = col.label().strip();
                if (col.kind() != Column.Kind.TEXT && (label.equals(p) || label.endsWith(": " + p))) {
                    out.add(c);
                    break;
                }
            }
        }
        return out.size() == periods.size() ? out : List.of();
    }

    /** Index of the long-form period column, or -1. */
    static int periodColumn(ShownTable t) {
        for (int c = 0; c < t.columns().size(); c++) {
            Column col = t.columns().get(c);
            if (col.kind() == Column.Kind.TEXT && (col.name().equals("period") || col.label().equalsIgnoreCase("period"))) return c;
        }
        return -1;
    }

    /** The first label column that is not the period. */
    static int keyColumn(ShownTable t) {
        int p = periodColumn(t);
        for (int c = 0; c < t.columns().size(); c++) {
            Column.Kind k = t.columns().get(c).kind();
            if (c != p && (k == Column.Kind.TEXT || k == Column.Kind.DATE)) return c;
        }
        return -1;
    }

    /**
     * The row labelled {@code rowLabel} (case-insensitive) across the periods; {@code valueColumn} picks the count
     * column of a long table (first count column when null). Empty when the table holds no such series.
     */
    static List<Point> row(ShownTable t, List<String> periods, String rowLabel, String valueColumn) {
        int key = keyColumn(t);
        List<Integer> wide = periodColumns(t, periods);
        List<Point> out = new ArrayList<>();
        if (!wide.isEmpty()) {
            for (int r = 0; r < t.rows().size(); r++) {
                if (!matches(t, r, key, rowLabel)) continue;
                for (int i = 0; i < periods.size(); i++) out.add(new Point(periods.get(i), t.rows().get(r).get(wide.get(i)), r, wide.get(i)));
                return out;
            }
            return List.of();
        }
        int pc = periodColumn(t);
        if (pc < 0) return List.of();
        int vc = valueColumn != null ? t.indexOf(valueColumn) : firstCount(t);
        if (vc < 0) return List.of();
        for (String p : periods) {
            for (int r = 0; r < t.rows().size(); r++) {
                if (t.rows().get(r).get(pc).text().equals(p) && matches(t, r, key, rowLabel)) {
                    out.add(new Point(p, t.rows().get(r).get(vc), r, vc));
                    break;
                }
            }
        }
        return out.size() == periods.size() ? out : List.of();
    }

    /** Row labels of a table (first label column), totals excluded, in order and without repeats. */
    static List<String> labels(ShownTable t) {
        int key = keyColumn(t);
        List<String> out = new ArrayList<>();
        if (key < 0) return out;
        for (List<Cell> row : t.rows()) {
            String label = row.get(key).text();
            if (!DisclosureControl.isTotalLabel(label) && !out.contains(label)) out.add(label);
        }
        return out;
    }

    static int firstCount(ShownTable t) {
        for (int c = 0; c < t.columns().size(); c++) if (t.columns().get(c).kind() == Column.Kind.COUNT) return c;
        return -1;
    }

    private static boolean matches(ShownTable t, int r, int key, String label) {
        if (label == null) return true;
        return key >= 0 && t.rows().get(r).get(key).text().equalsIgnoreCase(label);
    }
}
