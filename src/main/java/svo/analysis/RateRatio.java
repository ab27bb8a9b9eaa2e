package svo.analysis;

/**
 * Is a change between two counts more than chance? Counts of crimes are treated as Poisson. Given
 * {@code a} events over exposure {@code ta} (the latest period) and {@code b} over {@code tb} (the basis), the
 * rate ratio is {@code (a/ta) / (b/tb)}; its 95% interval is the exact conditional one: given {@code n = a + b},
 * {@code a} is binomial with {@code p = ta·RR / (ta·RR + tb)}, the Clopper–Pearson interval for {@code p} is
 * found from the beta distribution, and each bound is turned back into a ratio. This is what R's
 * {@code poisson.test(c(a, b), c(ta, tb))} reports. A change whose interval includes 1 is "no significant
 * change".
 *
 * <pre>
 * RateRatio r = RateRatio.of(2179, 1, 2523, 1);   // 2024/25 against 2023/24
 * r.ratio();   // 0.8636
 * r.low();     // 0.8154
 * r.high();    // 0.9146  → down, significant
 * </pre>
 */
public record RateRatio(long a, double ta, long b, double tb, double ratio, double low, double high) {
    /** Two-sided 95%. */
    public static final double ALPHA = 0.05;

    /** The ratio of {@code a} over exposure {@code ta} to {@code b} over {@code tb}, with its exact 95% interval. */
    public static RateRatio of(long a, double ta, long b, double tb) {
        if (a < 0 || b < 0) throw new IllegalArgumentException("counts cannot be negative: " + a + ", " + b);
        if (!(ta > 0) || !(tb > 0)) throw new IllegalArgumentException("exposures must be positive: " + ta + ", " + tb);
        long n = a + b;
        double scale = tb / ta;
        if (n == 0) return new RateRatio(a, ta, b, tb, Double.NaN, 0, Double.POSITIVE_INFINITY);
        double pLow = a == 0 ? 0 : Beta.inverse(ALPHA / 2, a, n - a + 1);
        double pHigh = a == n ? 1 : Beta.inverse(1 - ALPHA / 2, a + 1, n - a);
        double ratio = b == 0 ? Double.POSITIVE_INFINITY : (a / ta) / (b / tb);
        double low = pLow / (1 - pLow) * scale;
        double high = pHigh >= 1 ? Double.POSITIVE_INFINITY : pHigh / (1 - pHigh) * scale;
        return new RateRatio(a, ta, b, tb, ratio, low, high);
    }

    /** True when the 95% interval leaves out 1: the change is unlikely to be chance alone. */
    public boolean significant() {
        return low > 1 || high < 1;
    }

    /** The regularized incomplete beta function and its inverse, enough for exact binomial intervals. */
    static final class Beta {
        private Beta() {}

        /** I_x(a, b), the beta distribution function. */
        static double regularized(double x, double a, double b) {
            if (x <= 0) return 0;
            if (x >= 1) return 1;
            double lnFront = a * Math.log(x) + b * Math.log1p(-x) - lnBeta(a, b);
            // The continued fraction converges fast for x < (a+1)/(a+b+2); use the symmetry otherwise.
            if (x < (a + 1) / (a + b + 2)) return Math.exp(lnFront) * fraction(x, a, b) / a;
            return 1 - Math.exp(lnFront) * fraction(1 - x, b, a) / b;
        }

        /** The x with I_x(a, b) = q, by bisection (the function is increasing in x). */
        static double inverse(double q, double a, double b) {
            double lo = 0, hi = 1;
            for (int i = 0; i < 200 && hi - lo > 1e-17; i++) {
                double mid = (lo + hi) / 2;
                if (regularized(mid, a, b) < q) lo = mid;
                else hi = mid;
            }
            return (lo + hi) / 2;
        }

        /** Lentz's continued fraction for the incomplete beta (Numerical Recipes, betacf). */
        private static double fraction(double x, double a, double b) {
            final double tiny = 1e-300;
            double qab = a + b, qap = a + 1, qam = a - 1;
            double c = 1, d = 1 - qab * x / qap;
            if (Math.abs(d) < tiny) d = tiny;
            d = 1 / d;
            double h = d;
            long max = 1000 + 10L * (long) Math.sqrt(Math.max(a, b));
            for (long m = 1; m <= max; m++) {
                long m2 = 2 * m;
                double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
                d = 1 + aa * d;
                if (Math.abs(d) < tiny) d = tiny;
                c = 1 + aa / c;
                if (Math.abs(c) < tiny) c = tiny;
                d = 1 / d;
                h *= d * c;
                aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
                d = 1 + aa * d;
                if (Math.abs(d) < tiny) d = tiny;
                c = 1 + aa / c;
                if (Math.abs(c) < tiny) c = tiny;
                d = 1 / d;
                double del = d * c;
                h *= del;
                if (Math.abs(del - 1) < 1e-15) return h;
            }
            return h;
        }

        static double lnBeta(double a, double b) {
            return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
        }

        private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
                771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
                9.9843695780195716e-6, 1.5056327351493116e-7};

        /** ln Γ(x) for x > 0 (Lanczos, g = 7: about 15 significant digits). */
        static double lnGamma(double x) {
            if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
            x -= 1;
            double sum = LANCZOS[0];
            double t = x + 7.5;
            for (int i = 1; i < 9; i++) sum += LANCZOS[i] / (x + i);
            return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
        }
    }
}
