package svo.analysis.places;

import java.util.Arrays;

/**
 * Kernel density of points on a grid with the quartic (biweight) kernel, evaluated at cell centres:
 * <pre>
 *   density(c) = Σ over points within h of c of  3 / (π h²) · (1 − d²/h²)²      (points per m²)
 * </pre>
 * The kernel integrates to one, so the densities of all cells times the cell area add up to the number of
 * points (less what falls off the edge of the grid). Points at the same location are added once with their
 * multiplicity (police.uk snaps crimes to shared map points, so this is much faster on real data).
 *
 * <p>The default bandwidth is the two-dimensional rule of thumb used by ArcGIS Pro's Kernel Density:
 * {@code h = 0.9 · min(SD, √(1/ln 2) · Dm) · n^(−0.2)}, with SD the standard distance of the points from
 * their mean centre and Dm the median of those distances.
 *
 * <pre>
 * double h = KernelDensity.ruleOfThumbBandwidth(e, n);
 * double[] perKm2 = KernelDensity.estimate(grid, e, n, h);   // then × 1e6 for per km²
 * </pre>
 */
public final class KernelDensity {
    private KernelDensity() {}

    /** Density per square metre at each cell centre of the grid. */
    public static double[] estimate(Grid grid, double[] x, double[] y, double bandwidth) {
        if (!(bandwidth > 0)) throw new IllegalArgumentException("bandwidth must be positive");
        double[][] distinct = distinct(x, y);
        double[] px = distinct[0], py = distinct[1], w = distinct[2];
        double[] out = new double[grid.size()];
        double h2 = bandwidth * bandwidth;
        double norm = 3.0 / (Math.PI * h2);
        double cs = grid.cellSize();
        for (int i = 0; i < px.length; i++) {
            int c0 = (int) Math.max(0, Math.ceil((px[i] - bandwidth - grid.originX()) / cs - 0.5));
            int c1 = (int) Math.min(grid.columns() - 1, Math.floor((px[i] + bandwidth - grid.originX()) / cs - 0.5));
            int r0 = (int) Math.max(0, Math.ceil((py[i] - bandwidth - grid.originY()) / cs - 0.5));
            int r1 = (int) Math.min(grid.rows() - 1, Math.floor((py[i] + bandwidth - grid.originY()) / cs - 0.5));
            for (int r = r0; r <= r1; r++) {
                double dy = grid.originY() + (r + 0.5) * cs - py[i];
                double dy2 = dy * dy;
                if (dy2 >= h2) continue;
                int base = r * grid.columns();
                for (int c = c0; c <= c1; c++) {
                    double dx = grid.originX() + (c + 0.5) * cs - px[i];
                    double d2 = dx * dx + dy2;
                    if (d2 < h2) {
                        double u = 1.0 - d2 / h2;
                        out[base + c] += w[i] * norm * u * u;
                    }
                }
            }
        }
        return out;
    }

    /** Kernel evaluations the estimate would make: distinct points × cells within a bandwidth square. */
    public static double work(Grid grid, int distinctPoints, double bandwidth) {
        double side = 2 * bandwidth / grid.cellSize() + 1;
        return distinctPoints * side * side;
    }

    /** The ArcGIS-style rule-of-thumb bandwidth in metres (NaN with fewer than two distinct locations). */
    public static double ruleOfThumbBandwidth(double[] x, double[] y) {
        int n = 0;
        double mx = 0, my = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) continue;
            mx += x[i];
            my += y[i];
            n++;
        }
        if (n < 2) return Double.NaN;
        mx /= n;
        my /= n;
        double[] d = new double[n];
        double ss = 0;
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) continue;
            double dx = x[i] - mx, dy = y[i] - my;
            ss += dx * dx + dy * dy;
            d[k++] = Math.sqrt(dx * dx + dy * dy);
        }
        double sd = Math.sqrt(ss / n);
        Arrays.sort(d);
        double median = n % 2 == 1 ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]) / 2;
        double h = 0.9 * Math.min(sd, Math.sqrt(1.0 / Math.log(2)) * median) * Math.pow(n, -0.2);
        return h > 0 ? h : Double.NaN;
    }

    /** Distinct locations and their multiplicities: {x[], y[], weight[]}; NaN coordinates are dropped. */
    static double[][] distinct(double[] x, double[] y) {
        int n = x.length;
        int m = 0;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) order[m++] = i;
        Integer[] valid = Arrays.copyOf(order, m);
        Arrays.sort(valid, (a, b) -> x[a] != x[b] ? Double.compare(x[a], x[b]) : Double.compare(y[a], y[b]));
        double[] ox = new double[m], oy = new double[m], ow = new double[m];
        int k = -1;
        for (int idx = 0; idx < m; idx++) {
            int i = valid[idx];
            if (k >= 0 && ox[k] == x[i] && oy[k] == y[i]) {
                ow[k]++;
            } else {
                k++;
                ox[k] = x[i];
                oy[k] = y[i];
                ow[k] = 1;
            }
        }
        return new double[][] {Arrays.copyOf(ox, k + 1), Arrays.copyOf(oy, k + 1), Arrays.copyOf(ow, k + 1)};
    }
}
