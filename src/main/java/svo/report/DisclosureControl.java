package svo.report;

import svo.analysis.Column;
import svo.analysis.Table;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a computed table into the cells a report may print under a {@link DisclosureRule}.
 *
 * <p>Primary suppression marks the small counts. Secondary suppression then protects them: every line of cells
 * that adds up (a column within each combination of the other labels, a row across its count columns, see
 * {@link TableLayout}) gives an equation "cells = total". The total is the printed total row or column where the
 * table has one (a row labelled "Total", "Grand total", "All …"; a column named {@code total}); where it has none,
 * the total is assumed to be published elsewhere (the headline, another table) and so known, unless it is itself a
 * small count (which would be suppressed wherever it is published). With the printed
 * cells moved to the right-hand side, a withheld cell can be worked out exactly when the equations determine it
 * ({@link Linear}), and it can be pinned by bounds when the cells withheld in one line could only take one value
 * each (a "&lt;5" beside a "[c]" that together make 6 must be 1 and 5). While any withheld cell is exposed, the
 * smallest non-zero printed cell in one of its lines — preferring cells in lines that already hold a withheld
 * cell, and data cells over totals — is withheld too.
 *
 * <pre>
 * List&lt;List&lt;Cell&gt;&gt; cells = DisclosureControl.apply(table, DisclosureRule.smallCounts(4), TableLayout.DEFAULT);
 * </pre>
 */
public final class DisclosureControl {
    /** Labels of total rows; also matched against the labels of count columns. */
    private static final Pattern TOTAL = Pattern.compile("(?i)\\s*((grand\\s+)?totals?|all|all\\s+\\p{L}+)\\s*");
    /** Column names that would put person-level data into a report. */
    private static final Set<String> PERSON_LEVEL = Set.of("person_key", "person_id", "nominal_id", "pnc", "pnc_id",
            "nhs_number", "date_of_birth", "dob", "forename", "surname", "full_name", "person_name", "home_address",
            "occurrence_id", "crime_reference", "search_id");

    private DisclosureControl() {}

    /**
     * Refuses a table that holds person-level data: the report publishes aggregates only, whatever the audience.
     */
    public static void requireAggregate(Table t) {
        for (Column c : t.columns()) {
            if (PERSON_LEVEL.contains(c.name())) {
                throw new IllegalStateException("table " + t.id() + " has the person-level column " + c.name()
                        + "; reports hold aggregate tables only (cohort lists stay in the restricted cohort pages)");
            }
        }
    }

    /** True when a label marks a total row or column ("Total", "Grand total", "All", "All ages"). */
    public static boolean isTotalLabel(Object label) {
        return label != null && TOTAL.matcher(String.valueOf(label)).matches();
    }

    /** The cells to print, row by row, under the rule. */
    public static List<List<Cell>> apply(Table t, DisclosureRule rule, TableLayout layout) {
        int rows = t.rows().size(), cols = t.columns().size();
        Cell.Mark[][] marks = new Cell.Mark[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                marks[r][c] = Cell.Mark.NONE;
                Object v = t.rows().get(r).get(c);
                if (!rule.active() || t.columns().get(c).kind() != Column.Kind.COUNT || !(v instanceof Number n)) continue;
                long x = Math.round(n.doubleValue());
                if (x >= 1 && x <= rule.threshold()) marks[r][c] = Cell.Mark.PRIMARY;
                else if (rule.kind() == DisclosureRule.Kind.NHS_HES && x != 0) marks[r][c] = Cell.Mark.ROUNDED;
            }
        }
        if (rule.active()) new Secondary(t, rule, layout == null ? TableLayout.DEFAULT : layout, marks).run();
        if (rule.active()) derived(t, rule, marks);

        List<List<Cell>> out = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            List<Cell> row = new ArrayList<>(cols);
            for (int c = 0; c < cols; c++) {
                Object v = t.rows().get(r).get(c);
                Column.Kind kind = t.columns().get(c).kind();
                row.add(switch (marks[r][c]) {
                    case NONE -> new Cell(v, Formats.format(v, kind), Cell.Mark.NONE);
                    case PRIMARY -> new Cell(null, rule.primaryMark(), Cell.Mark.PRIMARY);
                    case SECONDARY, DERIVED -> new Cell(null, rule.secondaryMark(), marks[r][c]);
                    case ROUNDED -> {
                        long rounded = roundTo5(Math.round(((Number) v).doubleValue()));
                        yield new Cell(rounded, Formats.format(rounded, kind), Cell.Mark.ROUNDED);
                    }
                });
            }
            out.add(row);
        }
        return out;
    }

    /**
     * Rows whose percentage in column {@code c} is one of a set of shares summing to 100 (within rounding) over the
     * rows of the same period (or of the whole table when there is no period), total rows aside.
     */
    private static Set<Integer> sharesOfAWhole(Table t, int c) {
        int period = t.indexOf("period");
        Map<Object, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<Object> row = t.rows().get(r);
            boolean total = false;
            for (int k = 0; k < row.size(); k++) if (t.columns().get(k).kind() == Column.Kind.TEXT && isTotalLabel(row.get(k))) total = true;
            if (total || !(row.get(c) instanceof Number)) continue;
            groups.computeIfAbsent(period < 0 ? "" : row.get(period), g -> new ArrayList<>()).add(r);
        }
        Set<Integer> out = new java.util.HashSet<>();
        for (List<Integer> g : groups.values()) {
            if (g.size() < 2) continue;
            double sum = 0;
            for (int r : g) sum += ((Number) t.rows().get(r).get(c)).doubleValue();
            if (Math.abs(sum - 100) <= 0.05 * g.size() + 0.5) out.addAll(g);
        }
        return out;
    }

    /** True when the text holds one of the numbers as a whole number ("fell from 3 to 7", "1,153"). */
    static boolean quotesAny(String text, Set<String> numbers) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d[\\d,]*").matcher(text);
        while (m.find()) if (numbers.contains(m.group().replace(",", ""))) return true;
        return false;
    }

    /** Rounds to the nearest 5 (nhs-hes). */
    static long roundTo5(long x) {
        return Math.round(x / 5.0) * 5;
    }

    /**
     * Figures that could give a withheld count away: rates and percentages built on it or in its row; any other
     * figure in its row that names no basis (a difference, a rate ratio and its interval, a cost = count × unit
     * cost), and prose in its row that quotes it (a drafted sentence); and nhs-hes percentages on small denominators.
     */
    private static void derived(Table t, DisclosureRule rule, Cell.Mark[][] marks) {
        for (int r = 0; r < t.rows().size(); r++) {
            Set<String> hidden = new java.util.HashSet<>();
            for (int c = 0; c < t.columns().size(); c++) {
                Cell.Mark m = marks[r][c];
                if ((m == Cell.Mark.PRIMARY || m == Cell.Mark.SECONDARY) && t.rows().get(r).get(c) instanceof Number n) {
                    hidden.add(Long.toString(Math.round(n.doubleValue())));
                }
            }
            if (hidden.isEmpty()) continue;
            for (int c = 0; c < t.columns().size(); c++) {
                Column col = t.columns().get(c);
                Object v = t.rows().get(r).get(c);
                if (v == null || marks[r][c] != Cell.Mark.NONE) continue;
                // A rate or percentage beside a withheld count may be that count over a printed denominator (30 of 30
                // is 100%), whatever its basis; other figures may be differences, ratios or costs of it.
                boolean unbased = col.kind() == Column.Kind.RATE || col.kind() == Column.Kind.PERCENT
                        || (col.basis() == null && (col.kind() == Column.Kind.NUMBER || col.kind() == Column.Kind.MONEY));
                // Labels ("2023/24", "YE Dec 24", a code) are not figures; prose (a drafted sentence) may quote one.
                boolean prose = col.kind() == Column.Kind.TEXT && String.valueOf(v).trim().split("\\s+").length >= 4;
                boolean quotes = prose && quotesAny(String.valueOf(v), hidden);
                if (unbased || quotes) marks[r][c] = Cell.Mark.DERIVED;
            }
        }
        for (int c = 0; c < t.columns().size(); c++) {
            Column col = t.columns().get(c);
            if (col.kind() != Column.Kind.PERCENT && col.kind() != Column.Kind.RATE) continue;
            int b = col.basis() == null ? -1 : t.indexOf(col.basis());
            if (b < 0) continue;
            Set<Integer> sharesOfAWhole = sharesOfAWhole(t, c);
            for (int r = 0; r < t.rows().size(); r++) {
                Object v = t.rows().get(r).get(c);
                if (v == null || marks[r][c] != Cell.Mark.NONE) continue;
                Cell.Mark bm = marks[r][b];
                if (bm == Cell.Mark.PRIMARY || bm == Cell.Mark.SECONDARY) {
                    marks[r][c] = Cell.Mark.DERIVED;
                    continue;
                }
                if (col.kind() != Column.Kind.PERCENT || !(v instanceof Number pct) || !(t.rows().get(r).get(b) instanceof Number basis)) continue;
                // A percentage whose basis is its denominator implies a part that is a count too (3% of 60 is 2). Shares
                // of a whole (each row's count as a share of the rows' total, summing to 100) name their numerator
                // as the basis instead, which is protected as a cell; a change is not a count of anyone.
                long part = Math.round(pct.doubleValue() * basis.doubleValue() / 100.0);
                boolean implied = !sharesOfAWhole.contains(r) && !col.name().startsWith("change");
                if (implied && part >= 1 && part <= rule.threshold()) {
                    marks[r][c] = Cell.Mark.DERIVED;
                } else if (rule.kind() == DisclosureRule.Kind.NHS_HES && roundTo5(Math.round(basis.doubleValue())) < rule.minDenominator()) {
                    marks[r][c] = Cell.Mark.DERIVED;
                }
            }
        }
    }

    /** Secondary suppression over one table. */
    private static final class Secondary {
        private final Table t;
        private final DisclosureRule rule;
        private final Cell.Mark[][] marks;
        private final long[][] raw;
        private final boolean[][] present;
        private final List<Line> lines = new ArrayList<>();
        private final Set<Line> seen = new java.util.HashSet<>();
        private final Map<Integer, List<Line>> linesOfCell = new HashMap<>();

        /** Cells (as row * cols + col) that add up to the total cell, or to a total published elsewhere (total = -1). */
        private record Line(List<Integer> members, int total) {}

        Secondary(Table t, DisclosureRule rule, TableLayout layout, Cell.Mark[][] marks) {
            this.t = t;
            this.rule = rule;
            this.marks = marks;
            int rows = t.rows().size(), cols = t.columns().size();
            raw = new long[rows][cols];
            present = new boolean[rows][cols];
            List<Integer> countCols = new ArrayList<>();
            List<Integer> keyCols = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                Column.Kind k = t.columns().get(c).kind();
                if (k == Column.Kind.COUNT) countCols.add(c);
                if (k == Column.Kind.TEXT || k == Column.Kind.DATE) keyCols.add(c);
            }
            for (int r = 0; r < rows; r++) {
                for (int c : countCols) {
                    Object v = t.rows().get(r).get(c);
                    if (v instanceof Number n) {
                        present[r][c] = true;
                        raw[r][c] = Math.round(n.doubleValue());
                    }
                }
            }
            if (layout.addsDown()) downLines(countCols, keyCols, layout);
            if (layout.addsAcross()) acrossLines(countCols, layout);
            for (Line l : lines) {
                for (int cell : l.members()) linesOfCell.computeIfAbsent(cell, k -> new ArrayList<>()).add(l);
                if (l.total() >= 0) linesOfCell.computeIfAbsent(l.total(), k -> new ArrayList<>()).add(l);
            }
        }

        private int id(int r, int c) {
            return r * t.columns().size() + c;
        }

        /**
         * Lines down the count columns: the rows that share the values of a set of label columns add up to the row
         * whose other labels are totals ("total", "All") or, when there is none, to a total published elsewhere.
         * The sets held fixed are: every label but one (the finest margins of a cross-tab), each label alone (a
         * year's months, when the month determines the year), and none (the whole column).
         */
        private void downLines(List<Integer> countCols, List<Integer> keyCols, TableLayout layout) {
            java.util.Set<java.util.Set<Integer>> groupings = new java.util.LinkedHashSet<>();
            for (int d : keyCols) {
                java.util.Set<Integer> others = new java.util.TreeSet<>(keyCols);
                others.remove(d);
                groupings.add(others);
            }
            for (int k : keyCols) groupings.add(java.util.Set.of(k));
            groupings.add(java.util.Set.of());
            // A line may only run over rows of the same measure or cohort: hold those labels fixed in every grouping.
            java.util.Set<Integer> separate = new java.util.HashSet<>();
            for (int k : keyCols) if (layout.separateKeys().contains(t.columns().get(k).name())) separate.add(k);
            groupings.removeIf(g -> !g.containsAll(separate));
            int rows = t.rows().size();
            for (int c : countCols) {
                for (java.util.Set<Integer> fixed : groupings) {
                    Map<List<String>, List<Integer>> members = new LinkedHashMap<>();
                    Map<List<String>, Integer> totals = new HashMap<>();
                    for (int r = 0; r < rows; r++) {
                        if (!present[r][c]) continue;
                        List<String> group = new ArrayList<>();
                        for (int k : keyCols) if (fixed.contains(k)) group.add(String.valueOf(t.rows().get(r).get(k)));
                        boolean anyTotal = false, allTotalOrBlank = true;
                        for (int k : keyCols) {
                            if (fixed.contains(k)) continue;
                            Object label = t.rows().get(r).get(k);
                            boolean total = isTotalLabel(label);
                            anyTotal |= total;
                            allTotalOrBlank &= total || label == null || String.valueOf(label).isBlank();
                        }
                        if (!anyTotal) members.computeIfAbsent(group, g -> new ArrayList<>()).add(id(r, c));
                        else if (allTotalOrBlank) totals.putIfAbsent(group, id(r, c));
                    }
                    for (var e : members.entrySet()) add(e.getValue(), totals.getOrDefault(e.getKey(), -1));
                }
            }
        }

        private void acrossLines(List<Integer> countCols, TableLayout layout) {
            List<List<Integer>> groups = new ArrayList<>();
            List<Integer> groupTotals = new ArrayList<>();
            if (!layout.columnGroups().isEmpty()) {
                for (List<String> names : layout.columnGroups()) {
                    List<Integer> g = new ArrayList<>();
                    int total = -1;
                    for (String name : names) {
                        int c = t.indexOf(name);
                        if (c < 0 || !countCols.contains(c)) continue;
                        if (isTotalColumn(c)) total = c;
                        else g.add(c);
                    }
                    groups.add(g);
                    groupTotals.add(total);
                }
            } else {
                List<Integer> g = new ArrayList<>();
                List<Integer> totalCols = new ArrayList<>();
                for (int c : countCols) (isTotalColumn(c) ? totalCols : g).add(c);
                groups.add(g);
                groupTotals.add(totalCols.size() == 1 ? totalCols.get(0) : -1);
            }
            for (int r = 0; r < t.rows().size(); r++) {
                for (int i = 0; i < groups.size(); i++) {
                    List<Integer> members = new ArrayList<>();
                    for (int c : groups.get(i)) if (present[r][c]) members.add(id(r, c));
                    int tc = groupTotals.get(i);
                    add(members, tc >= 0 && present[r][tc] ? id(r, tc) : -1);
                }
            }
        }

        private boolean isTotalColumn(int c) {
            Column col = t.columns().get(c);
            return col.name().equals("total") || col.name().startsWith("total_") || col.name().endsWith("_total")
                    || isTotalLabel(col.label());
        }

        private void add(List<Integer> members, int total) {
            // A lone cell with no printed total is not a sum of anything.
            if (members.isEmpty() || (members.size() < 2 && total < 0)) return;
            if (total < 0) {
                // A total published elsewhere is published under the same rule: a small one is suppressed there too.
                long sum = 0;
                for (int m : members) sum += value(m);
                if (sum >= 1 && sum <= rule.threshold()) return;
            }
            Line line = new Line(List.copyOf(members), total);
            if (seen.add(line)) lines.add(line);
        }

        private boolean withheld(int cell) {
            Cell.Mark m = marks[cell / t.columns().size()][cell % t.columns().size()];
            return m == Cell.Mark.PRIMARY || m == Cell.Mark.SECONDARY;
        }

        private long value(int cell) {
            return raw[cell / t.columns().size()][cell % t.columns().size()];
        }

        void run() {
            int guard = t.rows().size() * t.columns().size() + 1;
            while (guard-- > 0) {
                Exposure exposure = exposed();
                if (exposure.isEmpty()) return;
                Integer pick = null;
                for (Pin pin : exposure.pinned()) if ((pick = complementIn(pin.line(), pin.cell())) != null) break;
                if (pick == null) for (Pin pin : exposure.pinned()) if ((pick = complement(pin.cell(), false)) != null) break;
                if (pick == null) for (int cell : exposure.determined()) if ((pick = complement(cell, true)) != null) break;
                // Nothing left to withhold that would help (every cell of the line is a small count already).
                if (pick == null) return;
                marks[pick / t.columns().size()][pick % t.columns().size()] = Cell.Mark.SECONDARY;
            }
        }

        /** A withheld cell and the line whose bounds pin it. */
        private record Pin(int cell, Line line) {}

        /** Withheld cells that bounds pin within one line, and those that the equations determine. */
        private record Exposure(List<Pin> pinned, List<Integer> determined) {
            boolean isEmpty() {
                return pinned.isEmpty() && determined.isEmpty();
            }
        }

        private Exposure exposed() {
            List<Integer> unknown = new ArrayList<>();
            Map<Integer, Integer> index = new HashMap<>();
            for (int cell : linesOfCell.keySet()) {
                if (withheld(cell)) {
                    index.put(cell, unknown.size());
                    unknown.add(cell);
                }
            }
            if (unknown.isEmpty()) return new Exposure(List.of(), List.of());
            java.util.Collections.sort(unknown);
            index.clear();
            for (int i = 0; i < unknown.size(); i++) index.put(unknown.get(i), i);
            List<Linear.Equation> eqs = new ArrayList<>();
            List<Pin> pinned = new ArrayList<>();
            for (Line l : lines) {
                List<int[]> terms = new ArrayList<>();
                for (int m : l.members()) if (index.containsKey(m)) terms.add(new int[]{index.get(m), 1});
                if (l.total() >= 0 && index.containsKey(l.total())) terms.add(new int[]{index.get(l.total()), -1});
                if (terms.isEmpty()) continue;
                int[] vars = terms.stream().mapToInt(x -> x[0]).toArray();
                int[] coefs = terms.stream().mapToInt(x -> x[1]).toArray();
                eqs.add(new Linear.Equation(vars, coefs));
                Integer p = pinned(l);
                if (p != null) pinned.add(new Pin(p, l));
            }
            BitSet det = Linear.determined(unknown.size(), eqs);
            List<Integer> determined = new ArrayList<>();
            for (int i = det.nextSetBit(0); i >= 0; i = det.nextSetBit(i + 1)) determined.add(unknown.get(i));
            pinned.sort(java.util.Comparator.comparingInt(Pin::cell));
            return new Exposure(pinned, determined);
        }

        /**
         * A withheld cell of the line that bounds alone pin to one value: a suppressed count lies in 1..threshold,
         * a withheld larger cell is 0 or above the threshold, and together they make the known total.
         */
        private Integer pinned(Line l) {
            if (l.total() >= 0 && withheld(l.total())) return null;
            List<Integer> unknown = l.members().stream().filter(this::withheld).toList();
            if (unknown.isEmpty()) return null;
            long sum = 0;
            for (int u : unknown) sum += value(u);
            int th = rule.threshold();
            for (int u : unknown) {
                long loOthers = 0, hiOthers = 0;
                boolean unbounded = false;
                for (int o : unknown) {
                    if (o == u) continue;
                    if (isPrimary(o)) {
                        loOthers += 1;
                        hiOthers += th;
                    } else unbounded = true;
                }
                long lo = unbounded ? Long.MIN_VALUE : sum - hiOthers;
                long hi = sum - loOthers;
                long count = isPrimary(u) ? overlap(lo, hi, 1, th)
                        : overlap(lo, hi, 0, 0) + overlap(lo, hi, th + 1, Long.MAX_VALUE);
                if (count <= 1) return u;
            }
            return null;
        }

        private boolean isPrimary(int cell) {
            return marks[cell / t.columns().size()][cell % t.columns().size()] == Cell.Mark.PRIMARY;
        }

        /** How many whole numbers lie in both ranges (capped at 2: we only ask "one or more than one"). */
        private static long overlap(long lo1, long hi1, long lo2, long hi2) {
            long lo = Math.max(lo1, lo2), hi = Math.min(hi1, hi2);
            if (hi < lo) return 0;
            return hi == lo ? 1 : 2;
        }

        /** The printed cell of {@code line} to withhold to protect {@code exposed} there, or null when there is none. */
        private Integer complementIn(Line line, int exposed) {
            Integer best = null;
            long[] bestScore = null;
            List<Integer> candidates = new ArrayList<>(line.members());
            if (line.total() >= 0) candidates.add(line.total());
            for (int c : candidates) {
                if (c == exposed || withheld(c)) continue;
                long[] score = score(c, line);
                if (bestScore == null || compare(score, bestScore) < 0) {
                    best = c;
                    bestScore = score;
                }
            }
            return best;
        }

        /**
         * The printed cell to withhold next to protect {@code exposed}, or null when there is none. A cell pinned by
         * bounds is helped only by another cell of its own lines; a cell determined through several lines may also
         * be helped by a cell of any line that holds a withheld cell.
         */
        private Integer complement(int exposed, boolean widen) {
            Integer best = null;
            long[] bestScore = null;
            for (Line l : linesOfCell.getOrDefault(exposed, List.of())) {
                List<Integer> candidates = new ArrayList<>(l.members());
                if (l.total() >= 0) candidates.add(l.total());
                for (int c : candidates) {
                    if (c == exposed || withheld(c)) continue;
                    long[] score = score(c, l);
                    if (bestScore == null || compare(score, bestScore) < 0) {
                        best = c;
                        bestScore = score;
                    }
                }
            }
            if (best != null || !widen) return best;
            for (Line l : lines) {
                boolean touches = l.members().stream().anyMatch(this::withheld) || (l.total() >= 0 && withheld(l.total()));
                if (!touches) continue;
                List<Integer> candidates = new ArrayList<>(l.members());
                if (l.total() >= 0) candidates.add(l.total());
                for (int c : candidates) {
                    if (withheld(c)) continue;
                    long[] score = score(c, l);
                    if (bestScore == null || compare(score, bestScore) < 0) {
                        best = c;
                        bestScore = score;
                    }
                }
            }
            return best;
        }

        /**
         * Lower is better: non-zero, not a total, protecting more other lines at once (lines where it would be the
         * second withheld cell, which closes a rectangle instead of starting a cascade), smaller value.
         */
        private long[] score(int c, Line l) {
            long zero = value(c) == 0 ? 1 : 0;
            long isTotal = c == l.total() || isTotalCell(c) ? 1 : 0;
            long helps = 0;
            for (Line other : linesOfCell.getOrDefault(c, List.of())) {
                if (other == l) continue;
                long n = other.members().stream().filter(this::withheld).count() + (other.total() >= 0 && withheld(other.total()) ? 1 : 0);
                if (n == 1) helps++;
            }
            return new long[]{zero, isTotal, -helps, value(c), c};
        }

        private boolean isTotalCell(int cell) {
            for (Line l : linesOfCell.getOrDefault(cell, List.of())) if (l.total() == cell) return true;
            return false;
        }

        private static int compare(long[] a, long[] b) {
            for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return Long.compare(a[i], b[i]);
            return 0;
        }
    }
}
