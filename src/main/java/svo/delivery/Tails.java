package svo.delivery;

/**
 * Exact binomial tail probabilities for the early warning's conditional test (summed in log space, so counts in the
 * thousands neither underflow nor lose precision).
 */
final class Tails {
    private Tails() {}

    /** P(X ≥ k) for X ~ Binomial(n, p). */
    static double upper(long n, double p, long k) {
        if (k <= 0) return 1;
        if (k > n) return 0;
        if (p <= 0) return 0;
        if (p >= 1) return 1;
        double lp = Math.log(p), lq = Math.log1p(-p);
        double lnN = lnFactorial(n);
        // Sum from k upward; terms fall away geometrically once past the mode.
        double max = Double.NEGATIVE_INFINITY;
        double[] terms = new double[(int) Math.min(n - k + 1, 1_000_000)];
        int used = 0;
        for (long j = k; j <= n && used < terms.length; j++) {
            double t = lnN - lnFactorial(j) - lnFactorial(n - j) + j * lp + (n - j) * lq;
            terms[used++] = t;
            if (t > max) max = t;
            if (j > n * p && t < max - 40) break;
        }
        double sum = 0;
        for (int i = 0; i < used; i++) sum += Math.exp(terms[i] - max);
        return Math.min(1, Math.exp(max) * sum);
    }

    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
            771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
            9.9843695780195716e-6, 1.5056327351493116e-7};
    private static final double[] SMALL = new double[256];

    static {
        SMALL[0] = 0;
        for (int i = 1; i < SMALL.length; i++) SMALL[i] = SMALL[i - 1] + Math.log(i);
    }

    /** ln(n!). */
    static double lnFactorial(long n) {
        if (n < SMALL.length) return SMALL[(int) n];
        return lnGamma(n + 1.0);
    }

    /** ln Γ(x) for x > 0 (Lanczos, g = 7). */
    static double lnGamma(double x) {
        if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
        x -= 1;
        double sum = LANCZOS[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) sum += LANCZOS[i] / (x + i);
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
