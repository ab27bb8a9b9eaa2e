package svo.report.maps;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Class intervals for a choropleth: {@code k} classes bounded by {@code k − 1} inner breaks. A value v is in
 * class i when {@code breaks[i−1] ≤ v < breaks[i]} (half-open, like every band in the product); the top
 * class has no upper bound.
 *
 * <pre>
 * ClassBreaks c = ClassBreaks.quantiles(rates, 5);   // equal-count classes, breaks at "nice" round values
 * int i = c.classOf(12.3);
 * String label = c.label(i);                           // "10 to under 15"
 * </pre>
 */
public record ClassBreaks(double[] breaks, int decimals) {
    public ClassBreaks {
        breaks = breaks.clone();
        for (int i = 1; i < breaks.length; i++) {
            if (!(breaks[i] > breaks[i - 1])) throw new IllegalArgumentException("breaks must ascend: " + Arrays.toString(breaks));
        }
    }

    /** Given breaks. */
    public static ClassBreaks of(int decimals, double... breaks) {
        return new ClassBreaks(breaks, decimals);
    }

    /**
     * Up to {@code k} classes holding about equal numbers of values, with breaks rounded to two significant
     * figures (duplicate breaks merged, so fewer classes when values repeat). NaN values are ignored.
     */
    public static ClassBreaks quantiles(double[] values, int k) {
        double[] v = Arrays.stream(values).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (v.length == 0 || k < 2) return new ClassBreaks(new double[0], 0);
        List<Double> out = new ArrayList<>();
        for (int i = 1; i < k; i++) {
            double q = v[(int) Math.floor((double) i * v.length / k)];
            double nice = roundSig(q, 2);
            if (nice > v[0] && (out.isEmpty() || nice > out.get(out.size() - 1)) && nice <= v[v.length - 1]) out.add(nice);
        }
        double[] b = out.stream().mapToDouble(Double::doubleValue).toArray();
        int decimals = 0;
        for (double x : b) decimals = Math.max(decimals, decimalsOf(x));
        return new ClassBreaks(b, Math.min(decimals, 3));
    }

    static double roundSig(double x, int sig) {
        if (x == 0) return 0;
        double mag = Math.pow(10, Math.floor(Math.log10(Math.abs(x))) - sig + 1);
        return Math.round(x / mag) * mag;
    }

    private static int decimalsOf(double x) {
        for (int d = 0; d < 6; d++) if (Math.abs(x * Math.pow(10, d) - Math.rint(x * Math.pow(10, d))) < 1e-9) return d;
        return 6;
    }

    /** Number of classes. */
    public int classes() {
        return breaks.length + 1;
    }

    /** The class of a value, 0-based; -1 for NaN. */
    public int classOf(double v) {
        if (Double.isNaN(v)) return -1;
        int i = 0;
        while (i < breaks.length && v >= breaks[i]) i++;
        return i;
    }

    /** "under 5", "5 to under 10", "10 or more". */
    public String label(int i) {
        if (breaks.length == 0) return "all values";
        if (i == 0) return "under " + format(breaks[0]);
        if (i == breaks.length) return format(breaks[i - 1]) + " or more";
        return format(breaks[i - 1]) + " to under " + format(breaks[i]);
    }

    String format(double v) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.UK));
        return f.format(v);
    }
}
