package svo.analysis.places;

/**
 * A regular grid of square cells on the national grid (metres). Cells are numbered row by row from the
 * south-west corner: {@code index = row * columns + column}. The origin is snapped to a multiple of the cell
 * size, so grids built for different periods over the same extent line up cell for cell.
 *
 * <pre>
 * Grid g = Grid.covering(Extent.of(e, n), 250);
 * int cell = g.cellOf(430_120, 336_480);     // -1 when outside
 * double cx = g.centreX(cell);
 * </pre>
 */
public record Grid(double originX, double originY, double cellSize, int columns, int rows) {
    public Grid {
        if (!(cellSize > 0)) throw new IllegalArgumentException("cell size must be positive");
        if (columns < 1 || rows < 1) throw new IllegalArgumentException("a grid needs at least one cell");
    }

    /** The smallest snapped grid of {@code cellSize} cells that contains the extent. */
    public static Grid covering(Extent extent, double cellSize) {
        double ox = Math.floor(extent.minX() / cellSize) * cellSize;
        double oy = Math.floor(extent.minY() / cellSize) * cellSize;
        long cols = (long) Math.floor((extent.maxX() - ox) / cellSize) + 1;
        long rows = (long) Math.floor((extent.maxY() - oy) / cellSize) + 1;
        if (cols * rows > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a grid of " + cols + " × " + rows + " cells is too large");
        }
        return new Grid(ox, oy, cellSize, (int) cols, (int) rows);
    }

    /** Cells the grid would have for this extent and cell size, without building it. */
    public static long cellCount(Extent extent, double cellSize) {
        double ox = Math.floor(extent.minX() / cellSize) * cellSize;
        double oy = Math.floor(extent.minY() / cellSize) * cellSize;
        return ((long) Math.floor((extent.maxX() - ox) / cellSize) + 1) * ((long) Math.floor((extent.maxY() - oy) / cellSize) + 1);
    }

    /** Number of cells. */
    public int size() {
        return columns * rows;
    }

    /** The cell holding the point, or -1 when it is outside. A point on a shared edge belongs to the cell east / north of it. */
    public int cellOf(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) return -1;
        double fc = Math.floor((x - originX) / cellSize);
        double fr = Math.floor((y - originY) / cellSize);
        if (fc < 0 || fr < 0 || fc >= columns || fr >= rows) return -1;
        return (int) fr * columns + (int) fc;
    }

    public int column(int cell) {
        return cell % columns;
    }

    public int row(int cell) {
        return cell / columns;
    }

    public double centreX(int cell) {
        return originX + (column(cell) + 0.5) * cellSize;
    }

    public double centreY(int cell) {
        return originY + (row(cell) + 0.5) * cellSize;
    }

    /** Counts of points per cell (points outside the grid are not counted). */
    public long[] counts(double[] x, double[] y) {
        long[] out = new long[size()];
        for (int i = 0; i < x.length; i++) {
            int c = cellOf(x[i], y[i]);
            if (c >= 0) out[c]++;
        }
        return out;
    }

    /** "250 m cells, 120 × 96 (11,520 cells) from E 410000 N 320000". */
    public String describe() {
        return String.format("%s m cells, %d × %d (%,d cells) from E %.0f N %.0f", trim(cellSize), columns, rows,
                (long) columns * rows, originX, originY);
    }

    static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** A bounding box in metres. */
    public record Extent(double minX, double minY, double maxX, double maxY) {
        /** The bounding box of the points (NaN coordinates are ignored); null when there are none. */
        public static Extent of(double[] x, double[] y) {
            double a = Double.POSITIVE_INFINITY, b = Double.POSITIVE_INFINITY, c = Double.NEGATIVE_INFINITY, d = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < x.length; i++) {
                if (Double.isNaN(x[i]) || Double.isNaN(y[i])) continue;
                a = Math.min(a, x[i]);
                b = Math.min(b, y[i]);
                c = Math.max(c, x[i]);
                d = Math.max(d, y[i]);
            }
            return a == Double.POSITIVE_INFINITY ? null : new Extent(a, b, c, d);
        }

        public double width() {
            return maxX - minX;
        }

        public double height() {
            return maxY - minY;
        }

        public boolean contains(double x, double y) {
            return x >= minX && x <= maxX && y >= minY && y <= maxY;
        }
    }
}
