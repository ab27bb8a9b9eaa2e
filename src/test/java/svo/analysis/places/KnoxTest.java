package svo.analysis.places;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KnoxTest {
    private static final double[] D = {100, 200, 400};
    private static final double[] T = {7, 14, 28};

    /** 400 events on whole metres and whole days, with repeated locations and distances exactly on band edges. */
    private static double[][] events(long seed) {
        Random rnd = new Random(seed);
        int n = 400;
        double[] x = new double[n], y = new double[n], t = new double[n];
        for (int i = 0; i < n; i++) {
            if (i > 10 && i % 7 == 0) {
                int j = rnd.nextInt(i);
                x[i] = x[j];
                y[i] = y[j];
            } else if (i > 10 && i % 11 == 0) {
                int j = rnd.nextInt(i);
                x[i] = x[j] + 60;    // 60-80-100: exactly on the 100 m edge
                y[i] = y[j] + 80;
            } else {
                x[i] = 440_000 + rnd.nextInt(3000);
                y[i] = 335_000 + rnd.nextInt(3000);
            }
            t[i] = rnd.nextInt(120);
        }
        return new double[][] {x, y, t};
    }

    private static long[][] bruteForce(double[] x, double[] y, double[] t, Knox.Metric m) {
        long[][] table = new long[D.length + 2][T.length + 1];
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                double dx = x[i] - x[j], dy = y[i] - y[j];
                double d = m == Knox.Metric.MANHATTAN ? Math.abs(dx) + Math.abs(dy) : Math.sqrt(dx * dx + dy * dy);
                int db;
                if (d == 0) db = 0;
                else if (d < 100) db = 1;
                else if (d < 200) db = 2;
                else if (d < 400) db = 3;
                else db = 4;
                double dt = Math.abs(t[i] - t[j]);
                int tb = dt < 7 ? 0 : dt < 14 ? 1 : dt < 28 ? 2 : 3;
                table[db][tb]++;
            }
        }
        return table;
    }

    @Test
    void observed_counts_equal_a_brute_force_count_of_every_pair() {
        double[][] e = events(7);
        for (Knox.Metric m : Knox.Metric.values()) {
            Knox.Result r = Knox.run(e[0], e[1], e[2], D, T, m, 0, 1, 1, Knox.DEFAULT_MEMORY_BUDGET);
            assertThat(r.observed()).as(m.name()).isDeepEqualTo(bruteForce(e[0], e[1], e[2], m));
            assertThat(r.totalPairs()).isEqualTo(400L * 399 / 2);
        }
    }

    @Test
    void a_pair_exactly_100_m_apart_is_in_the_100_to_200_m_band_and_same_day_pairs_in_the_first_time_band() {
        double[] x = {0, 60, 0}, y = {0, 80, 0}, t = {0, 0, 7};
        Knox.Result r = Knox.run(x, y, t, D, T, Knox.Metric.EUCLIDEAN, 0, 1, 1, Knox.DEFAULT_MEMORY_BUDGET);
        assertThat(r.observed()[2][0]).isEqualTo(1);  // events 0 and 1: 100 m, same day
        assertThat(r.observed()[0][1]).isEqualTo(1);  // events 0 and 2: same place, 7 days: [7, 14)
        assertThat(r.observed()[2][1]).isEqualTo(1);  // events 1 and 2: 100 m, 7 days
        // Manhattan: 60 + 80 = 140 m, still [100, 200).
        Knox.Result man = Knox.run(x, y, t, D, T, Knox.Metric.MANHATTAN, 0, 1, 1, Knox.DEFAULT_MEMORY_BUDGET);
        assertThat(man.observed()[2][0]).isEqualTo(1);
    }

    @Test
    void streaming_pairs_gives_the_same_table_as_storing_them() {
        double[][] e = events(11);
        Knox.Result stored = Knox.run(e[0], e[1], e[2], D, T, Knox.Metric.EUCLIDEAN, 49, 5, 1, Knox.DEFAULT_MEMORY_BUDGET);
        Knox.Result streamed = Knox.run(e[0], e[1], e[2], D, T, Knox.Metric.EUCLIDEAN, 49, 5, 1, 0);
        assertThat(stored.streamed()).isFalse();
        assertThat(streamed.streamed()).isTrue();
        assertThat(streamed.observed()).isDeepEqualTo(stored.observed());
        assertThat(streamed.expected()).isDeepEqualTo(stored.expected());
        assertThat(streamed.p()).isDeepEqualTo(stored.p());
    }

    @Test
    void results_depend_on_the_seed_but_not_on_the_number_of_threads() {
        double[][] e = events(3);
        Knox.Result one = Knox.run(e[0], e[1], e[2], D, T, Knox.Metric.EUCLIDEAN, 99, 123, 1, Knox.DEFAULT_MEMORY_BUDGET);
        Knox.Result two = Knox.run(e[0], e[1], e[2], D, T, Knox.Metric.EUCLIDEAN, 99, 123, 2, Knox.DEFAULT_MEMORY_BUDGET);
        Knox.Result other = Knox.run(e[0], e[1], e[2], D, T, Knox.Metric.EUCLIDEAN, 99, 124, 2, Knox.DEFAULT_MEMORY_BUDGET);
        assertThat(two.expected()).isDeepEqualTo(one.expected());
        assertThat(two.p()).isDeepEqualTo(one.p());
        assertThat(other.expected()).isNotEqualTo(one.expected());
    }

    @Test
    void permutation_totals_per_time_band_are_unchanged_so_expected_counts_add_up_to_the_observed_totals() {
        double[][] e = events(5);
        Knox.Result r = Knox.run(e[0], e[1], e[2], D, T, Knox.Metric.EUCLIDEAN, 199, 9, 2, Knox.DEFAULT_MEMORY_BUDGET);
        for (int tb = 0; tb <= T.length; tb++) {
            double expected = 0;
            long observed = 0;
            for (int db = 0; db < D.length + 2; db++) {
                expected += r.expected()[db][tb];
                observed += r.observed()[db][tb];
            }
            assertThat(expected).isCloseTo(observed, within(1e-6));
        }
        for (double[] row : r.p()) for (double p : row) assertThat(p).isBetween(1.0 / 200, 1.0);
    }

    @Test
    void a_planted_near_repeat_cluster_is_significant_in_the_close_and_recent_cell() {
        Random rnd = new Random(1);
        int n = 600;
        double[] x = new double[n], y = new double[n], t = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 440_000 + rnd.nextInt(5000);
            y[i] = 335_000 + rnd.nextInt(5000);
            t[i] = rnd.nextInt(365);
        }
        // 30 repeats, each within 50 m and 3 days of an earlier event.
        for (int i = 0; i < 30; i++) {
            int j = 100 + i;
            x[500 + i] = x[j] + 30;
            y[500 + i] = y[j] + 40;
            t[500 + i] = t[j] + 3;
        }
        Knox.Result r = Knox.run(x, y, t, D, T, Knox.Metric.EUCLIDEAN, 199, 77, 2, Knox.DEFAULT_MEMORY_BUDGET);
        assertThat(r.p()[1][0]).isLessThan(0.01);
        assertThat(r.ratio()[1][0]).isGreaterThan(3);
    }
}
