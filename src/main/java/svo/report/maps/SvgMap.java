package svo.report.maps;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A static map as an SVG string, drawn from geometries in British National Grid metres (EPSG:27700): a
 * choropleth of areas, hot spot grid cells coloured by Getis–Ord bin, points with buffers, outlines on top, a
 * classed legend, a scale bar, an optional north arrow and the attribution the boundary licence requires. No
 * map tiles, fonts or scripts are fetched: the SVG stands alone, for the web application and the PDF.
 *
 * <pre>
 * String svg = SvgMap.builder("Serious violence per 1,000 population, 2024/25")
 *         .choropleth(regions, "Per 1,000", ClassBreaks.quantiles(values, 5))
 *         .outlines(districts)
 *         .toSvg();
 * </pre>
 *
 * Geometry is simplified with JTS {@link TopologyPreservingSimplifier} to half a pixel at the drawn scale, so a
 * map of several hundred LSOAs stays small; coordinates are written to 0.1 px.
 */
public final class SvgMap {
    /** The attribution the boundary files' licence requires (OS / ONS, via martinjc/UK-GeoJSON; SOURCES.md §2). */
    public static final String BOUNDARY_ATTRIBUTION = "Contains Ordnance Survey, Office of National Statistics, National Records Scotland"
            + " and LPS Intellectual Property data © Crown copyright and database right 2016. Open Government Licence v3.0;"
            + " OS OpenData Licence. Boundaries: martinjc/UK-GeoJSON (CC BY 4.0).";
    /** Attribution for police.uk open data. */
    public static final String POLICE_UK_ATTRIBUTION = "Crime data: data.police.uk, Open Government Licence v3.0.";

    private static final int LEGEND_WIDTH = 210;
    private static final int MARGIN = 16;
    private static final int TITLE_HEIGHT = 34;
    private static final double ATTRIBUTION_SIZE = 9.5;

    /** An area with a value (null = no data). */
    public record Region(String code, String label, Geometry geometry, Double value) {}

    /** A grid cell (its square) and its Gi* bin. */
    public record Cell(Geometry square, int bin) {}

    /** A point with a label (a school), drawn with an optional buffer ring. */
    public record Marker(double x, double y, String label) {}

    private final String title;
    private final int width;
    private final int height;
    private final List<Layer> layers;
    private final List<String> legend;
    private final List<String> attribution;
    private final boolean northArrow;
    private final Envelope extent;

    private sealed interface Layer permits Choropleth, GiAreas, Cells, Markers, Outlines, Dots {}

    private record Choropleth(List<Region> regions, String legendTitle, ClassBreaks classes, String[] colours) implements Layer {}

    private record Cells(List<Cell> cells, String legendTitle) implements Layer {}

    private record GiAreas(List<Region> regions, String legendTitle) implements Layer {}

    private record Markers(List<Marker> markers, double bufferMetres, String legendTitle) implements Layer {}

    private record Outlines(List<Geometry> geometries) implements Layer {}

    private record Dots(List<Coordinate> points, String colour, String legendTitle) implements Layer {}

    private SvgMap(Builder b) {
        this.title = b.title;
        this.width = b.width;
        this.height = b.height;
        this.layers = List.copyOf(b.layers);
        this.legend = List.copyOf(b.legendNotes);
        this.attribution = List.copyOf(b.attribution);
        this.northArrow = b.northArrow;
        this.extent = b.extent;
    }

    /** Starts a map with a title. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Collects layers, in drawing order. */
    public static final class Builder {
        private final String title;
        private int width = 900;
        private int height = 700;
        private final List<Layer> layers = new ArrayList<>();
        private final List<String> legendNotes = new ArrayList<>();
        private final List<String> attribution = new ArrayList<>(List.of(BOUNDARY_ATTRIBUTION));
        private boolean northArrow = true;
        private Envelope extent;

        private Builder(String title) {
            this.title = title;
        }

        public Builder size(int width, int height) {
            if (width < 300 || height < 200) throw new IllegalArgumentException("a map needs at least 300 × 200 px");
            this.width = width;
            this.height = height;
            return this;
        }

        /** Areas filled by class of their value, with a classed legend. */
        public Builder choropleth(List<Region> regions, String legendTitle, ClassBreaks classes) {
            layers.add(new Choropleth(List.copyOf(regions), legendTitle, classes, Palettes.sequential(Math.min(7, classes.classes()))));
            return this;
        }

        /** Areas filled by Getis–Ord bin: each region's value is its bin, −3…3. */
        public Builder giChoropleth(List<Region> regions, String legendTitle) {
            layers.add(new GiAreas(List.copyOf(regions), legendTitle));
            return this;
        }

        /** Grid cells filled by Getis–Ord bin (only cells with a non-zero bin are drawn). */
        public Builder hotSpotCells(List<Cell> cells, String legendTitle) {
            layers.add(new Cells(List.copyOf(cells), legendTitle));
            return this;
        }

        /** Labelled points with a ring of {@code bufferMetres} around each (0 for none). */
        public Builder markers(List<Marker> markers, double bufferMetres, String legendTitle) {
            layers.add(new Markers(List.copyOf(markers), bufferMetres, legendTitle));
            return this;
        }

        /** Small dots (offences), in one colour. */
        public Builder dots(List<Coordinate> points, String colour, String legendTitle) {
            layers.add(new Dots(List.copyOf(points), colour, legendTitle));
            return this;
        }

        /** Boundary lines drawn over everything else (districts). */
        public Builder outlines(List<Geometry> geometries) {
            layers.add(new Outlines(List.copyOf(geometries)));
            return this;
        }

        /** A line printed under the legend (the period, the definition, a caveat). */
        public Builder note(String text) {
            legendNotes.add(text);
            return this;
        }

        /** Adds an attribution line (the boundary attribution is always there). */
        public Builder attribution(String line) {
            if (!attribution.contains(line)) attribution.add(line);
            return this;
        }

        public Builder northArrow(boolean show) {
            northArrow = show;
            return this;
        }

        /** The ground area to show (default: everything drawn). */
        public Builder extent(Envelope e) {
            extent = e;
            return this;
        }

        public SvgMap build() {
            return new SvgMap(this);
        }

        public String toSvg() {
            return build().toSvg();
        }
    }

    /** The map as a standalone SVG document. */
    public String toSvg() {
        Envelope env = extent != null ? extent : dataExtent();
        if (env.isNull()) env = new Envelope(0, 1000, 0, 1000);
        double mapW = width - LEGEND_WIDTH - 3 * MARGIN;
        int attributionLines = 0;
        for (String a : attribution) attributionLines += wrap(a, width - 2 * MARGIN, ATTRIBUTION_SIZE).size();
        double footer = 30 + attributionLines * ATTRIBUTION_SIZE * 1.25;
        double mapH = height - TITLE_HEIGHT - footer - 2 * MARGIN;
        double scale = Math.min(mapW / Math.max(env.getWidth(), 1), mapH / Math.max(env.getHeight(), 1));
        double ox = MARGIN + (mapW - env.getWidth() * scale) / 2;
        double oy = TITLE_HEIGHT + MARGIN + (mapH - env.getHeight() * scale) / 2;
        Transform t = new Transform(env.getMinX(), env.getMaxY(), scale, ox, oy);
        double tolerance = 0.5 / scale;

        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" font-family=\"Helvetica, Arial, sans-serif\">%n",
                width, height, width, height, esc(title)));
        svg.append("<title>").append(esc(title)).append("</title>\n");
        svg.append("<defs><pattern id=\"cold-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"6\" height=\"6\" fill=\"none\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ffffff\" stroke-width=\"2\"/></pattern>"
                + "<clipPath id=\"map-area\"><rect x=\"" + MARGIN + "\" y=\"" + (TITLE_HEIGHT + MARGIN) + "\" width=\"" + fmt(mapW) + "\" height=\"" + fmt(mapH) + "\"/></clipPath></defs>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"17\" font-weight=\"bold\" fill=\"#222222\">%s</text>%n", MARGIN, 24, esc(title)));
        svg.append("<g clip-path=\"url(#map-area)\">\n");
        for (Layer layer : layers) drawLayer(svg, layer, t, tolerance);
        svg.append("</g>\n");
        double legendX = width - LEGEND_WIDTH - MARGIN;
        double y = TITLE_HEIGHT + MARGIN + 4;
        for (Layer layer : layers) y = drawLegend(svg, layer, legendX, y);
        for (String n : legend) y = wrapText(svg, n, legendX, y + 4 + 11 * 0.8, LEGEND_WIDTH, 11, "#444444");
        drawScaleBar(svg, scale, MARGIN, height - footer + 6);
        if (northArrow) drawNorthArrow(svg, MARGIN + mapW - 24, TITLE_HEIGHT + MARGIN + 8);
        double fy = height - footer + 24;
        for (String a : attribution) fy = wrapText(svg, a, MARGIN, fy + ATTRIBUTION_SIZE * 0.85, width - 2 * MARGIN, ATTRIBUTION_SIZE, "#555555");
        svg.append("</svg>\n");
        return svg.toString();
    }

    private Envelope dataExtent() {
        Envelope e = new Envelope();
        for (Layer l : layers) {
            if (l instanceof Choropleth c) {
                c.regions().forEach(r -> e.expandToInclude(r.geometry().getEnvelopeInternal()));
            } else if (l instanceof GiAreas c) {
                c.regions().forEach(r -> e.expandToInclude(r.geometry().getEnvelopeInternal()));
            } else if (l instanceof Cells c) {
                c.cells().forEach(x -> e.expandToInclude(x.square().getEnvelopeInternal()));
            } else if (l instanceof Markers m) {
                m.markers().forEach(p -> {
                    e.expandToInclude(p.x() - m.bufferMetres(), p.y() - m.bufferMetres());
                    e.expandToInclude(p.x() + m.bufferMetres(), p.y() + m.bufferMetres());
                });
            } else if (l instanceof Outlines o) {
                o.geometries().forEach(g -> e.expandToInclude(g.getEnvelopeInternal()));
            } else if (l instanceof Dots d) {
                d.points().forEach(e::expandToInclude);
            }
        }
        return e;
    }

    private static void drawLayer(StringBuilder svg, Layer layer, Transform t, double tolerance) {
        if (layer instanceof Choropleth c) {
            svg.append("<g class=\"choropleth\" stroke=\"#ffffff\" stroke-width=\"0.4\" fill-rule=\"evenodd\">\n");
            for (Region r : c.regions()) {
                int k = r.value() == null ? -1 : c.classes().classOf(r.value());
                String fill = k < 0 ? Palettes.NO_DATA : c.colours()[Math.min(k, c.colours().length - 1)];
                svg.append("<path fill=\"").append(fill).append("\" d=\"");
                path(svg, TopologyPreservingSimplifier.simplify(r.geometry(), tolerance), t);
                svg.append("\"><title>").append(esc(r.label())).append(": ")
                        .append(r.value() == null ? "no data" : esc(c.classes().format(r.value()))).append("</title></path>\n");
            }
            svg.append("</g>\n");
        } else if (layer instanceof GiAreas c) {
            svg.append("<g class=\"hot-spot-areas\" stroke=\"#ffffff\" stroke-width=\"0.4\" fill-rule=\"evenodd\">\n");
            for (Region r : c.regions()) {
                int bin = r.value() == null ? 0 : (int) Math.round(r.value());
                StringBuilder d = new StringBuilder();
                path(d, TopologyPreservingSimplifier.simplify(r.geometry(), tolerance), t);
                svg.append("<path fill=\"").append(Palettes.giBin(bin)).append("\" d=\"").append(d).append("\"><title>")
                        .append(esc(r.label())).append("</title></path>\n");
                if (bin < 0) svg.append("<path fill=\"url(#cold-hatch)\" stroke=\"none\" d=\"").append(d).append("\"/>\n");
            }
            svg.append("</g>\n");
        } else if (layer instanceof Cells c) {
            svg.append("<g class=\"hot-spots\" stroke=\"none\">\n");
            for (Cell cell : c.cells()) {
                if (cell.bin() == 0) continue;
                Envelope e = cell.square().getEnvelopeInternal();
                double x0 = t.x(e.getMinX()), y0 = t.y(e.getMaxY()), x1 = t.x(e.getMaxX()), y1 = t.y(e.getMinY());
                String rect = String.format(Locale.ROOT, "x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"", fmt(x0), fmt(y0), fmt(Math.max(x1 - x0, 0.3)), fmt(Math.max(y1 - y0, 0.3)));
                svg.append("<rect ").append(rect).append(" fill=\"").append(Palettes.giBin(cell.bin())).append("\"/>");
                if (cell.bin() < 0) svg.append("<rect ").append(rect).append(" fill=\"url(#cold-hatch)\"/>");
                svg.append('\n');
            }
            svg.append("</g>\n");
        } else if (layer instanceof Markers m) {
            svg.append("<g class=\"markers\">\n");
            double r = m.bufferMetres() * t.scale();
            for (Marker p : m.markers()) {
                if (m.bufferMetres() > 0) {
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"#6a51a3\" fill-opacity=\"0.12\" stroke=\"#6a51a3\" stroke-width=\"0.8\" stroke-dasharray=\"3 2\"/>",
                            fmt(t.x(p.x())), fmt(t.y(p.y())), fmt(r)));
                }
                svg.append(String.format(Locale.ROOT, "<path d=\"M%s %sl3 5h-6z\" fill=\"#3f007d\"><title>%s</title></path>%n",
                        fmt(t.x(p.x())), fmt(t.y(p.y()) - 3), esc(p.label())));
            }
            svg.append("</g>\n");
        } else if (layer instanceof Dots d) {
            svg.append("<g class=\"dots\" fill=\"").append(d.colour()).append("\" fill-opacity=\"0.8\">\n");
            for (Coordinate c : d.points()) svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"1.6\"/>", fmt(t.x(c.x)), fmt(t.y(c.y))));
            svg.append("\n</g>\n");
        } else if (layer instanceof Outlines o) {
            svg.append("<g class=\"outlines\" fill=\"none\" stroke=\"#252525\" stroke-width=\"1.1\">\n");
            for (Geometry g : o.geometries()) {
                svg.append("<path d=\"");
                path(svg, TopologyPreservingSimplifier.simplify(g, tolerance), t);
                svg.append("\"/>\n");
            }
            svg.append("</g>\n");
        }
    }

    private double drawLegend(StringBuilder svg, Layer layer, double x, double y) {
        if (layer instanceof Choropleth c) {
            y = legendTitle(svg, c.legendTitle(), x, y);
            for (int i = c.classes().classes() - 1; i >= 0; i--) {
                y = swatch(svg, x, y, c.colours()[Math.min(i, c.colours().length - 1)], null, c.classes().label(i));
            }
            boolean noData = c.regions().stream().anyMatch(r -> r.value() == null);
            if (noData) y = swatch(svg, x, y, Palettes.NO_DATA, null, "no data");
            return y + 8;
        } else if (layer instanceof Cells || layer instanceof GiAreas) {
            y = legendTitle(svg, layer instanceof Cells c ? c.legendTitle() : ((GiAreas) layer).legendTitle(), x, y);
            int[] bins = {3, 2, 1, -1, -2, -3};
            String[] labels = {"hot spot, 99% confidence", "hot spot, 95%", "hot spot, 90%", "cold spot, 90%", "cold spot, 95%", "cold spot, 99%"};
            for (int i = 0; i < bins.length; i++) y = swatch(svg, x, y, Palettes.giBin(bins[i]), bins[i] < 0 ? "url(#cold-hatch)" : null, labels[i]);
            return y + 8;
        } else if (layer instanceof Markers m) {
            y = legendTitle(svg, m.legendTitle(), x, y);
            svg.append(String.format(Locale.ROOT, "<path d=\"M%s %sl4 7h-8z\" fill=\"#3f007d\"/>", fmt(x + 8), fmt(y + 2)));
            text(svg, x + 22, y + 10, "school", 11);
            y += 16;
            if (m.bufferMetres() > 0) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"6\" fill=\"#6a51a3\" fill-opacity=\"0.12\" stroke=\"#6a51a3\" stroke-dasharray=\"3 2\"/>",
                        fmt(x + 8), fmt(y + 6)));
                text(svg, x + 22, y + 10, "within " + ClassBreaks.of(0).format(m.bufferMetres()) + " m", 11);
                y += 16;
            }
            return y + 8;
        } else if (layer instanceof Dots d) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"%s\"/>", fmt(x + 8), fmt(y + 6), d.colour()));
            return wrapText(svg, d.legendTitle(), x + 22, y + 10, LEGEND_WIDTH - 22, 11, "#222222") + 8;
        }
        return y;
    }

    private static double legendTitle(StringBuilder svg, String title, double x, double y) {
        return wrapText(svg, title, x, y + 10, LEGEND_WIDTH, 12, "#222222") + 2;
    }

    private static double swatch(StringBuilder svg, double x, double y, String fill, String pattern, String label) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"16\" height=\"12\" fill=\"%s\" stroke=\"#888888\" stroke-width=\"0.5\"/>", fmt(x), fmt(y), fill));
        if (pattern != null) svg.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"16\" height=\"12\" fill=\"%s\"/>", fmt(x), fmt(y), pattern));
        return text(svg, x + 22, y + 10, label, 11) + 4;
    }

    private static double text(StringBuilder svg, double x, double y, String s, double size) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" font-size=\"%s\" fill=\"#222222\">%s</text>%n", fmt(x), fmt(y), fmt(size), esc(s)));
        return y;
    }

    /** Splits text into lines of about {@code width} px (0.55 em a character). */
    private static List<String> wrap(String s, double width, double size) {
        int perLine = Math.max(10, (int) (width / (size * 0.55)));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    /** Writes wrapped text with its first baseline at {@code y}; returns the bottom of the block. */
    private static double wrapText(StringBuilder svg, String s, double x, double y, double width, double size, String colour) {
        List<String> lines = wrap(s, width, size);
        double yy = y;
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) yy += size * 1.25;
            svg.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" font-size=\"%s\" fill=\"%s\">%s</text>%n", fmt(x), fmt(yy), fmt(size), colour, esc(lines.get(i))));
        }
        return yy + size * 0.35;
    }

    private static void drawScaleBar(StringBuilder svg, double scale, double x, double y) {
        double targetMetres = 150 / scale;
        double nice = nice(targetMetres);
        double px = nice * scale;
        String label = nice >= 1000 ? ClassBreaks.of(nice % 1000 == 0 ? 0 : 1).format(nice / 1000) + " km" : ClassBreaks.of(0).format(nice) + " m";
        svg.append(String.format(Locale.ROOT, "<g class=\"scale-bar\"><rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"5\" fill=\"#252525\"/>"
                        + "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"5\" fill=\"#ffffff\" stroke=\"#252525\" stroke-width=\"0.8\"/>"
                        + "<text x=\"%s\" y=\"%s\" font-size=\"10\" fill=\"#222222\">0</text><text x=\"%s\" y=\"%s\" font-size=\"10\" fill=\"#222222\" text-anchor=\"end\">%s</text></g>%n",
                fmt(x), fmt(y), fmt(px / 2), fmt(x + px / 2), fmt(y), fmt(px / 2), fmt(x), fmt(y - 3), fmt(x + px), fmt(y - 3), esc(label)));
    }

    /** 1, 2 or 5 × 10^k not above v. */
    static double nice(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        double m = v / p;
        return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
    }

    private static void drawNorthArrow(StringBuilder svg, double x, double y) {
        svg.append(String.format(Locale.ROOT, "<g class=\"north-arrow\"><path d=\"M%s %sl7 20l-7 -5l-7 5z\" fill=\"#252525\"/>"
                + "<text x=\"%s\" y=\"%s\" font-size=\"11\" text-anchor=\"middle\" fill=\"#252525\">N</text></g>%n", fmt(x), fmt(y + 10), fmt(x), fmt(y + 8)));
    }

    private static void path(StringBuilder svg, Geometry g, Transform t) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                ring(svg, p.getExteriorRing(), t);
                for (int h = 0; h < p.getNumInteriorRing(); h++) ring(svg, p.getInteriorRingN(h), t);
            } else if (part instanceof LineString l) {
                line(svg, l, t, false);
            }
        }
    }

    private static void ring(StringBuilder svg, LineString ring, Transform t) {
        line(svg, ring, t, true);
    }

    private static void line(StringBuilder svg, LineString l, Transform t, boolean close) {
        Coordinate[] cs = l.getCoordinates();
        String lastX = null, lastY = null;
        for (int i = 0; i < cs.length; i++) {
            String x = fmt(t.x(cs[i].x)), y = fmt(t.y(cs[i].y));
            if (i > 0 && x.equals(lastX) && y.equals(lastY)) continue;
            svg.append(i == 0 ? 'M' : 'L').append(x).append(' ').append(y);
            lastX = x;
            lastY = y;
        }
        if (close) svg.append('Z');
    }

    private record Transform(double minX, double maxY, double scale, double ox, double oy) {
        double x(double e) {
            return ox + (e - minX) * scale;
        }

        double y(double n) {
            return oy + (maxY - n) * scale;
        }
    }

    static String fmt(double v) {
        double r = Math.round(v * 10) / 10.0;
        if (r == Math.rint(r)) return Long.toString((long) r);
        return String.format(Locale.ROOT, "%.1f", r);
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
