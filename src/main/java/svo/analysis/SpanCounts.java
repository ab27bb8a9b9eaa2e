package svo.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per series and span, as an analysis's SQL returns them (one row per series key and span), ready to
 * be laid out with every span present (zeros included) and compared with {@link Changes}.
 *
 * <pre>
 * SpanCounts counts = new SpanCounts(scope.period(), 3);        // three measures: all, victims, suspects
 * counts.add("Homicide", span, new long[] {6, 1, 1});
 * long[] all = counts.series("Homicide", 0);                  // the first measure over every span
 * </pre>
 */
public final class SpanCounts {
    private final int spans;
    private final int measures;
    private final Map<String, long[][]> bySeries;

    /** Series kept in the order first added. */
    public SpanCounts(Period period, int measures) {
        this(period, measures, false);
    }

    /** Series kept in name order when {@code sorted}. */
    public SpanCounts(Period period, int measures, boolean sorted) {
        this.spans = period.spans().size();
        this.measures = measures;
        this.bySeries = sorted ? new TreeMap<>() : new LinkedHashMap<>();
    }

    /** Adds counts of one series in one span (adding to what is there). */
    public void add(String series, int span, long... values) {
        if (values.length != measures) throw new IllegalArgumentException(values.length + " values for " + measures + " measures");
        long[][] s = bySeries.computeIfAbsent(series, k -> new long[measures][spans]);
        for (int m = 0; m < measures; m++) s[m][span] += values[m];
    }

    /** Makes sure a series exists (all zeros) so it is shown even when nothing was counted. */
    public void ensure(String series) {
        bySeries.computeIfAbsent(series, k -> new long[measures][spans]);
    }

    /** The series keys. */
    public List<String> series() {
        return new ArrayList<>(bySeries.keySet());
    }

    /** One measure of one series over every span. */
    public long[] series(String series, int measure) {
        long[][] s = bySeries.get(series);
        return s == null ? new long[spans] : s[measure].clone();
    }

    /** One measure summed over every series, per span. */
    public long[] total(int measure) {
        long[] t = new long[spans];
        for (long[][] s : bySeries.values()) for (int i = 0; i < spans; i++) t[i] += s[measure][i];
        return t;
    }

    /** True when nothing was added. */
    public boolean isEmpty() {
        return bySeries.isEmpty();
    }
}
