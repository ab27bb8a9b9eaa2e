package svo.delivery.board;

import java.util.List;
import java.util.Locale;

/**
 * A word-sized SVG line of an indicator's rolling 12-month value at the last eight quarter-ends, the latest point
 * marked. Missing values break the line. Presentation attributes only (no inline style), so the web's content
 * security policy and the PDF's SVG drawer both take it.
 */
public final class Sparkline {
    private static final double W = 84, H = 20, PAD = 3;

    private Sparkline() {}

    /** The SVG markup; {@code label} is its accessible name. */
    public static String svg(List<Double> values, String label) {
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(W)).append("\" height=\"").append(n(H))
                .append("\" viewBox=\"0 0 ").append(n(W)).append(' ').append(n(H)).append("\" role=\"img\" aria-label=\"")
                .append(BoardHtml.escape(label)).append("\">");
        double max = Double.NEGATIVE_INFINITY, min = Double.POSITIVE_INFINITY;
        int last = -1;
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null) continue;
            max = Math.max(max, v);
            min = Math.min(min, v);
            last = i;
        }
        if (last >= 0) {
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
                d.append(pen ? " L" : " M").append(n(PAD + i * step)).append(' ').append(n(y(v, min, span)));
                pen = true;
            }
            sb.append("<path d=\"").append(d.toString().strip()).append("\" fill=\"none\" stroke=\"#1d3557\" stroke-width=\"1.5\" "
                    + "stroke-linejoin=\"round\" stroke-linecap=\"round\"/>");
            sb.append("<circle cx=\"").append(n(PAD + last * step)).append("\" cy=\"").append(n(y(values.get(last), min, span)))
                    .append("\" r=\"2.4\" fill=\"#e63946\"/>");
        }
        return sb.append("</svg>").toString();
    }

    private static double y(double v, double min, double span) {
        return span == 0 ? H / 2 : H - PAD - (v - min) / span * (H - 2 * PAD);
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
