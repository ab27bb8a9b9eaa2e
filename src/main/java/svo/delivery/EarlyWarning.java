package svo.delivery;

import svo.BadInputException;
import svo.analysis.Column;
import svo.analysis.RateRatio;
import svo.analysis.Rounding;
import svo.analysis.Table;
import svo.definitions.Definition;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statistical control on monthly counts, so a rise is seen in the month it starts. For every cell of district ×
 * offence type × age group of the youngest victim (and every total of those: all districts, all offence types, all
 * ages), the month's count is tested against what the cell's recent level and the season lead one to expect.
 *
 * <p>Method (docs/delivery.md says the same, with the reasons):
 * <ol>
 *   <li><b>Recent level</b>: B, the cell's count over the 12 months before the month; 12 consecutive months hold each
 *       calendar month once, so B/12 is a level free of season.</li>
 *   <li><b>Season</b>: for the offence type (pooled over districts and ages, where counts are large enough), the
 *       month's index s = (count in the same calendar month of the 3 years before + 5) / (a third of those 36 months'
 *       total / 4 + 5)… i.e. (same-month count + 5) / (36-month total / 12 + 5): 1 for a month like any other. The 5
 *       pseudo-counts pull an index from few records towards 1. With under 3 years of records, s = 1.</li>
 *   <li><b>Expected</b> μ = B/12 × s.</li>
 *   <li><b>Test</b>: whether the month's count Y is higher than μ allows, exactly and allowing for the uncertainty of
 *       the level itself: given Y + B, Y is binomial with p = s / (s + 12) if nothing changed; the p-value is
 *       P(X ≥ Y). The same exact conditional comparison gives the rate ratio Y/μ and its 95% interval
 *       ({@link RateRatio}, the analyses' own test).</li>
 *   <li><b>Sustained rise</b>: the last three months together against the 12 months before them (same test), and each
 *       of the three above its own expectation.</li>
 *   <li><b>Many cells, one alarm rate</b>: with K cells tested in the month, each test is made at 0.05 / (2K)
 *       (Bonferroni over both tests of every cell), so a month of pure chance raises no flag at all 95% of the time.
 *       The upper limit shown is the highest count that would not be flagged.</li>
 * </ol>
 *
 * <pre>
 * EarlyWarning.Cube cube = EarlyWarning.load(store, definition, YearMonth.of(2025, 12));
 * EarlyWarning.Assessment a = EarlyWarning.assess(cube, YearMonth.of(2025, 12));
 * a.flagged();   // the cells above their upper limit or rising for three months
 * </pre>
 */
public final class EarlyWarning {
    /** Chance of any false flag in a month where nothing has changed. */
    public static final double FAMILY_ALPHA = 0.05;
    /** Months in the recent level. */
    public static final int LEVEL_MONTHS = 12;
    /** Years of history the seasonal index uses. */
    public static final int SEASON_YEARS = 3;
    /** Months of a sustained rise. */
    public static final int RUN_MONTHS = 3;
    /** Pseudo-counts that pull a seasonal index from few records towards 1. */
    public static final double SEASON_PSEUDO_COUNT = 5;
    /** The label of a total over a dimension. */
    public static final String ALL = "All";
    /** Age groups of the youngest victim. */
    public static final List<String> AGE_GROUPS = List.of("0-17", "18-24", "25+", "no victim age");

    private static final String SQL = Sql.load(EarlyWarning.class);

    private EarlyWarning() {}

    /** One cell: a district (or {@link #ALL}), an offence type, an age group. */
    public record Cell(String district, String offence, String age) {}

    /** Monthly counts of every base cell from {@code first} for {@code months} months. */
    public static final class Cube {
        private final YearMonth first;
        private final int months;
        private final Map<Cell, long[]> counts = new LinkedHashMap<>();
        private final Map<String, String> districtNames = new HashMap<>();
        private LocalDate dataEnd;

        public Cube(YearMonth first, int months) {
            this.first = first;
            this.months = months;
        }

        /** Adds {@code n} occurrences to a base cell in a month (months outside the cube are ignored). */
        public void add(String district, String offence, String age, YearMonth month, long n) {
            int t = index(month);
            if (t < 0 || t >= months) return;
            counts.computeIfAbsent(new Cell(district, offence, age), k -> new long[months])[t] += n;
        }

        /** A name to print for a district code. */
        public void name(String district, String name) {
            districtNames.put(district, name);
        }

        /** The day the records end (the last committed date), for the coverage check. */
        public void dataEnd(LocalDate day) {
            dataEnd = day;
        }

        int index(YearMonth m) {
            return (int) (first.until(m, java.time.temporal.ChronoUnit.MONTHS));
        }

        YearMonth first() {
            return first;
        }

        int months() {
            return months;
        }

        /** Every cell's series, margins included. */
        Map<Cell, long[]> withMargins() {
            Map<Cell, long[]> all = new LinkedHashMap<>();
            for (Map.Entry<Cell, long[]> e : counts.entrySet()) {
                Cell c = e.getKey();
                for (String d : List.of(c.district(), ALL)) {
                    for (String o : List.of(c.offence(), ALL)) {
                        for (String a : List.of(c.age(), ALL)) {
                            long[] s = all.computeIfAbsent(new Cell(d, o, a), k -> new long[months]);
                            for (int t = 0; t < months; t++) s[t] += e.getValue()[t];
                        }
                    }
                }
            }
            return all;
        }
    }

    /** What the control says about one cell in the month. */
    public record Signal(YearMonth month, Cell cell, String districtName, long observed, double expected, long upperLimit,
                         double ratio, double ratioLow, double ratioHigh, double pValue, long runObserved, double runExpected,
                         double runPValue, boolean aboveLimit, boolean sustainedRise, boolean seasonal) {
        /** True when the cell is flagged. */
        public boolean flagged() {
            return aboveLimit || sustainedRise;
        }

        /** Observed minus expected. */
        public double excess() {
            return observed - expected;
        }

        /** "above upper limit", "rising for 3 months", both, or "". */
        public String flag() {
            if (aboveLimit && sustainedRise) return "above upper limit; rising for " + RUN_MONTHS + " months";
            if (aboveLimit) return "above upper limit";
            if (sustainedRise) return "rising for " + RUN_MONTHS + " months";
            return "";
        }
    }

    /** The control's verdict for one month. */
    public record Assessment(YearMonth month, String definition, LocalDate dataEnd, int cellsTested, double alphaPerTest,
                             List<Signal> signals, List<String> notes) {
        /** The flagged cells, most significant first. */
        public List<Signal> flagged() {
            return signals.stream().filter(Signal::flagged).toList();
        }
    }

    /**
     * Counts the occurrences the definition includes per month, district, offence type and age group of the youngest
     * victim, for the months the control of {@code month} needs (the month, the 12 before it, the 36 before those).
     */
    public static Cube load(Store store, Definition definition, YearMonth month) {
        int months = SEASON_YEARS * 12 + LEVEL_MONTHS + RUN_MONTHS;
        YearMonth first = month.minusMonths(months - 1);
        Cube cube = new Cube(first, months);
        LocalDate end = Jdbc.queryOne(store.connection(), "SELECT CAST(max(committed_from) AS DATE) FROM occurrence",
                rs -> rs.getObject(1, LocalDate.class)).orElse(null);
        cube.dataEnd(end);
        Jdbc.query(store.connection(), "SELECT code, name FROM area WHERE level = 'district'", rs -> {
            cube.name(rs.getString(1), rs.getString(2));
            return null;
        });
        Jdbc.query(store.connection(), SQL.replace("{definition}", "(" + definition.sqlCondition() + ")"), rs -> {
            cube.add(rs.getString(2), rs.getString(3), rs.getString(4), YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(5));
            return null;
        }, first.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay());
        return cube;
    }

    /** Runs the control for {@code month} over the cube. */
    public static Assessment assess(Cube cube, YearMonth month, String definitionLabel) {
        int t = cube.index(month);
        if (t < 0 || t >= cube.months()) throw new IllegalArgumentException(month + " is outside the cube");
        List<String> notes = new ArrayList<>();
        if (cube.dataEnd != null && cube.dataEnd.isBefore(month.atEndOfMonth())) {
            if (cube.dataEnd.isBefore(month.atDay(1))) {
                throw new BadInputException(null, 0, "--month", month.toString(), "a month the records cover",
                        "The records end on " + cube.dataEnd + ".");
            }
            notes.add("The records end on " + cube.dataEnd + ", before the end of " + month + ": its counts are incomplete, "
                    + "so a rise may be understated.");
        }
        Map<Cell, long[]> series = cube.withMargins();
        long[] everything = series.getOrDefault(new Cell(ALL, ALL, ALL), new long[cube.months()]);
        int firstRecord = 0;
        while (firstRecord < t && everything[firstRecord] == 0) firstRecord++;
        int history = t - firstRecord;
        if (history < LEVEL_MONTHS + RUN_MONTHS - 1) {
            throw new BadInputException(null, 0, "--month", month.toString(), "a month with at least "
                    + (LEVEL_MONTHS + RUN_MONTHS - 1) + " months of records before it", null);
        }
        boolean seasonal = history >= SEASON_YEARS * 12 + RUN_MONTHS - 1;
        if (!seasonal) notes.add("Fewer than " + SEASON_YEARS + " years of records before " + month + ": no seasonal adjustment.");
        // Cells tested: any occurrence in the level window, the run or the month.
        List<Cell> tested = new ArrayList<>();
        for (Map.Entry<Cell, long[]> e : series.entrySet()) {
            long sum = 0;
            for (int k = t - LEVEL_MONTHS - RUN_MONTHS + 1; k <= t; k++) sum += e.getValue()[k];
            if (sum > 0) tested.add(e.getKey());
        }
        int k = tested.size();
        double alpha = k == 0 ? FAMILY_ALPHA : FAMILY_ALPHA / (2.0 * k);
        List<Signal> signals = new ArrayList<>();
        for (Cell c : tested) {
            long[] s = series.get(c);
            long[] pooled = series.get(new Cell(ALL, c.offence(), ALL));
            signals.add(signal(cube, month, c, s, pooled, t, alpha, seasonal));
        }
        signals.sort(Comparator.comparing((Signal x) -> !x.flagged()).thenComparingDouble(Signal::pValue)
                .thenComparing(x -> x.cell().toString()));
        notes.add(k + " cells tested; each test at " + String.format("%.2g", alpha) + " = 0.05 / (2 × " + k
                + "), so a month of pure chance raises no flag 95% of the time.");
        return new Assessment(month, definitionLabel, cube.dataEnd, k, alpha, signals, notes);
    }

    private static Signal signal(Cube cube, YearMonth month, Cell c, long[] s, long[] pooled, int t, double alpha, boolean seasonal) {
        // Single month: level from the 12 months before t, season from the 36 months before t.
        long b = sum(s, t - LEVEL_MONTHS, t - 1);
        double si = seasonal ? seasonIndex(pooled, t, t) : 1.0;
        double mu = b / (double) LEVEL_MONTHS * si;
        long y = s[t];
        double nEff = LEVEL_MONTHS / si;
        double p0 = 1.0 / (1.0 + nEff);
        double p = Tails.upper(y + b, p0, y);
        long limit = upperLimit(b, p0, alpha, mu);
        RateRatio rr = RateRatio.of(y, 1, b, nEff);
        // Sustained rise: the last three months against the 12 months before them.
        int runStart = t - RUN_MONTHS + 1;
        long b3 = sum(s, runStart - LEVEL_MONTHS, runStart - 1);
        long y3 = sum(s, runStart, t);
        double season3 = 0;
        boolean eachAbove = true;
        for (int m = runStart; m <= t; m++) {
            double sm = seasonal ? seasonIndex(pooled, runStart, m) : 1.0;
            season3 += sm;
            if (s[m] <= b3 / (double) LEVEL_MONTHS * sm) eachAbove = false;
        }
        double mu3 = b3 / (double) LEVEL_MONTHS * season3;
        double p3 = Tails.upper(y3 + b3, 1.0 / (1.0 + LEVEL_MONTHS / season3), y3);
        String name = c.district().equals(ALL) ? "All districts" : c.district().isEmpty() ? "No district recorded"
                : cube.districtNames.getOrDefault(c.district(), c.district());
        return new Signal(month, c, name, y, mu, limit, rr.ratio(), rr.low(), rr.high(), p, y3, mu3, p3, y > limit,
                eachAbove && p3 <= alpha, seasonal);
    }

    /**
     * The season index of month {@code target} from the 36 months before {@code windowEnd} (exclusive): how much busier
     * that calendar month has been than the average month, pulled towards 1 by {@link #SEASON_PSEUDO_COUNT}.
     */
    static double seasonIndex(long[] pooled, int windowEnd, int target) {
        int from = windowEnd - SEASON_YEARS * 12;
        long total = 0, same = 0;
        for (int m = from; m < windowEnd; m++) {
            total += pooled[m];
            if (Math.floorMod(m - target, 12) == 0) same += pooled[m];
        }
        return (same + SEASON_PSEUDO_COUNT) / (total / 12.0 + SEASON_PSEUDO_COUNT);
    }

    /** The highest count in the month that the test would not flag. */
    static long upperLimit(long b, double p0, double alpha, double mu) {
        long y = Math.max(0, (long) Math.floor(mu));
        while (Tails.upper(y + b, p0, y) > alpha) y++;
        return y - 1;
    }

    private static long sum(long[] s, int from, int to) {
        long n = 0;
        for (int i = Math.max(0, from); i <= to; i++) n += s[i];
        return n;
    }

    /** The flagged cells (or every tested cell) as a table. */
    public static Table table(Assessment a, boolean all) {
        Table.Builder t = Table.builder("early_warning", "Early warning, " + a.month()).columns(
                Column.text("month", "Month"), Column.text("district", "District"), Column.text("offence_type", "Offence type"),
                Column.text("age_group", "Youngest victim"), Column.count("observed", "Observed"), Column.number("expected", "Expected"),
                Column.count("upper_limit", "Upper limit"), Column.number("excess", "Rise"), Column.number("ratio", "Times expected"),
                Column.number("ratio_low", "95% CI low"), Column.number("ratio_high", "95% CI high"), Column.number("p_value", "p"),
                Column.count("run_observed", "Last 3 months"), Column.number("run_expected", "Expected, 3 months"),
                Column.text("flag", "Flag"));
        for (Signal s : all ? a.signals() : a.flagged()) {
            t.row(s.month().toString(), s.districtName(), s.cell().offence().equals(ALL) ? "All serious violence" : s.cell().offence(),
                    s.cell().age().equals(ALL) ? "All ages" : s.cell().age(), s.observed(), Rounding.decimals(s.expected(), 1),
                    s.upperLimit(), Rounding.decimals(s.excess(), 1), finite(s.ratio(), 2), finite(s.ratioLow(), 2),
                    finite(s.ratioHigh(), 2), significant(s.pValue()), s.runObserved(), Rounding.decimals(s.runExpected(), 1), s.flag());
        }
        for (String n : a.notes()) t.note(n);
        t.note("Expected: the cell's level over the 12 months before, times the offence type's seasonal index for the month "
                + "(from the 3 years before). Upper limit: the highest count not flagged. Times expected: observed / expected, with "
                + "its exact 95% interval allowing for the uncertainty of the level. Definition: " + a.definition() + ".");
        return t.build();
    }

    private static java.math.BigDecimal finite(double v, int places) {
        return Double.isFinite(v) ? Rounding.decimals(v, places) : null;
    }

    private static java.math.BigDecimal significant(double p) {
        return new java.math.BigDecimal(p, new java.math.MathContext(2));
    }
}
