package svo.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One table of a result: columns and rows of plain values (String, Long, Double, BigDecimal, LocalDate, or
 * null for "nothing to show"). Renderers (terminal, CSV, JSON, HTML, PDF, XLSX) and disclosure control all
 * work from this one shape, so an analysis contains no rendering code.
 *
 * <pre>
 * Table t = Table.builder("by_year", "Serious violence by offence type")
 *         .columns(Column.text("offence_type", "Offence type"), Column.count("all", "All"))
 *         .row("Homicide", 6L)
 *         .note("Counts occurrences once per row they belong to.")
 *         .build();
 * </pre>
 */
public record Table(String id, String title, List<Column> columns, List<List<Object>> rows, List<String> notes) {
    public Table {
        Objects.requireNonNull(id, "id");
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": a row has " + r.size() + " values for "
                        + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = Collections.unmodifiableList(copy);
        notes = List.copyOf(notes);
    }

    /** Starts a table. */
    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /** Index of the named column, or -1. */
    public int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) if (columns.get(i).name().equals(columnName)) return i;
        return -1;
    }

    /** The value in row {@code row} of the named column. */
    public Object value(int row, String columnName) {
        int i = indexOf(columnName);
        if (i < 0) throw new IllegalArgumentException("table " + id + " has no column " + columnName);
        return rows.get(row).get(i);
    }

    /**
     * The first row whose leading text columns equal {@code keys} (for tests and findings:
     * {@code t.find("Homicide", "2024/25")}), or null.
     */
    public List<Object> find(Object... keys) {
        for (List<Object> r : rows) {
            boolean match = true;
            for (int k = 0; k < keys.length && match; k++) match = Objects.equals(String.valueOf(r.get(k)), String.valueOf(keys[k]));
            if (match) return r;
        }
        return null;
    }

    /** Collects columns, rows and notes. */
    public static final class Builder {
        private final String id;
        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public Builder columns(Column... cols) {
            columns.addAll(Arrays.asList(cols));
            return this;
        }

        public Builder column(Column col) {
            columns.add(col);
            return this;
        }

        public Builder row(Object... values) {
            rows.add(Arrays.asList(values));
            return this;
        }

        public Builder row(List<Object> values) {
            rows.add(new ArrayList<>(values));
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public Table build() {
            return new Table(id, title, columns, rows, notes);
        }
    }
}
