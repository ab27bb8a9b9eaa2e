package svo.analysis.places;

/**
 * Classifies each unit (grid cell or area) by its run of Getis–Ord hot-spot results over consecutive
 * periods. A unit is <em>hot</em> in a period when its G* bin is at least the chosen level (2 = hot at 95%
 * confidence). With the periods in time order:
 * <ul>
 *   <li><b>persistent</b>: hot in every period;</li>
 *   <li><b>emerging</b>: not hot in the first period, hot in the latest, and hot in every period since it
 *       first became hot (one unbroken run reaching the latest period);</li>
 *   <li><b>intermittent</b>: hot in the latest period, but its hot periods are broken by at least one that
 *       is not (so it is neither persistent nor emerging);</li>
 *   <li><b>former</b>: hot in some earlier period but not in the latest;</li>
 *   <li><b>never</b>: hot in no period.</li>
 * </ul>
 * Every possible run falls in exactly one class. The classes need at least two periods.
 *
 * <pre>
 * HotspotTrend.Kind k = HotspotTrend.classify(new int[] {0, 2, 3}, 2);   // EMERGING
 * </pre>
 */
public final class HotspotTrend {
    private HotspotTrend() {}

    /** The class of a unit. */
    public enum Kind {
        PERSISTENT("persistent"), EMERGING("emerging"), INTERMITTENT("intermittent"), FORMER("former"), NEVER("never a hot spot");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The class of one unit from its bins in time order. */
    public static Kind classify(int[] binsInTimeOrder, int level) {
        int t = binsInTimeOrder.length;
        if (t < 2) throw new IllegalArgumentException("hot spot classes need at least two periods");
        boolean[] hot = new boolean[t];
        int hotCount = 0;
        for (int i = 0; i < t; i++) {
            hot[i] = binsInTimeOrder[i] >= level;
            if (hot[i]) hotCount++;
        }
        if (hotCount == 0) return Kind.NEVER;
        if (hotCount == t) return Kind.PERSISTENT;
        if (!hot[t - 1]) return Kind.FORMER;
        int runStart = t - 1;
        while (runStart > 0 && hot[runStart - 1]) runStart--;
        boolean hotBeforeRun = false;
        for (int i = 0; i < runStart; i++) hotBeforeRun |= hot[i];
        return hotBeforeRun ? Kind.INTERMITTENT : Kind.EMERGING;
    }

    /** Classes of every unit; {@code bins[period][unit]}, periods in time order. */
    public static Kind[] classify(int[][] bins, int level) {
        int units = bins[0].length;
        Kind[] out = new Kind[units];
        int[] run = new int[bins.length];
        for (int u = 0; u < units; u++) {
            for (int p = 0; p < bins.length; p++) run[p] = bins[p][u];
            out[u] = classify(run, level);
        }
        return out;
    }
}
