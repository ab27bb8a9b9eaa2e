package svo.web;

import svo.analysis.Column;
import svo.analysis.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Bar charts drawn as SVG from a result table, for the explorer. Styling is by presentation attributes and
 * classes only (no inline style, no script), so the pages' Content-Security-Policy holds; every label is
 * escaped through {@link Html#escape}.
 *
 * <p>What is drawn: the first text column gives the categories; the count columns (or, when there are none,
 * the first kind of number) are the series, leaving out columns that describe rather than measure (population,
 * denominators, years, ranks) and any total row (the table shows it). A table of category × period × one count is pivoted so each
 * period is a series. At most {@value #MAX_CATEGORIES} categories and {@value #MAX_SERIES} series.
 */
final class Chart {
    static final int MAX_CATEGORIES = 25;
    static final int MAX_SERIES = 6;
    /** Colour-blind-safe (Okabe–Ito based), and dark enough on white for the bars to read as shapes. */
    static final String[] PALETTE = {"#1f5fa6", "#e08a00", "#00876c", "#b8538a", "#4aa3d8", "#c44e00"};

    private static final int WIDTH = 920;
    private static final int LABEL_W = 250;
    private static final int RIGHT_PAD = 64;
    private static final int TOP = 34;

    private record Series(String name, List<Double> values) {}

    private Chart() {}

    /** A thin horizontal meter for a percentage (0–100). */
    static Html meter(double pct, String cls) {
        double w = Math.max(0, Math.min(100, pct));
        return Html.trusted(String.format(Locale.ROOT,
                "<svg class=\"meter %s\" viewBox=\"0 0 100 6\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"
                        + "<rect class=\"track\" width=\"100\" height=\"6\" rx=\"3\"/><rect class=\"fill\" width=\"%.2f\" height=\"6\" rx=\"3\"/></svg>",
                Html.escape(cls), w));
    }

    /** The chart of a table, or nothing when the table has no text column, no numbers, or no rows. */
    static Html of(Table t) {
        int cat = -1;
        int second = -1;
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).kind() == Column.Kind.TEXT) {
                if (cat < 0) cat = i;
                else if (second < 0) second = i;
            }
        }
        List<Integer> measures = measures(t);
        if (cat < 0 || measures.isEmpty() || t.rows().isEmpty()) return Html.EMPTY;

        List<String> categories = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        Column.Kind kind = t.columns().get(measures.get(0)).kind();
        boolean pivot = second >= 0 && distinct(t, second).size() <= MAX_SERIES && distinct(t, second).size() > 1;
        int totalCategories;
        final int catCol = cat;
        t = withoutTotals(t, catCol);
        if (t.rows().isEmpty()) return Html.EMPTY;
        if (pivot) {
            int m = measures.get(0);
            List<String> cats = new ArrayList<>(distinct(t, cat));
            totalCategories = cats.size();
            categories.addAll(cats.subList(0, Math.min(MAX_CATEGORIES, cats.size())));
            for (String s : distinct(t, second)) {
                List<Double> values = new ArrayList<>();
                for (String c : categories) values.add(lookup(t, cat, c, second, s, m));
                series.add(new Series(s, values));
            }
        } else {
            totalCategories = t.rows().size();
            List<List<Object>> rows = t.rows().subList(0, Math.min(MAX_CATEGORIES, t.rows().size()));
            for (List<Object> r : rows) categories.add(String.valueOf(r.get(cat)));
            for (int m : measures.subList(0, Math.min(MAX_SERIES, measures.size()))) {
                List<Double> values = new ArrayList<>();
                for (List<Object> r : rows) values.add(r.get(m) instanceof Number n ? n.doubleValue() : null);
                series.add(new Series(t.columns().get(m).label(), values));
            }
        }
        return draw(t.title(), categories, series, kind, totalCategories,
                pivot ? t.columns().get(measures.get(0)).label() : null);
    }

    private static Html draw(String title, List<String> categories, List<Series> series, Column.Kind kind,
                             int totalCategories, String measureLabel) {
        int n = series.size();
        int bar = n == 1 ? 18 : Math.max(7, 16 - 2 * n);
        int group = n * bar + 10;
        int plotW = WIDTH - LABEL_W - RIGHT_PAD;
        int height = TOP + categories.size() * group + 30;
        double max = 0;
        double min = 0;
        for (Series s : series) {
            for (Double v : s.values()) {
                if (v != null) {
                    max = Math.max(max, v);
                    min = Math.min(min, v);
                }
            }
        }
        double[] ticks = ticks(min, max);
        double lo = ticks[0];
        double hi = ticks[ticks.length - 1];
        double span = hi - lo == 0 ? 1 : hi - lo;

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg class=\"chart\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-label=\"%s\" xmlns=\"http://www.w3.org/2000/svg\">",
                WIDTH, height, Html.escape("Bar chart: " + title)));
        svg.append("<title>").append(Html.escape(title)).append("</title>");
        // legend
        if (n > 1 || measureLabel != null) {
            double x = LABEL_W;
            if (measureLabel != null) {
                svg.append(String.format(Locale.ROOT, "<text class=\"legend-title\" x=\"%d\" y=\"14\">%s:</text>", 8,
                        Html.escape(measureLabel)));
            }
            for (int i = 0; i < n; i++) {
                String name = truncate(series.get(i).name(), 30);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"5\" width=\"11\" height=\"11\" rx=\"2\" fill=\"%s\"/>", x, PALETTE[i]));
                svg.append(String.format(Locale.ROOT, "<text class=\"legend\" x=\"%.1f\" y=\"14\">%s</text>", x + 15, Html.escape(name)));
                x += 28 + name.length() * 7.0;
            }
        }
        // grid and axis labels
        for (double tk : ticks) {
            double x = LABEL_W + (tk - lo) / span * plotW;
            svg.append(String.format(Locale.ROOT, "<line class=\"grid%s\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\"/>",
                    tk == 0 ? " zero" : "", x, x, TOP - 6, height - 24));
            svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    x, height - 8, Html.escape(tickLabel(tk, kind))));
        }
        double zeroX = LABEL_W + (0 - lo) / span * plotW;
        for (int c = 0; c < categories.size(); c++) {
            double y0 = TOP + c * group;
            String label = categories.get(c);
            svg.append(String.format(Locale.ROOT, "<text class=\"cat\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s<title>%s</title></text>",
                    LABEL_W - 8, y0 + group / 2.0 + 1, Html.escape(truncate(label, 34)), Html.escape(label)));
            for (int s = 0; s < n; s++) {
                Double v = series.get(s).values().get(c);
                if (v == null) continue;
                double x = LABEL_W + (Math.min(v, 0) - lo) / span * plotW;
                double w = Math.abs(v) / span * plotW;
                double y = y0 + 5 + s * bar;
                svg.append(String.format(Locale.ROOT,
                        "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s – %s: %s</title></rect>",
                        x, y, Math.max(w, 0.5), bar - 2, PALETTE[s], Html.escape(label), Html.escape(series.get(s).name()),
                        Html.escape(Format.cell(v, kind == Column.Kind.COUNT ? Column.Kind.NUMBER : kind))));
                if (n <= 2) {
                    svg.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%.1f\">%s</text>",
                            (v >= 0 ? x + w : zeroX) + 4, y + bar / 2.0 + 3, Html.escape(tickLabel(v, kind))));
                }
            }
        }
        svg.append("</svg>");
        String more = totalCategories > categories.size()
                ? "<p class=\"aside\">The chart shows the first " + categories.size() + " of " + totalCategories
                + " rows; the table has them all.</p>" : "";
        return Html.trusted("<figure class=\"chart-box\">" + svg + more + "</figure>");
    }

    /** A total row is drawn as a bar as long as all the others together: it is left to the table. */
    private static Table withoutTotals(Table t, int cat) {
        List<List<Object>> kept = t.rows().stream()
                .filter(r -> !String.valueOf(r.get(cat)).strip().toLowerCase(Locale.ROOT).matches("total|all|grand total|all areas"))
                .toList();
        if (kept.size() == t.rows().size()) return t;
        return new Table(t.id(), t.title(), t.columns(), kept, t.notes());
    }

    /** Columns that describe the rows rather than measure them: charted beside the measures they would dwarf. */
    private static boolean context(Column c) {
        String n = c.name();
        return n.contains("population") || n.contains("denominator") || n.equals("year") || n.endsWith("_year")
                || n.endsWith("_rank") || n.equals("rank");
    }

    private static List<Integer> measures(Table t) {
        List<Integer> counts = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        Column.Kind firstOther = null;
        for (int i = 0; i < t.columns().size(); i++) {
            if (context(t.columns().get(i))) continue;
            Column.Kind k = t.columns().get(i).kind();
            if (k == Column.Kind.COUNT) counts.add(i);
            else if (k != Column.Kind.TEXT && k != Column.Kind.DATE) {
                if (firstOther == null) firstOther = k;
                if (k == firstOther) others.add(i);
            }
        }
        return counts.isEmpty() ? others : counts;
    }

    private static LinkedHashSet<String> distinct(Table t, int col) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (List<Object> r : t.rows()) out.add(String.valueOf(r.get(col)));
        return out;
    }

    private static Double lookup(Table t, int cat, String c, int second, String s, int m) {
        for (List<Object> r : t.rows()) {
            if (String.valueOf(r.get(cat)).equals(c) && String.valueOf(r.get(second)).equals(s)) {
                return r.get(m) instanceof Number n ? n.doubleValue() : null;
            }
        }
        return null;
    }

    /** Round tick values covering [min, max], starting at or below zero. */
    static double[] ticks(double min, double max) {
        if (max <= min) max = min + 1;
        double raw = (max - min) / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag;
        for (double m : new double[]{1, 2, 2.5, 5, 10}) {
            if (raw <= m * mag) {
                step = m * mag;
                break;
            }
        }
        double lo = Math.floor(min / step) * step;
        double hi = Math.ceil(max / step) * step;
        int count = (int) Math.round((hi - lo) / step) + 1;
        double[] out = new double[count];
        for (int i = 0; i < count; i++) out[i] = lo + i * step;
        return out;
    }

    private static String tickLabel(double v, Column.Kind kind) {
        if (kind == Column.Kind.PERCENT) return String.format(Locale.UK, v == Math.rint(v) ? "%.0f%%" : "%.1f%%", v);
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.UK, "%,d", (long) v);
        return String.format(Locale.UK, Math.abs(v) >= 100 ? "%,.0f" : "%.2f", v);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
