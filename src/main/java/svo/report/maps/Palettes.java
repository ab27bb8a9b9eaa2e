package svo.report.maps;

/**
 * Colours for maps: ColorBrewer schemes (Cynthia Brewer, Penn State) chosen because they are safe for the
 * common colour-vision deficiencies and, for the sequential scheme, fall steadily in lightness so the classes
 * still read in order when printed in greyscale.
 */
public final class Palettes {
    private Palettes() {}

    /** YlOrRd, 3 to 7 classes, lightest first. */
    private static final String[][] YL_OR_RD = {
            {"#ffeda0", "#feb24c", "#f03b20"},
            {"#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"},
            {"#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"},
            {"#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"},
            {"#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"}};

    /** Fill for areas with no value. */
    public static final String NO_DATA = "#d9d9d9";

    /** A sequential palette of k classes (1 to 7). */
    public static String[] sequential(int k) {
        if (k < 1 || k > 7) throw new IllegalArgumentException("1 to 7 classes, not " + k);
        if (k == 1) return new String[] {"#fd8d3c"};
        if (k == 2) return new String[] {"#fecc5c", "#e31a1c"};
        return YL_OR_RD[k - 3].clone();
    }

    /**
     * Fill for a Getis–Ord Gi* bin −3…3 (ColorBrewer RdBu, 7 classes): reds for hot, blues for cold, a light grey
     * for not significant. Cold bins are also hatched on the map so they differ from hot ones in greyscale.
     */
    public static String giBin(int bin) {
        return switch (bin) {
            case 3 -> "#b2182b";
            case 2 -> "#ef8a62";
            case 1 -> "#fddbc7";
            case -1 -> "#d1e5f0";
            case -2 -> "#67a9cf";
            case -3 -> "#2166ac";
            default -> "#f7f7f7";
        };
    }
}
