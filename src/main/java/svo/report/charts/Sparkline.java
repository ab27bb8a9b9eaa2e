package svo.report.charts;

import java.util.List;

/**
 * A word-sized line beside a table row showing its trend across the periods, the last point marked. Withheld
 * values break the line.
 */
public final class Sparkline {
    private static final double W = 64, H = 16, PAD = 2.5;

    private Sparkline() {}

    public static String svg(List<Double> values, String label) {
        Svg svg = Svg.bare(W, H, label);
        double max = Double.NEGATIVE_INFINITY, min = Double.POSITIVE_INFINITY;
        int last = -1;
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null) continue;
            max = Math.max(max, v);
            min = Math.min(min, v);
            last = i;
        }
        if (last < 0) return svg.end();
        double span = max - min;
        double step = values.size() > 1 ? (W - 2 * PAD) / (values.size() - 1) : 0;
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null) {
                pen = false;
                continue;
            }
            double y = span == 0 ? H / 2 : H - PAD - (v - min) / span * (H - 2 * PAD);
            d.append(pen ? " L" : " M").append(Svg.n(PAD + i * step)).append(' ').append(Svg.n(y));
            pen = true;
        }
        svg.path(d.toString().strip(), Palette.INK, 1.4, "none", "stroke-linejoin=\"round\"");
        double ly = span == 0 ? H / 2 : H - PAD - (values.get(last) - min) / span * (H - 2 * PAD);
        svg.raw("<circle cx=\"" + Svg.n(PAD + last * step) + "\" cy=\"" + Svg.n(ly) + "\" r=\"2.2\" fill=\"" + Palette.HIGHLIGHT + "\"/>");
        return svg.end();
    }
}
