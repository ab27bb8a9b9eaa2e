package svo.analysis.places;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KernelDensityTest {
    @Test
    void one_point_gives_the_quartic_peak_at_its_cell_and_integrates_to_one() {
        Grid grid = new Grid(0, 0, 10, 101, 101);
        double h = 200;
        double[] d = KernelDensity.estimate(grid, new double[] {505}, new double[] {505}, h);
        int centre = grid.cellOf(505, 505);
        assertThat(d[centre]).isCloseTo(3 / (Math.PI * h * h), within(1e-15));
        double total = 0;
        for (double v : d) total += v * grid.cellSize() * grid.cellSize();
        assertThat(total).isCloseTo(1.0, within(0.01));
        // Zero at and beyond the bandwidth: the cell whose centre is exactly 200 m east.
        assertThat(d[grid.cellOf(705, 505)]).isZero();
    }

    @Test
    void points_at_the_same_place_count_with_their_multiplicity() {
        Grid grid = new Grid(0, 0, 10, 50, 50);
        double[] once = KernelDensity.estimate(grid, new double[] {250}, new double[] {250}, 100);
        double[] thrice = KernelDensity.estimate(grid, new double[] {250, 250, 250}, new double[] {250, 250, 250}, 100);
        for (int i = 0; i < once.length; i++) assertThat(thrice[i]).isCloseTo(3 * once[i], within(1e-15));
    }

    @Test
    void the_rule_of_thumb_bandwidth_follows_the_standard_distance_and_median_distance() {
        // Four points at the corners of a 200 m square: SD = Dm = 141.42 m; h = 0.9 · 141.42 · 4^-0.2.
        double[] x = {0, 200, 0, 200}, y = {0, 0, 200, 200};
        double expected = 0.9 * Math.min(Math.sqrt(20000), Math.sqrt(1 / Math.log(2)) * Math.sqrt(20000)) * Math.pow(4, -0.2);
        assertThat(KernelDensity.ruleOfThumbBandwidth(x, y)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void a_point_at_0_0_and_a_point_in_the_sea_are_strays_but_a_neighbouring_town_is_not() {
        double[] x = new double[1003], y = new double[1003];
        for (int i = 0; i < 1000; i++) {
            x[i] = 420_000 + (i * 37 % 40_000);
            y[i] = 320_000 + (i * 53 % 60_000);
        }
        x[1000] = 0;
        y[1000] = 0;
        x[1001] = 650_000;      // off the East Anglian coast, 190 km east
        y[1001] = 340_000;
        x[1002] = 435_000;      // Sheffield, just north of the bulk
        y[1002] = 387_000;
        assertThat(StrayPoints.find(x, y)).containsExactly(1000, 1001);
    }
}
