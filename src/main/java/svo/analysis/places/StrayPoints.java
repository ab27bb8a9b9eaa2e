package svo.analysis.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds points that would stretch a grid absurdly: coordinates of (0, 0), points off the British National
 * Grid (easting outside 0–700 km, northing outside 0–1,300 km), and points far outside the bulk of the
 * data. "Far" is judged from the 1st–99th percentile box of eastings and northings: a point more than one
 * box-size (at least 10 km) beyond that box is a stray. One mistyped record at 0,0 would otherwise turn a
 * county grid of thousands of cells into a grid from Cornwall to the Channel with hundreds of millions.
 *
 * <pre>
 * int[] strays = StrayPoints.find(e, n);   // indices, in input order
 * </pre>
 */
public final class StrayPoints {
    /** Largest easting on the national grid, metres. */
    static final double MAX_EASTING = 700_000;
    /** Largest northing on the national grid, metres. */
    static final double MAX_NORTHING = 1_300_000;
    /** The margin beyond the 1–99% box is never less than this, metres. */
    static final double MIN_MARGIN = 10_000;

    private StrayPoints() {}

    /** Indices of stray points, in input order. */
    public static int[] find(double[] x, double[] y) {
        int n = x.length;
        List<Integer> out = new ArrayList<>();
        double[] xs = finiteSorted(x, y, true), ys = finiteSorted(x, y, false);
        double loX = Double.NaN, hiX = Double.NaN, loY = Double.NaN, hiY = Double.NaN, margin = MIN_MARGIN;
        if (xs.length > 0) {
            loX = percentile(xs, 0.01);
            hiX = percentile(xs, 0.99);
            loY = percentile(ys, 0.01);
            hiY = percentile(ys, 0.99);
            margin = Math.max(MIN_MARGIN, Math.max(hiX - loX, hiY - loY));
        }
        for (int i = 0; i < n; i++) {
            double a = x[i], b = y[i];
            if (Double.isNaN(a) || Double.isNaN(b)) continue;
            boolean offGrid = a <= 0 || b <= 0 || a > MAX_EASTING || b > MAX_NORTHING;
            boolean farOut = !Double.isNaN(loX) && (a < loX - margin || a > hiX + margin || b < loY - margin || b > hiY + margin);
            if (offGrid || farOut) out.add(i);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[] finiteSorted(double[] x, double[] y, boolean wantX) {
        double[] v = new double[x.length];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) continue;
            // Points at 0,0 or off the grid must not drag the percentile box with them.
            if (x[i] <= 0 || y[i] <= 0 || x[i] > MAX_EASTING || y[i] > MAX_NORTHING) continue;
            v[k++] = wantX ? x[i] : y[i];
        }
        double[] out = Arrays.copyOf(v, k);
        Arrays.sort(out);
        return out;
    }

    /** Linear-interpolated percentile of sorted values (q in 0..1). */
    static double percentile(double[] sorted, double q) {
        if (sorted.length == 1) return sorted[0];
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
