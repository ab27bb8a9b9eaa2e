package svo.report.charts;

import java.util.List;

/**
 * A grid of counts (day of week by hour of day) shaded on a single-hue ramp whose lightness follows the value,
 * with the value printed in every cell, so it reads in greyscale and without colour vision at all. Withheld cells
 * are pale grey and print their mark ("&lt;5").
 *
 * <pre>
 * String svg = Heatmap.svg("Serious violence by hour and day", days, hours, values, texts);
 * </pre>
 */
public final class Heatmap {
    private Heatmap() {}

    /**
     * @param values the shade of each cell (null for a withheld cell), rows by columns
     * @param texts  what each cell prints
     */
    public static String svg(String title, List<String> rowLabels, List<String> colLabels, Double[][] values, String[][] texts) {
        int rows = rowLabels.size(), cols = colLabels.size();
        double left = 40, top = 22, cellW = Math.min(34, (640 - left - 10) / Math.max(1, cols)), cellH = 21;
        double width = left + cols * cellW + 10, height = top + rows * cellH + 44;
        double max = 0, min = Double.MAX_VALUE;
        for (Double[] r : values) for (Double v : r) if (v != null) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        if (min == Double.MAX_VALUE) min = 0;
        Svg svg = new Svg(width, height, title, title + ": " + rows + " rows by " + cols + " columns; darker is more"
                + (max > 0 ? ", highest " + Axis.label(max) : "") + ".");
        for (int c = 0; c < cols; c++) {
            svg.text(left + c * cellW + cellW / 2, top - 7, colLabels.get(c), "middle", "font-size=\"9\" fill=\"" + Palette.AXIS + "\"");
        }
        boolean anyWithheld = false;
        for (int r = 0; r < rows; r++) {
            double y = top + r * cellH;
            svg.text(left - 6, y + cellH / 2 + 3.5, rowLabels.get(r), "end", "font-size=\"10\" fill=\"" + Palette.AXIS + "\"");
            for (int c = 0; c < cols; c++) {
                double x = left + c * cellW;
                Double v = values[r][c];
                String text = texts[r][c] == null ? "" : texts[r][c];
                if (v == null) {
                    anyWithheld |= !text.isEmpty();
                    svg.rect(x, y, cellW, cellH, Palette.WITHHELD, "stroke=\"#ffffff\" stroke-width=\"1\"");
                    svg.text(x + cellW / 2, y + cellH / 2 + 3, text, "middle", "font-size=\"8\" fill=\"#555555\"");
                    continue;
                }
                double t = max > min ? (v - min) / (max - min) : 0.5;
                svg.rect(x, y, cellW, cellH, Palette.sequential(t), "stroke=\"#ffffff\" stroke-width=\"1\"");
                svg.text(x + cellW / 2, y + cellH / 2 + 3, text, "middle",
                        "font-size=\"" + (text.length() > 3 ? 7.5 : 8.5) + "\" fill=\"" + (Palette.dark(t) ? "#ffffff" : "#1a1a1a") + "\"");
            }
        }
        double ly = top + rows * cellH + 14;
        svg.text(left, ly + 10, "Fewer", "start", "font-size=\"9\" fill=\"" + Palette.AXIS + "\"");
        for (int i = 0; i < Palette.SEQUENTIAL.length; i++) {
            svg.rect(left + 34 + i * 16, ly, 16, 12, Palette.SEQUENTIAL[i], "stroke=\"#bbbbbb\" stroke-width=\"0.5\"");
        }
        svg.text(left + 34 + Palette.SEQUENTIAL.length * 16 + 4, ly + 10, "More", "start", "font-size=\"9\" fill=\"" + Palette.AXIS + "\"");
        if (anyWithheld) {
            double wx = left + 34 + Palette.SEQUENTIAL.length * 16 + 44;
            svg.rect(wx, ly, 16, 12, Palette.WITHHELD, "stroke=\"#bbbbbb\" stroke-width=\"0.5\"");
            svg.text(wx + 20, ly + 10, "withheld (small number)", "start", "font-size=\"9\" fill=\"" + Palette.AXIS + "\"");
        }
        return svg.end();
    }
}
