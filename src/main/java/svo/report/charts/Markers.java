package svo.report.charts;

/** Marker shapes that tell series apart without colour: circle, square, triangle, diamond, cross. */
final class Markers {
    private Markers() {}

    static String marker(int series, double x, double y, double r, String colour) {
        String fill = "fill=\"" + colour + "\" stroke=\"#ffffff\" stroke-width=\"0.8\"";
        return switch (series % 5) {
            case 0 -> "<circle cx=\"" + Svg.n(x) + "\" cy=\"" + Svg.n(y) + "\" r=\"" + Svg.n(r) + "\" " + fill + "/>";
            case 1 -> "<rect x=\"" + Svg.n(x - r) + "\" y=\"" + Svg.n(y - r) + "\" width=\"" + Svg.n(2 * r) + "\" height=\""
                    + Svg.n(2 * r) + "\" " + fill + "/>";
            case 2 -> "<path d=\"M" + Svg.n(x) + " " + Svg.n(y - r * 1.2) + " L" + Svg.n(x + r * 1.1) + " " + Svg.n(y + r * 0.9)
                    + " L" + Svg.n(x - r * 1.1) + " " + Svg.n(y + r * 0.9) + " Z\" " + fill + "/>";
            case 3 -> "<path d=\"M" + Svg.n(x) + " " + Svg.n(y - r * 1.3) + " L" + Svg.n(x + r * 1.3) + " " + Svg.n(y) + " L"
                    + Svg.n(x) + " " + Svg.n(y + r * 1.3) + " L" + Svg.n(x - r * 1.3) + " " + Svg.n(y) + " Z\" " + fill + "/>";
            default -> "<path d=\"M" + Svg.n(x - r) + " " + Svg.n(y - r) + " L" + Svg.n(x + r) + " " + Svg.n(y + r) + " M"
                    + Svg.n(x + r) + " " + Svg.n(y - r) + " L" + Svg.n(x - r) + " " + Svg.n(y + r) + "\" stroke=\"" + colour
                    + "\" stroke-width=\"1.6\" fill=\"none\"/>";
        };
    }
}
