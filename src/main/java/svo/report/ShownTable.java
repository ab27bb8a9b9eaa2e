package svo.report;

import svo.analysis.Column;

import java.util.List;

/**
 * A table as the report prints it: numbered ("Table 4.2"), with its scope line, and its cells already through
 * disclosure control. {@code sparklines} holds, per row, a small SVG trend (or null) when the table has a series
 * of periods. {@code hidden} are columns the printed report leaves out for readability (a rate ratio's interval,
 * a drafted sentence); the workbook and the CSV carry every column.
 */
public record ShownTable(String anchor, String number, String title, String scope, String analysisId,
                         List<Column> columns, List<List<Cell>> rows, List<String> notes, DisclosureRule rule,
                         List<String> sparklines, java.util.Set<Integer> hidden) {
    public ShownTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
        sparklines = sparklines == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(sparklines));
        hidden = hidden == null ? java.util.Set.of() : java.util.Set.copyOf(hidden);
    }

    public ShownTable(String anchor, String number, String title, String scope, String analysisId, List<Column> columns,
                      List<List<Cell>> rows, List<String> notes, DisclosureRule rule, List<String> sparklines) {
        this(anchor, number, title, scope, analysisId, columns, rows, notes, rule, sparklines, null);
    }

    /** The same table with these columns (by name, or pivoted from that name) left out of print. */
    public ShownTable hiding(java.util.Collection<String> names) {
        java.util.Set<Integer> h = new java.util.HashSet<>(hidden);
        for (int i = 0; i < columns.size(); i++) {
            String n = columns.get(i).name();
            for (String x : names) if (n.equals(x) || n.startsWith(x + "_")) h.add(i);
        }
        return new ShownTable(anchor, number, title, scope, analysisId, columns, rows, notes, rule, sparklines, h);
    }

    /** True when any cell is withheld. */
    public boolean anyWithheld() {
        return rows.stream().flatMap(List::stream).anyMatch(Cell::withheld);
    }

    /** Index of the named column, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) if (columns.get(i).name().equals(name)) return i;
        return -1;
    }

    /** The first row whose first text column has this label (case-insensitive), or -1. */
    public int rowOf(String label) {
        int key = firstText();
        if (key < 0) return -1;
        for (int r = 0; r < rows.size(); r++) if (rows.get(r).get(key).text().equalsIgnoreCase(label)) return r;
        return -1;
    }

    /** Index of the first text column, or -1. */
    public int firstText() {
        for (int i = 0; i < columns.size(); i++) if (columns.get(i).kind() == Column.Kind.TEXT) return i;
        return -1;
    }

    /** "Table 4.2". */
    public String label() {
        return "Table " + number;
    }
}
