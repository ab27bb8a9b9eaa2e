package svo.analysis.places;

/**
 * Getis–Ord local G* (Getis and Ord 1992; Ord and Getis 1995) with binary weights that include each unit
 * itself, in the z-score form R's {@code spdep::localG} returns for an {@code include.self()} weights list:
 * <pre>
 *   z_i = (Σ_j w_ij x_j − x̄ W_i) / √( s² (n S1_i − W_i²) / (n − 1) )
 *   x̄ = Σ x / n,  s² = Σ (x − x̄)² / n,  W_i = Σ_j w_ij,  S1_i = Σ_j w_ij²  (= W_i for binary weights)
 * </pre>
 * p-values are two-sided from the standard normal. Bins follow the usual convention: ±3 when p &lt; 0.01
 * (99% confidence), ±2 when p &lt; 0.05, ±1 when p &lt; 0.10, 0 otherwise; the sign is the sign of z. With
 * the false-discovery-rate option the bins use Benjamini–Hochberg adjusted p-values instead.
 *
 * <pre>
 * GetisOrd.Result g = GetisOrd.compute(counts, Neighbours.queenGrid(cols, rows, null, 1, true), false);
 * g.z()[i]; g.p()[i]; g.bin()[i];
 * </pre>
 */
public final class GetisOrd {
    private GetisOrd() {}

    /** z-scores, p-values (adjusted when FDR was asked for), and bins −3…3 per unit. */
    public record Result(double[] z, double[] p, int[] bin, boolean fdr) {
        /** Number of units in bin b. */
        public int countInBin(int b) {
            int k = 0;
            for (int v : bin) if (v == b) k++;
            return k;
        }
    }

    /**
     * Computes G* for values {@code x} over the neighbour lists. When every value is the same there is no
     * variation to test: z is NaN, p is NaN and the bin is 0 for every unit.
     */
    public static Result compute(double[] x, Neighbours nb, boolean fdr) {
        int n = x.length;
        if (nb.size() != n) throw new IllegalArgumentException("values and neighbour lists differ in size");
        double sum = 0;
        for (double v : x) sum += v;
        double mean = sum / n;
        double ss = 0;
        for (double v : x) ss += (v - mean) * (v - mean);
        double s2 = ss / n;
        double[] z = new double[n];
        double[] p = new double[n];
        int[] start = nb.start(), index = nb.index();
        for (int i = 0; i < n; i++) {
            double lag = 0;
            for (int k = start[i]; k < start[i + 1]; k++) lag += x[index[k]];
            double wi = start[i + 1] - start[i];
            double variance = s2 * (n * wi - wi * wi) / (n - 1);
            z[i] = variance > 0 ? (lag - mean * wi) / Math.sqrt(variance) : Double.NaN;
            p[i] = Stats.twoSidedP(z[i]);
        }
        double[] usedP = fdr ? Stats.benjaminiHochberg(p) : p;
        int[] bin = new int[n];
        for (int i = 0; i < n; i++) bin[i] = bin(z[i], usedP[i]);
        return new Result(z, usedP, bin, fdr);
    }

    /** Convenience for counts. */
    public static Result compute(long[] counts, Neighbours nb, boolean fdr) {
        double[] x = new double[counts.length];
        for (int i = 0; i < x.length; i++) x[i] = counts[i];
        return compute(x, nb, fdr);
    }

    /** ±3 at p &lt; 0.01, ±2 at p &lt; 0.05, ±1 at p &lt; 0.10, else 0. */
    static int bin(double z, double p) {
        if (Double.isNaN(z) || Double.isNaN(p)) return 0;
        int level = p < 0.01 ? 3 : p < 0.05 ? 2 : p < 0.10 ? 1 : 0;
        return z > 0 ? level : z < 0 ? -level : 0;
    }

    /** What a bin means, as printed in tables and legends. */
    public static String binLabel(int bin) {
        return switch (bin) {
            case 3 -> "hot spot, 99% confidence";
            case 2 -> "hot spot, 95% confidence";
            case 1 -> "hot spot, 90% confidence";
            case -1 -> "cold spot, 90% confidence";
            case -2 -> "cold spot, 95% confidence";
            case -3 -> "cold spot, 99% confidence";
            default -> "not significant";
        };
    }
}
