package svo.report.charts;

import java.util.Locale;

/**
 * A small writer of SVG markup: well-formed XML (so the same chart sits inside XHTML for the browser and for the
 * PDF renderer), text escaped, coordinates rounded to a tenth of a pixel.
 */
final class Svg {
    static final String FONT = "Liberation Sans, Arial, Helvetica, sans-serif";
    private final StringBuilder sb = new StringBuilder(4096);

    Svg(double width, double height, String title, String description) {
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\" font-family=\"").append(FONT).append("\" font-size=\"11\">");
        sb.append("<title>").append(esc(title)).append("</title>");
        if (description != null && !description.isBlank()) sb.append("<desc>").append(esc(description)).append("</desc>");
    }

    /** Tiny charts (sparklines) carry no title element: the row they sit in says what they show. */
    static Svg bare(double width, double height, String label) {
        Svg s = new Svg();
        s.sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spark\" role=\"img\" aria-label=\"").append(esc(label))
                .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ")
                .append(n(width)).append(' ').append(n(height)).append("\">");
        return s;
    }

    private Svg() {}

    Svg raw(String markup) {
        sb.append(markup);
        return this;
    }

    Svg rect(double x, double y, double w, double h, String fill, String extra) {
        sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(Math.max(0, w)))
                .append("\" height=\"").append(n(Math.max(0, h))).append("\" fill=\"").append(fill).append('"');
        if (extra != null) sb.append(' ').append(extra);
        sb.append("/>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String extra) {
        sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(n(width)).append('"');
        if (extra != null) sb.append(' ').append(extra);
        sb.append("/>");
        return this;
    }

    Svg text(double x, double y, String text, String anchor, String extra) {
        sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
        if (anchor != null) sb.append(" text-anchor=\"").append(anchor).append('"');
        if (extra != null) sb.append(' ').append(extra);
        sb.append('>').append(esc(text)).append("</text>");
        return this;
    }

    Svg path(String d, String stroke, double width, String fill, String extra) {
        sb.append("<path d=\"").append(d).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width))
                .append("\" fill=\"").append(fill).append('"');
        if (extra != null) sb.append(' ').append(extra);
        sb.append("/>");
        return this;
    }

    String end() {
        sb.append("</svg>");
        return sb.toString();
    }

    /** A coordinate with at most one decimal, locale-independent. */
    static String n(double v) {
        double r = Math.round(v * 10) / 10.0;
        if (r == Math.rint(r)) return Long.toString((long) r);
        return String.format(Locale.ROOT, "%.1f", r);
    }

    /** XML text and attribute escaping. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') continue;
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
