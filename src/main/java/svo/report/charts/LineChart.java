package svo.report.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * A line chart with a marker on every point: one or more series over the same categories (months, years). Series
 * differ by colour, marker shape and dash pattern, so they read in greyscale; the highest and lowest points of
 * the first series are labelled with their values. A null value (withheld, or no data) breaks the line.
 *
 * <pre>
 * String svg = LineChart.svg("Serious violence by month", months, List.of(new LineChart.Series("All", counts)), "Offences");
 * </pre>
 */
public final class LineChart {
    private static final double WIDTH = 640, HEIGHT = 250, LEFT = 52, RIGHT = 16, BOTTOM = 40;

    /** One line. */
    public record Series(String name, List<Double> values) {}

    private LineChart() {}

    public static String svg(String title, List<String> categories, List<Series> series, String yLabel) {
        double top = series.size() > 1 ? 34 : 18;
        double plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - top - BOTTOM;
        double max = 0;
        for (Series s : series) for (Double v : s.values()) if (v != null) max = Math.max(max, v);
        Axis axis = Axis.of(max);
        int n = categories.size();
        double step = n > 1 ? plotW / (n - 1) : 0;
        Svg svg = new Svg(WIDTH, HEIGHT, title, describe(title, categories, series));

        for (double v = 0; v <= axis.max() + 1e-9; v += axis.step()) {
            double y = top + plotH - v / axis.max() * plotH;
            svg.line(LEFT, y, LEFT + plotW, y, v == 0 ? Palette.AXIS : Palette.GRID, v == 0 ? 1 : 0.6, null);
            svg.text(LEFT - 6, y + 3.5, Axis.label(v), "end", "fill=\"" + Palette.AXIS + "\"");
        }
        if (yLabel != null) {
            svg.text(12, top + plotH / 2, yLabel, "middle",
                    "transform=\"rotate(-90 12 " + Svg.n(top + plotH / 2) + ")\" fill=\"" + Palette.AXIS + "\"");
        }
        int longest = categories.stream().mapToInt(String::length).max().orElse(1);
        double room = (longest * 5.6 + 10) / Math.max(1e-9, step);
        int every = Math.max(1, (int) Math.ceil(n > 1 ? room : 1));
        for (int i = 0; i < n; i += every) {
            double x = LEFT + i * step;
            svg.line(x, top + plotH, x, top + plotH + 4, Palette.AXIS, 1, null);
            svg.text(x, top + plotH + 16, categories.get(i), "middle", "fill=\"" + Palette.AXIS + "\" font-size=\"10\"");
        }

        for (int s = 0; s < series.size(); s++) {
            Series ser = series.get(s);
            String colour = series.size() == 1 ? Palette.INK : Palette.categorical(s);
            String dash = Palette.DASHES[s % Palette.DASHES.length];
            StringBuilder d = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < n && i < ser.values().size(); i++) {
                Double v = ser.values().get(i);
                if (v == null) {
                    pen = false;
                    continue;
                }
                d.append(pen ? " L" : " M").append(Svg.n(LEFT + i * step)).append(' ').append(Svg.n(y(v, top, plotH, axis)));
                pen = true;
            }
            if (d.length() > 0) {
                svg.path(d.toString().strip(), colour, 2, "none", dash == null ? null : "stroke-dasharray=\"" + dash + "\"");
            }
            for (int i = 0; i < n && i < ser.values().size(); i++) {
                Double v = ser.values().get(i);
                if (v != null) svg.raw(Markers.marker(s, LEFT + i * step, y(v, top, plotH, axis), n > 40 ? 2.2 : 3.2, colour));
            }
        }
        if (!series.isEmpty()) annotateExtremes(svg, series.get(0), categories, top, plotH, step, axis);
        if (series.size() > 1) legend(svg, series);
        return svg.end();
    }

    private static double y(double v, double top, double plotH, Axis axis) {
        return top + plotH - v / axis.max() * plotH;
    }

    private static void annotateExtremes(Svg svg, Series s, List<String> categories, double top, double plotH, double step, Axis axis) {
        int hi = -1, lo = -1;
        for (int i = 0; i < s.values().size(); i++) {
            Double v = s.values().get(i);
            if (v == null) continue;
            if (hi < 0 || v > s.values().get(hi)) hi = i;
            if (lo < 0 || v < s.values().get(lo)) lo = i;
        }
        if (hi < 0 || hi == lo) return;
        double xh = LEFT + hi * step, yh = y(s.values().get(hi), top, plotH, axis);
        svg.text(xh, yh - 8, "Peak " + Axis.label(s.values().get(hi)) + " (" + categories.get(hi) + ")", anchor(hi, categories.size()),
                "font-weight=\"bold\" fill=\"#1a1a1a\" font-size=\"10\"");
        double xl = LEFT + lo * step, yl = y(s.values().get(lo), top, plotH, axis);
        svg.text(xl, Math.min(yl + 16, top + plotH - 3), "Low " + Axis.label(s.values().get(lo)) + " (" + categories.get(lo) + ")",
                anchor(lo, categories.size()), "fill=\"#1a1a1a\" font-size=\"10\"");
    }

    private static String anchor(int i, int n) {
        if (i < n * 0.15) return "start";
        if (i > n * 0.85) return "end";
        return "middle";
    }

    private static void legend(Svg svg, List<Series> series) {
        double x = LEFT;
        for (int s = 0; s < series.size(); s++) {
            String colour = Palette.categorical(s);
            String dash = Palette.DASHES[s % Palette.DASHES.length];
            svg.line(x, 12, x + 24, 12, colour, 2, dash == null ? null : "stroke-dasharray=\"" + dash + "\"");
            svg.raw(Markers.marker(s, x + 12, 12, 3.2, colour));
            svg.text(x + 30, 16, series.get(s).name(), null, null);
            x += 40 + series.get(s).name().length() * 6.2;
        }
    }

    private static String describe(String title, List<String> categories, List<Series> series) {
        List<String> parts = new ArrayList<>();
        for (Series s : series) {
            Double first = null, last = null;
            for (Double v : s.values()) if (v != null) {
                if (first == null) first = v;
                last = v;
            }
            if (first != null) parts.add(s.name() + " from " + Axis.label(first) + " to " + Axis.label(last));
        }
        String span = categories.isEmpty() ? "" : " (" + categories.get(0) + " to " + categories.get(categories.size() - 1) + ")";
        return title + span + ": " + String.join("; ", parts) + ".";
    }
}
