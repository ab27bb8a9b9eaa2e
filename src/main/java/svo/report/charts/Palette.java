package svo.report.charts;

/**
 * Colours that survive colour-blindness and greyscale printing. Categories use the Okabe–Ito set (distinct for
 * the common colour-vision deficiencies) and always come with a second cue (marker shape, dash pattern, position);
 * quantities use a single-hue blue ramp whose lightness rises steadily, so its order reads in black and white too.
 */
public final class Palette {
    private Palette() {}

    /** Main ink for single-series charts: dark blue, near black in greyscale. */
    public static final String INK = "#1d4f7c";
    /** The highlighted item (this district): vermillion, mid-grey in greyscale. */
    public static final String HIGHLIGHT = "#d55e00";
    /** Axes and gridlines. */
    public static final String AXIS = "#4d4d4d";
    public static final String GRID = "#d9d9d9";
    /** Withheld cells. */
    public static final String WITHHELD = "#f0f0f0";

    /** Okabe–Ito, starting with the darker hues so the first series also prints darkest. */
    static final String[] CATEGORICAL = {"#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000"};

    /** ColorBrewer "Blues", light to dark. */
    static final String[] SEQUENTIAL = {"#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5",
            "#08519c", "#08306b"};

    /** Dash patterns that tell lines apart without colour. */
    static final String[] DASHES = {null, "7 3", "2 2", "9 3 2 3", "4 2 1 2"};

    static String categorical(int i) {
        return CATEGORICAL[i % CATEGORICAL.length];
    }

    /** The sequential colour for a share 0..1 of the range. */
    static String sequential(double t) {
        double c = Math.max(0, Math.min(1, t));
        return SEQUENTIAL[(int) Math.round(c * (SEQUENTIAL.length - 1))];
    }

    /** True when text on this sequential colour should be white. */
    static boolean dark(double t) {
        return Math.round(Math.max(0, Math.min(1, t)) * (SEQUENTIAL.length - 1)) >= 5;
    }
}
