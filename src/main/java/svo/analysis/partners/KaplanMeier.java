package svo.analysis.partners;

import java.util.Arrays;

/**
 * The Kaplan–Meier estimate of the survival function S(t) (here: the share not yet reoffended) from right-censored
 * times, with Greenwood's variance and log-log confidence intervals.
 *
 * <pre>
 * KaplanMeier km = KaplanMeier.fit(new double[] {20, 50, 50, 80}, new boolean[] {true, true, false, true});
 * km.survival(60);        // 0.75 = 7/8 × 6/7 … for the full cohort of the test
 * km.interval(60, 1.96);  // {lower, upper} of S(60), log-log
 * </pre>
 *
 * At a time with both events and censorings the events come first (the censored are still at risk), as usual.
 * S is a step function, right-continuous: S(t) includes the events at t. Beyond the largest observed time the
 * estimate is undefined (NaN) unless it has already reached 0.
 */
final class KaplanMeier {
    /** The two-sided 95% normal quantile. */
    static final double Z95 = 1.959963984540054;

    private final double[] times;      // distinct event times, ascending
    private final double[] survival;   // S just after each event time
    private final double[] greenwood;  // Σ d / (n (n − d)) up to and including each event time
    private final double[] observed;   // every time, ascending (events and censorings)
    private final int[] eventsBefore;  // events among observed[0 .. i-1]
    private final double last;

    private KaplanMeier(double[] times, double[] survival, double[] greenwood, double[] observed, boolean[] eventAt) {
        this.times = times;
        this.survival = survival;
        this.greenwood = greenwood;
        this.observed = observed;
        this.eventsBefore = new int[observed.length + 1];
        for (int i = 0; i < observed.length; i++) eventsBefore[i + 1] = eventsBefore[i] + (eventAt[i] ? 1 : 0);
        this.last = observed.length == 0 ? Double.NEGATIVE_INFINITY : observed[observed.length - 1];
    }

    /** Fits the estimate to one time per person and whether it ended in the event (true) or was censored. */
    static KaplanMeier fit(double[] time, boolean[] event) {
        int n = time.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        // ascending time; at equal times events before censorings
        Arrays.sort(order, (a, b) -> time[a] != time[b] ? Double.compare(time[a], time[b]) : Boolean.compare(event[b], event[a]));
        double[] observed = new double[n];
        boolean[] eventAt = new boolean[n];
        for (int i = 0; i < n; i++) {
            observed[i] = time[order[i]];
            eventAt[i] = event[order[i]];
        }
        double[] ts = new double[n], ss = new double[n], gs = new double[n];
        int k = 0;
        double s = 1, g = 0;
        int i = 0;
        while (i < n) {
            double t = observed[i];
            int atRisk = n - i, deaths = 0, j = i;
            while (j < n && observed[j] == t) {
                if (eventAt[j]) deaths++;
                j++;
            }
            if (deaths > 0) {
                s *= (double) (atRisk - deaths) / atRisk;
                g = atRisk == deaths ? Double.POSITIVE_INFINITY : g + (double) deaths / ((double) atRisk * (atRisk - deaths));
                ts[k] = t;
                ss[k] = s;
                gs[k] = g;
                k++;
            }
            i = j;
        }
        return new KaplanMeier(Arrays.copyOf(ts, k), Arrays.copyOf(ss, k), Arrays.copyOf(gs, k), observed, eventAt);
    }

    /** People followed. */
    int size() {
        return observed.length;
    }

    /**
     * S(t); beyond the largest observed time 0 when everyone had the event by then, else NaN (nobody followed that
     * long, so nothing is known).
     */
    double survival(double t) {
        if (t > last) return survival.length > 0 && survival[survival.length - 1] == 0 ? 0 : Double.NaN;
        int i = upTo(t);
        return i < 0 ? 1.0 : survival[i];
    }

    /** Greenwood's variance of S(t): S(t)² Σ d / (n (n − d)); NaN where S is undefined. */
    double variance(double t) {
        double s = survival(t);
        if (Double.isNaN(s)) return Double.NaN;
        int i = upTo(t);
        return i < 0 ? 0 : s * s * greenwood[i];
    }

    /**
     * The log-log confidence interval of S(t): S^exp(±z·σ) with σ = √(Σ d/(n(n−d))) / |ln S| (Kalbfleisch and
     * Prentice), {lower, upper}; null before the first event (S = 1, no spread) or where S is undefined; {0, 0} when S = 0.
     */
    double[] interval(double t, double z) {
        double s = survival(t);
        int i = upTo(t);
        if (Double.isNaN(s) || i < 0) return null;
        if (s == 0) return new double[]{0, 0};
        double sigma = Math.sqrt(greenwood[i]) / Math.abs(Math.log(s));
        return new double[]{Math.pow(s, Math.exp(z * sigma)), Math.pow(s, Math.exp(-z * sigma))};
    }

    /** Number still at risk just after time t: followed beyond t without the event by t. */
    int atRiskAfter(double t) {
        return observed.length - upToObserved(t);
    }

    /** Events in the interval (from, to]. */
    int eventsIn(double from, double to) {
        return eventsBefore[upToObserved(to)] - eventsBefore[upToObserved(from)];
    }

    /** Censorings in the interval (from, to]. */
    int censoredIn(double from, double to) {
        int all = upToObserved(to) - upToObserved(from);
        return all - eventsIn(from, to);
    }

    /** How many observed times are ≤ t. */
    private int upToObserved(double t) {
        int lo = 0, hi = observed.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (observed[mid] <= t) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The median time: the first event time where S ≤ 0.5; NaN when S never falls that far. */
    double median() {
        for (int i = 0; i < times.length; i++) if (survival[i] <= 0.5) return times[i];
        return Double.NaN;
    }

    /** Index of the last event time ≤ t, or -1. */
    private int upTo(double t) {
        int lo = 0, hi = times.length - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
