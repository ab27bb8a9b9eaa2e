package svo.analysis.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The Knox test of space–time clustering (near-repeat analysis): every pair of events is put in a distance
 * band and a time band; the observed count of each cell of that table is compared with the counts after
 * the event times are randomly permuted among the events (Monte Carlo, seeded), which keeps the places
 * and the times but breaks any link between them.
 *
 * <p>Bands are half-open, {@code [a, b)}. Distance bands: "same location" (distance exactly 0), then
 * (0, e1), [e1, e2), …, [e(k−1), ek), and "ek or more". Time bands: [0, t1), [t1, t2), …, and "tm or
 * more". Distance is Euclidean or Manhattan in metres; time is in the caller's unit (days).
 *
 * <p>Memory does not grow with the square of the number of events. Events are sorted into a grid of
 * cells as wide as the largest distance edge, so only pairs in the same or adjacent cells are ever looked
 * at. The close pairs (closer than the largest edge) are kept once as a compact neighbour list (5 bytes a
 * pair) when they fit in the memory budget, and re-streamed from the grid for every permutation when they
 * do not. Pairs farther apart are never enumerated: their count per time band is the count over all pairs
 * (found from the sorted times, and the same under every permutation) less the close pairs.
 *
 * <p>Knox ratio = observed / mean of the simulated counts; p = (simulations ≥ observed + 1) / (N + 1).
 * Permutation k uses its own generator seeded from (seed, k), so results do not depend on the number of
 * threads.
 *
 * <pre>
 * Knox.Result r = Knox.run(e, n, days, new double[] {100, 200, 400}, new double[] {7, 14, 28},
 *         Knox.Metric.EUCLIDEAN, 999, 1L, 2, Knox.DEFAULT_MEMORY_BUDGET);
 * r.observed()[1][0];   // pairs under 100 m apart (not at the same spot) and under 7 days apart
 * </pre>
 */
public final class Knox {
    /** Bytes the stored close-pair list may use before the test streams pairs instead (256 MB). */
    public static final long DEFAULT_MEMORY_BUDGET = 256L << 20;

    private Knox() {}

    /** How distance between two events is measured. */
    public enum Metric { EUCLIDEAN, MANHATTAN }

    /**
     * The test's table. Arrays are {@code [distance band][time band]}: distance band 0 is the same location,
     * the last is "beyond the largest edge"; time band last is "beyond the largest edge".
     */
    public record Result(long[][] observed, double[][] expected, double[][] ratio, double[][] p, int permutations,
                         long seed, long closePairs, long totalPairs, boolean streamed) {}

    /** Runs the test. {@code x, y} in metres, {@code t} in days; edges ascending and positive. */
    public static Result run(double[] x, double[] y, double[] t, double[] distanceEdges, double[] timeEdges,
                             Metric metric, int permutations, long seed, int threads, long memoryBudget) {
        int n = x.length;
        if (y.length != n || t.length != n) throw new IllegalArgumentException("x, y and t differ in length");
        checkEdges(distanceEdges, "distance");
        checkEdges(timeEdges, "time");
        if (permutations < 0) throw new IllegalArgumentException("permutations must not be negative");
        Events ev = Events.sorted(x, y, t, distanceEdges[distanceEdges.length - 1]);
        int dBands = distanceEdges.length + 2;
        int tBands = timeEdges.length + 1;

        long closePairs = ev.countClosePairs(metric, distanceEdges);
        boolean streamed = closePairs * 5 + (long) (n + 1) * 4 > memoryBudget;
        PairList stored = streamed ? null : ev.storeClosePairs(metric, distanceEdges, closePairs);

        long[] allPairsByTime = pairsByTimeBand(ev.t, timeEdges);
        long totalPairs = (long) n * (n - 1) / 2;

        long[] observedFlat = countTable(ev, stored, ev.t, metric, distanceEdges, timeEdges, allPairsByTime);
        double[] sum = new double[observedFlat.length];
        long[] atLeast = new long[observedFlat.length];
        if (permutations > 0) simulate(ev, stored, metric, distanceEdges, timeEdges, allPairsByTime, observedFlat,
                permutations, seed, Math.max(1, threads), sum, atLeast);

        long[][] observed = new long[dBands][tBands];
        double[][] expected = new double[dBands][tBands];
        double[][] ratio = new double[dBands][tBands];
        double[][] p = new double[dBands][tBands];
        for (int d = 0; d < dBands; d++) {
            for (int b = 0; b < tBands; b++) {
                int k = d * tBands + b;
                observed[d][b] = observedFlat[k];
                expected[d][b] = permutations > 0 ? sum[k] / permutations : Double.NaN;
                ratio[d][b] = expected[d][b] > 0 ? observed[d][b] / expected[d][b] : Double.NaN;
                p[d][b] = permutations > 0 ? (atLeast[k] + 1.0) / (permutations + 1.0) : Double.NaN;
            }
        }
        return new Result(observed, expected, ratio, p, permutations, seed, closePairs, totalPairs, streamed);
    }

    private static void checkEdges(double[] edges, String what) {
        if (edges.length == 0) throw new IllegalArgumentException("at least one " + what + " band edge is needed");
        for (int i = 0; i < edges.length; i++) {
            if (!(edges[i] > 0) || (i > 0 && edges[i] <= edges[i - 1])) {
                throw new IllegalArgumentException(what + " band edges must be positive and ascending: " + Arrays.toString(edges));
            }
        }
    }

    /** Distance band of a distance: 0 = same location, 1 = (0, e1), k = [e(k−1), ek), edges.length + 1 = beyond. */
    static int distanceBand(double d, double[] edges) {
        if (d == 0) return 0;
        for (int i = 0; i < edges.length; i++) if (d < edges[i]) return i + 1;
        return edges.length + 1;
    }

    /** Time band of a time difference: k = [t(k−1), tk) with t(−1) = 0, edges.length = beyond. */
    static int timeBand(double dt, double[] edges) {
        for (int i = 0; i < edges.length; i++) if (dt < edges[i]) return i;
        return edges.length;
    }

    static double distance(Metric m, double dx, double dy) {
        return m == Metric.MANHATTAN ? Math.abs(dx) + Math.abs(dy) : Math.sqrt(dx * dx + dy * dy);
    }

    /** Pairs of all events per time band, from the sorted times (two pointers per edge). */
    static long[] pairsByTimeBand(double[] times, double[] edges) {
        double[] s = times.clone();
        Arrays.sort(s);
        int n = s.length;
        long[] below = new long[edges.length];
        for (int e = 0; e < edges.length; e++) {
            long count = 0;
            int j = 0;
            for (int i = 0; i < n; i++) {
                if (j < i + 1) j = i + 1;
                while (j < n && s[j] - s[i] < edges[e]) j++;
                count += j - i - 1;
            }
            below[e] = count;
        }
        long total = (long) n * (n - 1) / 2;
        long[] out = new long[edges.length + 1];
        long prev = 0;
        for (int e = 0; e < edges.length; e++) {
            out[e] = below[e] - prev;
            prev = below[e];
        }
        out[edges.length] = total - prev;
        return out;
    }

    /** The full table for one assignment of times to events. */
    private static long[] countTable(Events ev, PairList stored, double[] times, Metric metric, double[] dEdges,
                                     double[] tEdges, long[] allPairsByTime) {
        int tBands = tEdges.length + 1;
        int dBands = dEdges.length + 2;
        long[] table = new long[dBands * tBands];
        if (stored != null) {
            stored.count(times, tEdges, table, tBands);
        } else {
            ev.forEachClosePair(metric, dEdges, (a, b, band) -> table[band * tBands + timeBand(Math.abs(times[a] - times[b]), tEdges)]++);
        }
        int beyond = dBands - 1;
        for (int b = 0; b < tBands; b++) {
            long close = 0;
            for (int d = 0; d < beyond; d++) close += table[d * tBands + b];
            table[beyond * tBands + b] = allPairsByTime[b] - close;
        }
        return table;
    }

    private static void simulate(Events ev, PairList stored, Metric metric, double[] dEdges, double[] tEdges,
                                 long[] allPairsByTime, long[] observed, int permutations, long seed, int threads,
                                 double[] sum, long[] atLeast) {
        int workers = Math.min(threads, permutations);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread th = new Thread(r, "knox-permutations");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<long[][]>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                final int worker = w;
                futures.add(pool.submit(() -> {
                    long[] s = new long[observed.length];
                    long[] ge = new long[observed.length];
                    double[] shuffled = new double[ev.t.length];
                    for (int k = worker; k < permutations; k += workers) {
                        System.arraycopy(ev.t, 0, shuffled, 0, shuffled.length);
                        shuffle(shuffled, new SplittableRandom(mix(seed, k)));
                        long[] table = countTable(ev, stored, shuffled, metric, dEdges, tEdges, allPairsByTime);
                        for (int c = 0; c < table.length; c++) {
                            s[c] += table[c];
                            if (table[c] >= observed[c]) ge[c]++;
                        }
                    }
                    return new long[][] {s, ge};
                }));
            }
            for (Future<long[][]> f : futures) {
                long[][] part = f.get();
                for (int c = 0; c < sum.length; c++) {
                    sum[c] += part[0][c];
                    atLeast[c] += part[1][c];
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the Knox permutations were interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a Knox permutation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Fisher–Yates shuffle. */
    static void shuffle(double[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            double tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    /** A seed for permutation k that does not depend on how permutations are spread over threads. */
    static long mix(long seed, long k) {
        long z = seed * 0x9E3779B97F4A7C15L + (k + 1) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Receives one close pair (indices into the sorted events) and its distance band. */
    @FunctionalInterface
    interface PairSink {
        void pair(int a, int b, int distanceBand);
    }

    /** Close pairs kept as a neighbour list: for event a, partners other[start[a]…] with bands band[…]. */
    private record PairList(int[] start, int[] other, byte[] band) {
        void count(double[] times, double[] tEdges, long[] table, int tBands) {
            int n = start.length - 1;
            double tMax = tEdges[tEdges.length - 1];
            int beyondTime = tEdges.length;
            for (int a = 0; a < n; a++) {
                double ta = times[a];
                for (int k = start[a]; k < start[a + 1]; k++) {
                    double dt = Math.abs(ta - times[other[k]]);
                    int tb = dt >= tMax ? beyondTime : timeBand(dt, tEdges);
                    table[band[k] * tBands + tb]++;
                }
            }
        }
    }

    /** Events sorted by grid cell (cells as wide as the largest distance edge), with their cell keys. */
    private static final class Events {
        final double[] x, y, t;
        final long[] key;
        final double cell;
        final double ox, oy;

        private Events(double[] x, double[] y, double[] t, long[] key, double cell, double ox, double oy) {
            this.x = x;
            this.y = y;
            this.t = t;
            this.key = key;
            this.cell = cell;
            this.ox = ox;
            this.oy = oy;
        }

        static Events sorted(double[] x, double[] y, double[] t, double cell) {
            int n = x.length;
            double ox = Double.POSITIVE_INFINITY, oy = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                ox = Math.min(ox, x[i]);
                oy = Math.min(oy, y[i]);
            }
            if (n == 0) {
                ox = 0;
                oy = 0;
            }
            long[] k = new long[n];
            for (int i = 0; i < n; i++) {
                long c = (long) Math.floor((x[i] - ox) / cell);
                long r = (long) Math.floor((y[i] - oy) / cell);
                k[i] = (c << 32) | r;
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> k[a] != k[b] ? Long.compare(k[a], k[b]) : Integer.compare(a, b));
            double[] sx = new double[n], sy = new double[n], st = new double[n];
            long[] sk = new long[n];
            for (int i = 0; i < n; i++) {
                int j = order[i];
                sx[i] = x[j];
                sy[i] = y[j];
                st[i] = t[j];
                sk[i] = k[j];
            }
            return new Events(sx, sy, st, sk, cell, ox, oy);
        }

        private int lowerBound(long value, int from) {
            int lo = from, hi = key.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (key[mid] < value) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        /**
         * Visits every unordered pair closer than the largest edge exactly once: each event with the later
         * events of its own cell, of the cell north of it, and of the three cells of the next column.
         */
        void forEachClosePair(Metric metric, double[] edges, PairSink sink) {
            int n = x.length;
            double max = edges[edges.length - 1];
            int a = 0;
            while (a < n) {
                long k = key[a];
                int cellEnd = a;
                while (cellEnd < n && key[cellEnd] == k) cellEnd++;
                long col = k >>> 32, row = k & 0xffffffffL;
                int northStart = lowerBound(k + 1, cellEnd);
                int northEnd = northStart;
                while (northEnd < n && key[northEnd] == k + 1) northEnd++;
                long nextColLo = ((col + 1) << 32) | Math.max(row - 1, 0);
                long nextColHi = ((col + 1) << 32) | (row + 1);
                int eastStart = lowerBound(nextColLo, northEnd);
                int eastEnd = eastStart;
                while (eastEnd < n && key[eastEnd] <= nextColHi) eastEnd++;
                for (int i = a; i < cellEnd; i++) {
                    visit(i, i + 1, cellEnd, metric, edges, max, sink);
                    visit(i, northStart, northEnd, metric, edges, max, sink);
                    visit(i, eastStart, eastEnd, metric, edges, max, sink);
                }
                a = cellEnd;
            }
        }

        private void visit(int i, int from, int to, Metric metric, double[] edges, double max, PairSink sink) {
            double xi = x[i], yi = y[i];
            for (int j = from; j < to; j++) {
                double d = distance(metric, x[j] - xi, y[j] - yi);
                if (d < max) sink.pair(i, j, distanceBand(d, edges));
            }
        }

        long countClosePairs(Metric metric, double[] edges) {
            long[] count = new long[1];
            forEachClosePair(metric, edges, (a, b, band) -> count[0]++);
            return count[0];
        }

        PairList storeClosePairs(Metric metric, double[] edges, long expected) {
            if (expected > Integer.MAX_VALUE - 8) throw new IllegalStateException("too many close pairs to store");
            int n = x.length;
            int[] perEvent = new int[n + 1];
            forEachClosePair(metric, edges, (a, b, band) -> perEvent[a]++);
            int[] start = new int[n + 1];
            for (int i = 0; i < n; i++) start[i + 1] = start[i] + perEvent[i];
            int[] fill = Arrays.copyOf(start, n);
            int[] other = new int[(int) expected];
            byte[] bands = new byte[(int) expected];
            forEachClosePair(metric, edges, (a, b, band) -> {
                int k = fill[a]++;
                other[k] = b;
                bands[k] = (byte) band;
            });
            return new PairList(start, other, bands);
        }
    }
}
