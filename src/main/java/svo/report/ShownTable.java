package svo.report;

import svo.analysis.Column;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table as the report prints it: numbered ("Table 4.2"), with its scope line, and its cells already through
 * disclosure control. {@code sparklines} holds, per row, a small SVG trend (or null) when the table has a series
 * of periods. {@code hidden} are columns the printed report leaves out for readability (a rate ratio's interval,
 * a drafted sentence); the workbook and the CSV carry every column. {@code unpivoted} is the long form a pivoted
 * table was turned from (the monthly line is drawn from it), or null.
 */
public record ShownTable(String anchor, String number, String title, String scope, String analysisId,
                         List<Column> columns, List<List<Cell>> rows, List<String> notes, DisclosureRule rule,
                         List<String> sparklines, Set<Integer> hidden, ShownTable unpivoted) {
    public ShownTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
        sparklines = sparklines == null ? null : Collections.unmodifiableList(new ArrayList<>(sparklines));
        hidden = hidden == null ? Set.of() : Set.copyOf(hidden);
    }

    public ShownTable(String anchor, String number, String title, String scope, String analysisId, List<Column> columns,
                      List<List<Cell>> rows, List<String> notes, DisclosureRule rule, List<String> sparklines) {
        this(anchor, number, title, scope, analysisId, columns, rows, notes, rule, sparklines, null, null);
    }

    public ShownTable(String anchor, String number, String title, String scope, String analysisId, List<Column> columns,
                      List<List<Cell>> rows, List<String> notes, DisclosureRule rule, List<String> sparklines, Set<Integer> hidden) {
        this(anchor, number, title, scope, analysisId, columns, rows, notes, rule, sparklines, hidden, null);
    }

    /** The same table with these columns (by name, or pivoted from that name) left out of print. */
    public ShownTable hiding(Collection<String> names) {
        Set<String> pivotValues = new HashSet<>();
        if (unpivoted != null) {
            for (List<Cell> r : unpivoted.rows()) {
                for (int c = 0; c < r.size(); c++) {
                    if (unpivoted.columns().get(c).kind() == Column.Kind.TEXT) pivotValues.add(Pivot.slug(r.get(c).text()));
                }
            }
        }
        Set<Integer> h = new HashSet<>(hidden);
        for (int i = 0; i < columns.size(); i++) {
            String n = columns.get(i).name();
            for (String x : names) {
                boolean pivoted = n.startsWith(x + "_") && pivotValues.contains(n.substring(x.length() + 1));
                if (n.equals(x) || pivoted) h.add(i);
            }
        }
        return new ShownTable(anchor, number, title, scope, analysisId, columns, rows, notes, rule, sparklines, h, unpivoted);
    }

    /** Row and column of this very cell (the same object) in the table, or null. */
    public int[] locate(Cell cell) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) if (rows.get(r).get(c) == cell) return new int[]{r, c};
        }
        return null;
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
