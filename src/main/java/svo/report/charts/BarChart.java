package svo.report.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Bar charts: horizontal bars with their value printed at the end (districts, offence types), optionally one bar
 * highlighted (this district, in a contrasting colour and bold label) and a dashed reference line (the
 * partnership average); and vertical grouped bars for a few series over categories (victims by age group and
 * year), shaded light to dark with dark outlines so the years read in greyscale.
 */
public final class BarChart {
    private BarChart() {}

    /** One bar: its label, its length (null when withheld), the text printed beside it. */
    public record Bar(String label, Double value, String text, boolean highlight) {}

    /** One series of grouped bars. */
    public record Series(String name, List<Double> values) {}

    public static String horizontal(String title, List<Bar> bars, Double reference, String referenceLabel) {
        double labelW = 0;
        for (Bar b : bars) labelW = Math.max(labelW, b.label().length() * 6.0);
        labelW = Math.min(200, Math.max(60, labelW + 8));
        double width = 640, top = reference != null ? 22 : 8, barH = 16, gap = 5;
        double plotW = width - labelW - 70;
        double height = top + bars.size() * (barH + gap) + 8;
        double max = reference == null ? 0 : reference;
        for (Bar b : bars) if (b.value() != null) max = Math.max(max, b.value());
        if (max <= 0) max = 1;
        Svg svg = new Svg(width, height, title, describe(title, bars));
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = top + i * (barH + gap);
            String weight = b.highlight() ? " font-weight=\"bold\"" : "";
            svg.text(labelW - 6, y + barH / 2 + 4, b.label(), "end", "fill=\"#1a1a1a\"" + weight);
            if (b.value() == null) {
                svg.text(labelW + 4, y + barH / 2 + 4, b.text(), "start", "fill=\"#555555\"");
                continue;
            }
            double w = b.value() / max * plotW;
            svg.rect(labelW, y, w, barH, b.highlight() ? Palette.HIGHLIGHT : Palette.INK, null);
            svg.text(labelW + w + 4, y + barH / 2 + 4, b.text(), "start", "fill=\"#1a1a1a\"" + weight);
        }
        if (reference != null) {
            double x = labelW + reference / max * plotW;
            svg.line(x, top - 6, x, height - 4, "#1a1a1a", 1.2, "stroke-dasharray=\"4 3\"");
            svg.text(x, top - 9, referenceLabel, x > width - 160 ? "end" : "middle", "font-size=\"10\" fill=\"#1a1a1a\"");
        }
        return svg.end();
    }

    public static String grouped(String title, List<String> categories, List<Series> series, String yLabel) {
        double width = 640, height = 250, left = 52, right = 12, top = 30, bottom = 36;
        double plotW = width - left - right, plotH = height - top - bottom;
        double max = 0;
        for (Series s : series) for (Double v : s.values()) if (v != null) max = Math.max(max, v);
        Axis axis = Axis.of(max);
        Svg svg = new Svg(width, height, title, title + ": " + categories.size() + " groups, " + series.size() + " series.");
        for (double v = 0; v <= axis.max() + 1e-9; v += axis.step()) {
            double y = top + plotH - v / axis.max() * plotH;
            svg.line(left, y, left + plotW, y, v == 0 ? Palette.AXIS : Palette.GRID, v == 0 ? 1 : 0.6, null);
            svg.text(left - 6, y + 3.5, Axis.label(v), "end", "fill=\"" + Palette.AXIS + "\"");
        }
        if (yLabel != null) {
            svg.text(12, top + plotH / 2, yLabel, "middle", "transform=\"rotate(-90 12 " + Svg.n(top + plotH / 2) + ")\" fill=\"" + Palette.AXIS + "\"");
        }
        int n = categories.size(), k = Math.max(1, series.size());
        double groupW = plotW / Math.max(1, n), barW = Math.min(18, groupW * 0.8 / k);
        for (int c = 0; c < n; c++) {
            double gx = left + c * groupW + (groupW - barW * k) / 2;
            for (int s = 0; s < series.size(); s++) {
                Double v = c < series.get(s).values().size() ? series.get(s).values().get(c) : null;
                if (v == null) continue;
                double h = v / axis.max() * plotH;
                svg.rect(gx + s * barW, top + plotH - h, barW - 1, h, shade(s, k), "stroke=\"#08306b\" stroke-width=\"0.6\"");
            }
            svg.text(left + c * groupW + groupW / 2, top + plotH + 14, categories.get(c), "middle", "font-size=\"9.5\" fill=\"" + Palette.AXIS + "\"");
        }
        double x = left;
        for (int s = 0; s < series.size(); s++) {
            svg.rect(x, 8, 14, 10, shade(s, k), "stroke=\"#08306b\" stroke-width=\"0.6\"");
            svg.text(x + 18, 17, series.get(s).name(), null, null);
            x += 32 + series.get(s).name().length() * 6.2;
        }
        return svg.end();
    }

    /** Light to dark: the latest series is the darkest. */
    private static String shade(int s, int k) {
        if (k == 1) return Palette.INK;
        return Palette.sequential(0.25 + 0.75 * s / (k - 1));
    }

    private static String describe(String title, List<Bar> bars) {
        List<String> parts = new ArrayList<>();
        for (Bar b : bars) parts.add(b.label() + " " + b.text());
        return title + ": " + String.join(", ", parts) + ".";
    }
}
