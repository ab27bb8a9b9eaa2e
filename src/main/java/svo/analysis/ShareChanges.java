package svo.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The change of a share between two periods (the % of serious violence involving knives, the % of outcomes
 * that are positive): both shares, the change in percentage points, and whether it is more than chance — the
 * ratio of the two proportions with its approximate 95% interval on the log scale (Katz: standard error
 * {@code sqrt(1/a - 1/n + 1/b - 1/m)}); "no significant change" when the interval includes 1.
 *
 * <pre>
 * ShareChanges shares = new ShareChanges(scope, Column.text("cohort", "Cohort"));
 * shares.add(new long[] {740, 691, 644}, new long[] {2485, 2523, 2179}, "all");
 * Table t = shares.table("share_changes", "Change in the knife share");
 * </pre>
 */
public final class ShareChanges {
    private final Scope scope;
    private final List<Column> keys;
    private final List<List<Object>> rows = new ArrayList<>();

    public ShareChanges(Scope scope, Column... keyColumns) {
        this.scope = scope;
        this.keys = List.of(keyColumns);
    }

    /** The mark of a change from {@code b} of {@code m} to {@code a} of {@code n}. */
    public static Change.Mark mark(long a, long n, long b, long m) {
        if (a == 0 || b == 0 || n == 0 || m == 0) return Change.Mark.NO_SIGNIFICANT_CHANGE;
        double ratio = ((double) a / n) / ((double) b / m);
        double se = Math.sqrt(1.0 / a - 1.0 / n + 1.0 / b - 1.0 / m);
        double low = Math.exp(Math.log(ratio) - 1.959963984540054 * se);
        double high = Math.exp(Math.log(ratio) + 1.959963984540054 * se);
        if (low > 1) return Change.Mark.UP;
        if (high < 1) return Change.Mark.DOWN;
        return Change.Mark.NO_SIGNIFICANT_CHANGE;
    }

    /** Adds a series: parts and wholes per span. */
    public void add(long[] parts, long[] wholes, Object... keyValues) {
        List<Period.Span> spans = scope.period().spans();
        if (spans.size() < 2) return;
        int latest = spans.size() - 1, basis = Change.basisIndex(scope.period(), scope.comparison());
        List<Object> row = new ArrayList<>(Arrays.asList(keyValues));
        BigDecimal points = Rounding.pointsChange(parts[basis], wholes[basis], parts[latest], wholes[latest]);
        row.addAll(Arrays.asList(spans.get(basis).label(), spans.get(latest).label(),
                Rounding.percent(parts[basis], wholes[basis]), Rounding.percent(parts[latest], wholes[latest]), points,
                mark(parts[latest], wholes[latest], parts[basis], wholes[basis]).wording()));
        rows.add(row);
    }

    public Table table(String id, String title) {
        Table.Builder t = Table.builder(id, title);
        keys.forEach(t::column);
        t.columns(Column.text("basis_period", "Compared with"), Column.text("latest_period", "Latest"),
                Column.number("basis_pct", "Then %"), Column.number("latest_pct", "Now %"),
                Column.number("change_points", "Change (points)"), Column.text("trend", "Trend"));
        rows.forEach(t::row);
        return t.note(note(scope)).build();
    }

    /** What the share changes are compared with and how they are tested. */
    public static String note(Scope scope) {
        List<Period.Span> spans = scope.period().spans();
        if (spans.size() < 2) return "One period only: no change to show.";
        return "Shares of the latest period (" + scope.period().latest().label() + ") " + Change.basisWording(
                spans.get(Change.basisIndex(scope.period(), scope.comparison())).label()) + ", in percentage points; "
                + "\"no significant change\" when the approximate 95% interval of the ratio of the two shares (log scale) includes 1.";
    }
}
