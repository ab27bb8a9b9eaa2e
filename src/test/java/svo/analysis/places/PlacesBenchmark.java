package svo.analysis.places;

import java.util.Random;

/**
 * Benchmarks of the place algorithms, run by hand (not a test; speed is never asserted in tests):
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) svo.analysis.places.PlacesBenchmark
 * </pre>
 * Prints the median of several runs after a warm-up:
 * school proximity for 1,000,000 offences and 25,000 schools; Gi* on a 500 × 500 grid; Knox on 50,000 events
 * with 999 permutations on the available cores.
 */
public final class PlacesBenchmark {
    private PlacesBenchmark() {}

    public static void main(String[] args) {
        System.out.printf("cores: %d, max heap: %d MB%n", Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        schoolProximity();
        schoolProximityThroughTheStore();
        giStar();
        knox(args.length > 0 ? Integer.parseInt(args[0]) : 50_000, args.length > 1 ? Integer.parseInt(args[1]) : 999);
    }

    /** 25,000 schools over England's extent; 1,000,000 offences, half of them within 1 km of a school. */
    static void schoolProximity() {
        Random rnd = new Random(1);
        int schools = 25_000, offences = 1_000_000;
        double[] sx = new double[schools], sy = new double[schools];
        for (int i = 0; i < schools; i++) {
            sx[i] = 140_000 + rnd.nextDouble() * 510_000;
            sy[i] = 20_000 + rnd.nextDouble() * 630_000;
        }
        double[] ox = new double[offences], oy = new double[offences];
        int[] dow = new int[offences], sec = new int[offences];
        boolean[] edu = new boolean[offences], street = new boolean[offences];
        for (int i = 0; i < offences; i++) {
            if (i % 2 == 0) {
                int s = rnd.nextInt(schools);
                ox[i] = sx[s] + rnd.nextGaussian() * 600;
                oy[i] = sy[s] + rnd.nextGaussian() * 600;
            } else {
                ox[i] = 140_000 + rnd.nextDouble() * 510_000;
                oy[i] = 20_000 + rnd.nextDouble() * 630_000;
            }
            dow[i] = 1 + rnd.nextInt(7);
            sec[i] = rnd.nextInt(86_400);
            edu[i] = rnd.nextInt(20) == 0;
            street[i] = rnd.nextInt(3) > 0;
        }
        boolean[] days = {false, true, true, true, true, true, false, false};
        long[] times = new long[7];
        long counted = 0;
        for (int run = 0; run < times.length; run++) {
            long t0 = System.nanoTime();
            SchoolMatcher m = new SchoolMatcher(sx, sy, 500, days, 8 * 3600, 16 * 3600);
            long[] perSchool = new long[schools];
            counted = 0;
            for (int i = 0; i < offences; i++) {
                int kind = m.classify(dow[i], sec[i], ox[i], oy[i], edu[i], street[i]);
                if (kind != SchoolMatcher.NONE) {
                    counted++;
                    if (m.lastSchool() >= 0) perSchool[m.lastSchool()]++;
                }
            }
            times[run] = System.nanoTime() - t0;
        }
        // The spatial test alone, every offence against the index (no day/time filter).
        long[] spatial = new long[5];
        long near = 0;
        NearestPointIndex idx = new NearestPointIndex(sx, sy, 500);
        for (int run = 0; run < spatial.length; run++) {
            long t0 = System.nanoTime();
            near = 0;
            for (int i = 0; i < offences; i++) if (idx.nearest(ox[i], oy[i]) >= 0) near++;
            spatial[run] = System.nanoTime() - t0;
        }
        System.out.printf("school proximity: %,d offences × %,d schools: %.0f ms (median of %d; %,d counted); nearest-school lookup for all: %.0f ms (%,d within 500 m)%n",
                offences, schools, median(times) / 1e6, times.length, counted, median(spatial) / 1e6, near);
    }

    /**
     * The whole analysis, SQL and all, on 1,000,000 occurrences (each with a victim) and 25,000 schools written
     * straight into an in-memory store with SQL (the importers have their own benchmark).
     */
    static void schoolProximityThroughTheStore() {
        try (svo.store.Store store = svo.store.Store.inMemory()) {
            var c = store.connection();
            svo.store.Jdbc.execute(c, """
                    INSERT INTO batch VALUES (1, 'occurrences', 'bench', 'bench.csv', 'x', 'UTF-8', 'strict', 1000000, 1000000, 0,
                        DATE '2024-04-01', DATE '2025-03-31', 'active', NULL, true, 'bench', now());
                    INSERT INTO school (urn, name, phase, easting, northing)
                        SELECT 'S' || i, 'School ' || i, 'Primary', 140000 + random() * 510000, 20000 + random() * 630000 FROM range(25000) t(i);
                    INSERT INTO occurrence_all (batch_id, occurrence_id, recorded_date, committed_from, offence, offence_group, knife, firearm,
                        other_weapon, domestic_abuse, sexual_offence, q_alcohol, q_drugs, q_youth, q_mental_health, q_nte, easting, northing,
                        district_code, location_type)
                        SELECT 1, 'O' || i, DATE '2024-04-01' + CAST(i % 365 AS INTEGER),
                               TIMESTAMP '2024-04-01' + INTERVAL (i % 365) DAY + INTERVAL (i % 86400) SECOND,
                               'abh', 'violence with injury', false, false, false, false, false, false, false, false, false, false,
                               140000 + random() * 510000, 20000 + random() * 630000, 'E06000015',
                               CASE WHEN i % 20 = 0 THEN 'education' WHEN i % 3 = 0 THEN 'dwelling' ELSE 'street' END
                        FROM range(1000000) t(i);
                    INSERT INTO person_all (batch_id, occurrence_id, person_key, role, age)
                        SELECT 1, 'O' || i, i, 'victim', CAST(i % 20 AS INTEGER) FROM range(1000000) t(i);
                    """);
            svo.analysis.Scope scope = svo.analysis.Scope.of(null, svo.analysis.Period.parse("FY2024"));
            long[] times = new long[5];
            Object counted = null;
            for (int run = 0; run < times.length; run++) {
                long t0 = System.nanoTime();
                svo.analysis.Result r = new SchoolProximity().run(store, scope);
                times[run] = System.nanoTime() - t0;
                counted = r.figure("at_or_near_school_offences");
            }
            System.out.printf("school proximity through the store (SQL + index + tables): 1,000,000 occurrences with victims, 25,000 schools: %.0f ms (median of %d; %s at or near a school)%n",
                    median(times) / 1e6, times.length, counted);
        }
    }

    /** A 500 × 500 grid of Poisson-ish counts with a few hot areas. */
    static void giStar() {
        int cols = 500, rows = 500;
        Random rnd = new Random(2);
        long[] counts = new long[cols * rows];
        for (int i = 0; i < counts.length; i++) counts[i] = rnd.nextInt(4);
        for (int h = 0; h < 50; h++) {
            int c = rnd.nextInt(cols), r = rnd.nextInt(rows);
            for (int dr = -3; dr <= 3; dr++) for (int dc = -3; dc <= 3; dc++) {
                int rr = r + dr, cc = c + dc;
                if (rr >= 0 && rr < rows && cc >= 0 && cc < cols) counts[rr * cols + cc] += 10;
            }
        }
        long[] times = new long[7];
        int hot = 0;
        for (int run = 0; run < times.length; run++) {
            long t0 = System.nanoTime();
            Neighbours nb = Neighbours.queenGrid(cols, rows, null, 1, true);
            GetisOrd.Result g = GetisOrd.compute(counts, nb, true);
            hot = g.countInBin(3);
            times[run] = System.nanoTime() - t0;
        }
        System.out.printf("Gi*: %,d cells, queen weights, with FDR: %.0f ms (median of %d; %,d cells hot at 99%%)%n",
                cols * rows, median(times) / 1e6, times.length, hot);
    }

    /** Events over a 40 × 40 km county in three years: 70% around 300 hot places (σ 250 m), 30% anywhere. */
    static void knox(int n, int permutations) {
        Random rnd = new Random(3);
        double[] hx = new double[300], hy = new double[300];
        for (int i = 0; i < hx.length; i++) {
            hx[i] = 420_000 + rnd.nextDouble() * 40_000;
            hy[i] = 320_000 + rnd.nextDouble() * 40_000;
        }
        double[] x = new double[n], y = new double[n], t = new double[n];
        for (int i = 0; i < n; i++) {
            if (rnd.nextInt(10) < 7) {
                int h = rnd.nextInt(hx.length);
                x[i] = Math.round(hx[h] + rnd.nextGaussian() * 250);
                y[i] = Math.round(hy[h] + rnd.nextGaussian() * 250);
            } else {
                x[i] = Math.round(420_000 + rnd.nextDouble() * 40_000);
                y[i] = Math.round(320_000 + rnd.nextDouble() * 40_000);
            }
            t[i] = rnd.nextInt(3 * 365);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        Knox.Result r = Knox.run(x, y, t, NearRepeat.DEFAULT_DISTANCES, NearRepeat.DEFAULT_DAYS, Knox.Metric.EUCLIDEAN, permutations, 1,
                rt.availableProcessors(), Knox.DEFAULT_MEMORY_BUDGET);
        long elapsed = System.nanoTime() - t0;
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("Knox: %,d events, %,d pairs in all, %,d within 400 m, %d permutations on %d threads: %.1f s (heap grew by about %d MB; pairs %s)%n",
                n, r.totalPairs(), r.closePairs(), permutations, rt.availableProcessors(), elapsed / 1e9, Math.max(0, after - before) >> 20,
                r.streamed() ? "streamed" : "stored");
        System.out.printf("  closest band (0–100 m, 0–6 days): observed %d, expected %.1f, ratio %.2f, p %.3f%n", r.observed()[1][0],
                r.expected()[1][0], r.ratio()[1][0], r.p()[1][0]);
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }
}
