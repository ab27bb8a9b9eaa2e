package svo.analysis.places;

import java.util.Arrays;

/**
 * The few statistical functions the place analyses need, in plain Java: the normal tail, two-sided
 * p-values, Benjamini–Hochberg adjustment, and Pearson / Spearman correlation with a Fisher-z interval.
 *
 * <pre>
 * double p = Stats.twoSidedP(1.96);              // 0.04999579…
 * double[] q = Stats.benjaminiHochberg(pValues); // same as R p.adjust(p, "BH")
 * </pre>
 */
public final class Stats {
    private static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double SQRT2 = Math.sqrt(2.0);

    private Stats() {}

    /**
     * Complementary error function, accurate to about 1e-14 relative: a positive-term series for
     * small arguments (no cancellation) and Lentz's continued fraction for large ones.
     */
    public static double erfc(double x) {
        if (Double.isNaN(x)) return Double.NaN;
        if (x < 0) return 2.0 - erfc(-x);
        if (x < 2.5) return 1.0 - erfSeries(x);
        if (x > 27) return 0.0;
        // erfc(x) = exp(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …))))), evaluated as
        // K = b0 + a1/(b1 + a2/(b2 + …)) with b = x and a_k = k/2, by the modified Lentz method.
        double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0.0;
        for (int k = 1; k < 500; k++) {
            double a = k / 2.0;
            d = x + a * d;
            if (d == 0) d = tiny;
            c = x + a / c;
            if (c == 0) c = tiny;
            d = 1.0 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1.0) < 1e-16) break;
        }
        return Math.exp(-x * x) / SQRT_PI / f;
    }

    private static double erfSeries(double x) {
        // erf(x) = 2/√π · exp(-x²) · Σ 2^n x^(2n+1) / (1·3·…·(2n+1)); every term is positive.
        double term = x;
        double sum = x;
        double x2 = x * x;
        for (int n = 1; n < 500; n++) {
            term *= 2.0 * x2 / (2 * n + 1);
            sum += term;
            if (term < sum * 1e-17) break;
        }
        return 2.0 / SQRT_PI * Math.exp(-x2) * sum;
    }

    /** P(Z > z) for a standard normal Z. */
    public static double upperTail(double z) {
        return 0.5 * erfc(z / SQRT2);
    }

    /** Standard normal cumulative distribution P(Z ≤ z). */
    public static double normalCdf(double z) {
        return 0.5 * erfc(-z / SQRT2);
    }

    /** Two-sided p-value of a z-score: P(|Z| ≥ |z|). NaN stays NaN. */
    public static double twoSidedP(double z) {
        if (Double.isNaN(z)) return Double.NaN;
        return erfc(Math.abs(z) / SQRT2);
    }

    /**
     * Benjamini–Hochberg false-discovery-rate adjusted p-values, identical to R's
     * {@code p.adjust(p, "BH")}. NaN entries are left NaN and do not count towards the number of tests.
     */
    public static double[] benjaminiHochberg(double[] p) {
        int n = p.length;
        double[] sorted = java.util.Arrays.stream(p).filter(v -> !Double.isNaN(v)).toArray();
        int m = sorted.length;
        Arrays.sort(sorted);
        // Step-up: adjusted(k) = min over j ≥ k of p(j) · m / j, capped at 1 (ranks j from 1).
        double[] adjusted = new double[m];
        double running = 1.0;
        for (int r = m - 1; r >= 0; r--) {
            running = Math.min(running, sorted[r] * m / (r + 1));
            adjusted[r] = Math.min(1.0, running);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(p[i])) {
                out[i] = Double.NaN;
                continue;
            }
            // Tied p-values share the adjustment of the last of them, as in R.
            int lo = 0, hi = m;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] <= p[i]) lo = mid + 1;
                else hi = mid;
            }
            out[i] = adjusted[lo - 1];
        }
        return out;
    }

    /** A correlation coefficient with its 95% confidence interval and the number of pairs. */
    public record Correlation(double r, double lower95, double upper95, int n) {}

    /** Pearson's r with a 95% interval from Fisher's z (standard error 1/√(n−3)). */
    public static Correlation pearson(double[] x, double[] y) {
        int n = x.length;
        if (n != y.length) throw new IllegalArgumentException("x and y differ in length");
        double r = pearsonR(x, y);
        return withInterval(r, n, n > 3 ? 1.0 / Math.sqrt(n - 3) : Double.NaN);
    }

    /**
     * Spearman's rank correlation (Pearson's r of mid-ranks, so ties are handled) with a 95% interval from
     * Fisher's z using the Fieller–Hartley–Pearson standard error √(1.06/(n−3)).
     */
    public static Correlation spearman(double[] x, double[] y) {
        int n = x.length;
        if (n != y.length) throw new IllegalArgumentException("x and y differ in length");
        double r = pearsonR(midRanks(x), midRanks(y));
        return withInterval(r, n, n > 3 ? Math.sqrt(1.06 / (n - 3)) : Double.NaN);
    }

    private static Correlation withInterval(double r, int n, double se) {
        if (Double.isNaN(r) || Double.isNaN(se)) return new Correlation(r, Double.NaN, Double.NaN, n);
        double clamped = Math.max(-0.9999999999, Math.min(0.9999999999, r));
        double z = 0.5 * Math.log((1 + clamped) / (1 - clamped));
        double q = 1.959963984540054;
        return new Correlation(r, Math.tanh(z - q * se), Math.tanh(z + q * se), n);
    }

    static double pearsonR(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) return Double.NaN;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx, dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) return Double.NaN;
        return sxy / Math.sqrt(sxx * syy);
    }

    /** Ranks 1..n, tied values sharing the mean of their ranks. */
    static double[] midRanks(double[] v) {
        int n = v.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        double[] rank = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && v[order[j + 1]] == v[order[i]]) j++;
            double mid = (i + j) / 2.0 + 1.0;
            for (int k = i; k <= j; k++) rank[order[k]] = mid;
            i = j + 1;
        }
        return rank;
    }
}
