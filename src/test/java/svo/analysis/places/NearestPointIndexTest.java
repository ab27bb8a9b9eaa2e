package svo.analysis.places;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NearestPointIndexTest {
    @Test
    void a_point_exactly_500_m_away_is_within_500_m_and_one_a_millimetre_further_is_not() {
        // 300-400-500 triangle: the distance is exactly 500.0 in floating point.
        NearestPointIndex idx = new NearestPointIndex(new double[] {430_000}, new double[] {336_000}, 500);
        assertThat(idx.nearest(430_300, 336_400)).isEqualTo(0);
        assertThat(idx.nearest(430_000, 336_500)).isEqualTo(0);
        assertThat(idx.nearest(430_000, 336_500.001)).isEqualTo(-1);
        assertThat(idx.nearest(429_500, 336_000)).isEqualTo(0);
    }

    @Test
    void finds_the_same_nearest_school_as_a_brute_force_search_over_every_pair() {
        Random rnd = new Random(42);
        int schools = 300, offences = 5000;
        double[] sx = new double[schools], sy = new double[schools];
        for (int i = 0; i < schools; i++) {
            // Whole metres, so some distances land exactly on 500 m.
            sx[i] = 420_000 + rnd.nextInt(20_000);
            sy[i] = 330_000 + rnd.nextInt(20_000);
        }
        NearestPointIndex idx = new NearestPointIndex(sx, sy, 500);
        int found = 0, onBoundary = 0;
        for (int k = 0; k < offences; k++) {
            double x, y;
            if (k % 10 == 0) {
                // Exactly 500 m from a school along a 3-4-5 triangle.
                int s = rnd.nextInt(schools);
                x = sx[s] + (rnd.nextBoolean() ? 300 : -300);
                y = sy[s] + (rnd.nextBoolean() ? 400 : -400);
            } else {
                x = 419_000 + rnd.nextInt(22_000);
                y = 329_000 + rnd.nextInt(22_000);
            }
            int expected = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int s = 0; s < schools; s++) {
                double d = Math.hypot(sx[s] - x, sy[s] - y);
                if (d <= 500 && d < best) {
                    best = d;
                    expected = s;
                }
            }
            int got = idx.nearest(x, y);
            assertThat(got).as("offence %d at %.0f,%.0f", k, x, y).isEqualTo(expected);
            if (got >= 0) found++;
            if (best == 500) onBoundary++;
        }
        assertThat(found).isGreaterThan(500);
        assertThat(onBoundary).isGreaterThan(100);
    }

    @Test
    void points_spread_too_thinly_for_a_dense_grid_are_found_through_the_sorted_cells() {
        // 5 m cells over the whole country: far more than 16 million cells, so the sparse path is used.
        Random rnd = new Random(9);
        int n = 2000;
        double[] sx = new double[n], sy = new double[n];
        for (int i = 0; i < n; i++) {
            sx[i] = 100_000 + rnd.nextInt(500_000);
            sy[i] = 50_000 + rnd.nextInt(600_000);
        }
        NearestPointIndex idx = new NearestPointIndex(sx, sy, 5);
        for (int k = 0; k < 4000; k++) {
            int s = rnd.nextInt(n);
            double x = sx[s] + rnd.nextInt(13) - 6, y = sy[s] + rnd.nextInt(13) - 6;
            int expected = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double d = Math.hypot(sx[j] - x, sy[j] - y);
                if (d <= 5 && d < best) {
                    best = d;
                    expected = j;
                }
            }
            assertThat(idx.nearest(x, y)).isEqualTo(expected);
        }
    }

    @Test
    void of_two_schools_at_the_same_distance_the_one_listed_first_is_chosen() {
        NearestPointIndex idx = new NearestPointIndex(new double[] {1000, 1200}, new double[] {1000, 1000}, 500);
        assertThat(idx.nearest(1100, 1000)).isEqualTo(0);
        assertThat(idx.size()).isEqualTo(2);
    }
}
