package svo.analysis.places;

import java.util.Arrays;

/**
 * Finds, for a query point, the nearest of a fixed set of points (schools) within a maximum distance, in
 * metres on the national grid. The points are bucketed in square cells as wide as the maximum distance, so a
 * query reads only the 3 × 3 cells around it: three contiguous runs (columns c−1, c, c+1, rows r−1..r+1) of a
 * dense cell array, or, when the points are spread too thinly for one (more than 16 million cells), of an array
 * sorted by cell and found by binary search. No pair of all offences × all schools is ever formed.
 *
 * <p>"Within" includes the boundary: a point exactly {@code maxDistance} away is found. Between two points
 * at the same distance the one given first wins, so results never depend on hash or thread order.
 *
 * <pre>
 * NearestPointIndex schools = new NearestPointIndex(schoolE, schoolN, 500);
 * int s = schools.nearest(offenceE, offenceN);   // index into schoolE/schoolN, or -1 if none within 500 m
 * </pre>
 */
public final class NearestPointIndex {
    private final double maxDistance;
    private final double max2;
    private final double originX;
    private final double originY;
    private final long[] keys;     // cell key of each sorted point
    private final int[] ids;       // original index of each sorted point
    private final double[] xs;
    private final double[] ys;
    /** Dense cell index when the grid is small enough: points of cell (c, r) are cellStart[r·cols + c] … [+1]. */
    private final int[] cellStart;
    private final int cols;
    private final int rows;
    /** Largest dense grid, in cells (64 MB of int). */
    private static final long MAX_DENSE_CELLS = 16_000_000;

    public NearestPointIndex(double[] x, double[] y, double maxDistance) {
        if (x.length != y.length) throw new IllegalArgumentException("x and y differ in length");
        if (!(maxDistance > 0)) throw new IllegalArgumentException("the maximum distance must be positive");
        this.maxDistance = maxDistance;
        this.max2 = maxDistance * maxDistance;
        int n = x.length;
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            minY = Math.min(minY, y[i]);
        }
        originX = n == 0 ? 0 : minX - maxDistance;
        originY = n == 0 ? 0 : minY - maxDistance;
        int[] pc = new int[n], pr = new int[n];
        int maxCol = -1, maxRow = -1;
        for (int i = 0; i < n; i++) {
            pc[i] = col(x[i]);
            pr[i] = row(y[i]);
            maxCol = Math.max(maxCol, pc[i]);
            maxRow = Math.max(maxRow, pr[i]);
        }
        keys = new long[n];
        ids = new int[n];
        xs = new double[n];
        ys = new double[n];
        long cells = (long) (maxCol + 2) * (maxRow + 2);
        if (n > 0 && cells <= MAX_DENSE_CELLS) {
            // Counting sort into a dense grid laid out column by column, so the points of cells (c, r−1..r+1) are
            // one contiguous run; stable, so within a cell points keep their input order (ties go to the first given).
            cols = maxCol + 2;
            rows = maxRow + 2;
            cellStart = new int[cols * rows + 1];
            for (int i = 0; i < n; i++) cellStart[pc[i] * rows + pr[i] + 1]++;
            for (int c = 0; c < cols * rows; c++) cellStart[c + 1] += cellStart[c];
            int[] fill = new int[cols * rows];
            for (int i = 0; i < n; i++) {
                int cell = pc[i] * rows + pr[i];
                int k = cellStart[cell] + fill[cell]++;
                keys[k] = key(pc[i], pr[i]);
                ids[k] = i;
                xs[k] = x[i];
                ys[k] = y[i];
            }
        } else {
            // Points spread too thinly for a dense grid: sort by (column, row), then input order, and binary-search.
            cols = 0;
            rows = 0;
            cellStart = null;
            long[] cellKey = new long[n];
            for (int i = 0; i < n; i++) cellKey[i] = key(pc[i], pr[i]);
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> cellKey[a] != cellKey[b] ? Long.compare(cellKey[a], cellKey[b]) : Integer.compare(a, b));
            for (int k = 0; k < n; k++) {
                int i = order[k];
                keys[k] = cellKey[i];
                ids[k] = i;
                xs[k] = x[i];
                ys[k] = y[i];
            }
        }
    }

    private int col(double x) {
        return (int) Math.floor((x - originX) / maxDistance);
    }

    private int row(double y) {
        return (int) Math.floor((y - originY) / maxDistance);
    }

    private static long key(int col, int row) {
        return ((long) col << 32) | (row & 0xffffffffL);
    }

    /** The number of indexed points. */
    public int size() {
        return ids.length;
    }

    /** Index of the nearest point within the maximum distance (boundary included), or -1. */
    public int nearest(double x, double y) {
        if (ids.length == 0 || Double.isNaN(x) || Double.isNaN(y)) return -1;
        int c = col(x), r = row(y);
        if (c < -1 || r < -1) return -1;
        if (cellStart != null) return nearestDense(x, y, c, r);
        int best = -1;
        double bestD2 = Double.POSITIVE_INFINITY;
        for (int dc = -1; dc <= 1; dc++) {
            int cc = c + dc;
            if (cc < 0) continue;
            long lo = key(cc, Math.max(r - 1, 0));
            long hi = key(cc, r + 1);
            if (r + 1 < 0) continue;
            int k = lowerBound(lo);
            for (; k < keys.length && keys[k] <= hi; k++) {
                double dx = xs[k] - x, dy = ys[k] - y;
                double d2 = dx * dx + dy * dy;
                if (d2 <= max2 && (d2 < bestD2 || (d2 == bestD2 && ids[k] < best))) {
                    bestD2 = d2;
                    best = ids[k];
                }
            }
        }
        return best;
    }

    private int nearestDense(double x, double y, int c, int r) {
        int best = -1;
        double bestD2 = Double.POSITIVE_INFINITY;
        int r0 = Math.max(r - 1, 0), r1 = Math.min(r + 1, rows - 1);
        if (r0 > r1) return -1;
        for (int cc = Math.max(c - 1, 0); cc <= Math.min(c + 1, cols - 1); cc++) {
            int from = cellStart[cc * rows + r0], to = cellStart[cc * rows + r1 + 1];
            for (int k = from; k < to; k++) {
                double dx = xs[k] - x, dy = ys[k] - y;
                double d2 = dx * dx + dy * dy;
                if (d2 <= max2 && (d2 < bestD2 || (d2 == bestD2 && ids[k] < best))) {
                    bestD2 = d2;
                    best = ids[k];
                }
            }
        }
        return best;
    }

    /** Distance from (x, y) to indexed point {@code i} (original index). */
    public static double distance(double[] px, double[] py, int i, double x, double y) {
        return Math.hypot(px[i] - x, py[i] - y);
    }

    private int lowerBound(long key) {
        int lo = 0, hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The maximum distance the index was built for. */
    public double maxDistance() {
        return maxDistance;
    }
}
