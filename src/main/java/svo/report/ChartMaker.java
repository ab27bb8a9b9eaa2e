package svo.report;

import svo.analysis.Column;
import svo.report.charts.BarChart;
import svo.report.charts.Heatmap;
import svo.report.charts.LineChart;
import svo.report.charts.Sparkline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a plan's charts from published tables: the values come from the cells after disclosure control, so a
 * withheld count is never plotted (a gap in a line, a pale cell in a heatmap, a mark instead of a bar).
 */
final class ChartMaker {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    private ChartMaker() {}

    /** The SVG for a spec over a table, or null when the table does not have the shape the chart needs. */
    static String draw(ChartSpec spec, ShownTable t, List<String> periods, String highlight) {
        if (spec instanceof ChartSpec.Line l) return line(t, l.valueColumn());
        if (spec instanceof ChartSpec.HourWeekday) return hourWeekday(t);
        if (spec instanceof ChartSpec.Bars b) return bars(t, periods, b.valueColumn(), highlight);
        if (spec instanceof ChartSpec.PeriodBars) return periodBars(t, periods);
        return null;
    }

    /** A sparkline per row when the table is wide with three or more periods; null otherwise. */
    static List<String> sparklines(List<svo.analysis.Column> columns, List<List<Cell>> rows, List<String> periods) {
        return sparklines(new ShownTable("", "", "", "", "", columns, rows, List.of(), DisclosureRule.NONE, null), periods);
    }

    static List<String> sparklines(ShownTable t, List<String> periods) {
        if (periods.size() < 3) return null;
        List<Integer> cols = Series.periodColumns(t, periods);
        if (cols.isEmpty()) return null;
        List<String> out = new ArrayList<>();
        for (List<Cell> row : t.rows()) {
            List<Double> values = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int c : cols) {
                values.add(row.get(c).withheld() ? null : row.get(c).number());
                texts.add(row.get(c).text());
            }
            out.add(values.stream().allMatch(v -> v == null) ? null : Sparkline.svg(values, "Trend: " + String.join(", ", texts)));
        }
        return out;
    }

    private static String line(ShownTable shown, String valueColumn) {
        ShownTable t = shown.unpivoted() != null ? shown.unpivoted() : shown;
        int key = t.indexOf("label") >= 0 ? t.indexOf("label") : Series.keyColumn(t);
        int value = valueColumn != null ? t.indexOf(valueColumn) : Series.firstCount(t);
        if (key < 0 || value < 0 || t.rows().size() < 2) return null;
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (List<Cell> row : t.rows()) {
            Cell k = row.get(key);
            if (DisclosureControl.isTotalLabel(k.text())) continue;
            labels.add(k.value() instanceof LocalDate d ? MONTH.format(d) : k.text());
            values.add(row.get(value).withheld() ? null : row.get(value).number());
        }
        return LineChart.svg(t.title(), labels, List.of(new LineChart.Series(t.columns().get(value).label(), values)),
                t.columns().get(value).label());
    }

    private static String hourWeekday(ShownTable t) {
        Double[][] v = new Double[7][24];
        String[][] text = new String[7][24];
        int hourCol = -1, dayCol = -1;
        for (int c = 0; c < t.columns().size(); c++) {
            String n = t.columns().get(c).name();
            if (n.contains("hour")) hourCol = c;
            else if (n.contains("weekday") || n.equals("day") || n.contains("day_of_week")) dayCol = c;
        }
        boolean any = false;
        if (hourCol >= 0 && dayCol >= 0) {
            int value = Series.firstCount(t);
            if (value < 0) return null;
            for (List<Cell> row : t.rows()) {
                int h = hour(row.get(hourCol).text()), d = day(row.get(dayCol).text());
                if (h < 0 || d < 0) continue;
                put(v, text, d, h, row.get(value));
                any = true;
            }
        } else {
            int key = Series.keyColumn(t);
            if (key < 0) return null;
            int[] dayCols = new int[7];
            java.util.Arrays.fill(dayCols, -1);
            for (int c = 0; c < t.columns().size(); c++) {
                if (t.columns().get(c).kind() == Column.Kind.TEXT) continue;
                int d = day(t.columns().get(c).label());
                if (d >= 0 && dayCols[d] < 0) dayCols[d] = c;
            }
            for (int d : dayCols) if (d < 0) return null;
            for (List<Cell> row : t.rows()) {
                int h = hour(row.get(key).text());
                if (h < 0) continue;
                for (int d = 0; d < 7; d++) put(v, text, d, h, row.get(dayCols[d]));
                any = true;
            }
        }
        if (!any) return null;
        List<String> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) hours.add(String.format("%02d", h));
        return Heatmap.svg(t.title(), List.of(DAYS), hours, v, text);
    }

    private static void put(Double[][] v, String[][] text, int d, int h, Cell c) {
        v[d][h] = c.withheld() ? null : c.number();
        text[d][h] = c.text();
    }

    private static int hour(String s) {
        String x = s.strip();
        int colon = x.indexOf(':');
        if (colon > 0) x = x.substring(0, colon);
        try {
            int h = Integer.parseInt(x);
            return h >= 0 && h < 24 ? h : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int day(String s) {
        String x = s.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < 7; i++) if (x.startsWith(DAYS[i].toLowerCase(Locale.ROOT))) return i;
        return -1;
    }

    private static String bars(ShownTable t, List<String> periods, String valueColumn, String highlight) {
        int key = Series.keyColumn(t);
        if (key < 0) return null;
        List<BarChart.Bar> bars = new ArrayList<>();
        Double reference = null;
        String refLabel = null;
        String latest = periods.get(periods.size() - 1);
        int vc = valueColumn == null ? -1 : t.indexOf(valueColumn) >= 0 ? t.indexOf(valueColumn) : t.indexOf(valueColumn + "_" + Pivot.slug(latest));
        String what;
        if (vc >= 0 && Series.periodColumn(t) < 0) {
            String label0 = t.columns().get(vc).label();
            what = label0.contains(": ") ? label0.substring(0, label0.indexOf(": ")) + ", " + latest : label0;
            for (List<Cell> row : t.rows()) {
                Cell c = row.get(vc);
                String label = row.get(key).text();
                if (DisclosureControl.isTotalLabel(label)) {
                    if (t.columns().get(vc).kind() == Column.Kind.RATE && !c.withheld()) {
                        reference = c.number();
                        refLabel = "Partnership " + c.text();
                    }
                    continue;
                }
                bars.add(new BarChart.Bar(label, c.withheld() ? null : c.number(), c.text(), matches(label, highlight)));
            }
        } else {
            what = latest;
            for (String label : Series.labels(t)) {
                List<Series.Point> pts = Series.row(t, periods, label, null);
                if (pts.isEmpty()) return null;
                Cell c = pts.get(pts.size() - 1).cell();
                bars.add(new BarChart.Bar(label, c.withheld() ? null : c.number(), c.text(), matches(label, highlight)));
            }
        }
        if (bars.size() < 2) return null;
        bars.sort((a, b) -> Double.compare(b.value() == null ? -1 : b.value(), a.value() == null ? -1 : a.value()));
        return BarChart.horizontal(t.title() + " (" + what + ")", bars, reference, refLabel);
    }

    private static boolean matches(String label, String highlight) {
        return highlight != null && label.equalsIgnoreCase(highlight);
    }

    private static String periodBars(ShownTable t, List<String> periods) {
        List<String> labels = Series.labels(t);
        if (labels.size() < 2) return null;
        List<BarChart.Series> series = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            List<Double> values = new ArrayList<>();
            for (String label : labels) {
                List<Series.Point> pts = Series.row(t, periods, label, null);
                if (pts.isEmpty()) return null;
                Cell c = pts.get(i).cell();
                values.add(c.withheld() ? null : c.number());
            }
            series.add(new BarChart.Series(periods.get(i), values));
        }
        return BarChart.grouped(t.title(), labels, series, null);
    }
}
