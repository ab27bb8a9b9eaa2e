package svo.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the table of changes that goes with a trend table: one row per series (an offence type, a cohort,
 * a district …) comparing the latest span with its basis, with the significance test. The comparison basis
 * is printed on every row and in the table's note.
 *
 * <pre>
 * Changes changes = new Changes(scope, Column.text("offence_type", "Offence type"));
 * changes.add(new long[] {2, 9, 6}, "Homicide");
 * Table t = changes.table("changes", "Change in the latest year");
 * </pre>
 */
public final class Changes {
    private final Scope scope;
    private final List<Column> keys;
    private final List<List<Object>> rows = new ArrayList<>();

    public Changes(Scope scope, Column... keyColumns) {
        this.scope = scope;
        this.keys = List.of(keyColumns);
    }

    /** Adds the series with these counts per span (in span order); returns its change, or null with one span. */
    public Change add(long[] countsBySpan, Object... keyValues) {
        if (keyValues.length != keys.size()) throw new IllegalArgumentException("expected " + keys.size() + " key values");
        Change c = Change.of(scope.period(), scope.comparison(), countsBySpan);
        if (c == null) return null;
        List<Object> row = new ArrayList<>(Arrays.asList(keyValues));
        row.addAll(List.of(c.basisPeriod(), c.latestPeriod(), c.basisCount(), c.latestCount(), c.difference()));
        row.add(c.percent());
        row.add(c.ratio());
        row.add(c.low());
        row.add(c.high());
        row.add(c.mark().wording());
        rows.add(row);
        return c;
    }

    /** The table: key columns, then basis and latest period and count, change, change %, rate ratio, interval, trend. */
    public Table table(String id, String title) {
        Table.Builder t = Table.builder(id, title);
        for (Column k : keys) t.column(k);
        t.columns(Column.text("basis_period", "Compared with"), Column.text("latest_period", "Latest"),
                Column.count("basis_count", "Basis count"), Column.count("latest_count", "Latest count"),
                Column.number("change", "Change"), Column.percent("change_pct", "Change %", "basis_count"),
                Column.number("rate_ratio", "Rate ratio"), Column.number("ci_low", "95% CI low"),
                Column.number("ci_high", "95% CI high"), Column.text("trend", "Trend"));
        for (List<Object> r : rows) t.row(r);
        t.note(note(scope));
        return t.build();
    }

    /** The note every change table carries: what the latest period is compared with, and how significance is judged. */
    public static String note(Scope scope) {
        List<Period.Span> spans = scope.period().spans();
        if (spans.size() < 2) return "One period only: no change to show.";
        Period.Span basis = spans.get(Change.basisIndex(scope.period(), scope.comparison()));
        return "The latest period (" + scope.period().latest().label() + ") is " + Change.basisWording(basis.label())
                + " (" + scope.comparison().wording() + "). \"no significant change\": the exact 95% interval of the "
                + "Poisson rate ratio includes 1.";
    }
}
