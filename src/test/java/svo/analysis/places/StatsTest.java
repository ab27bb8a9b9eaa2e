package svo.analysis.places;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatsTest {
    @Test
    void normal_tails_match_published_values_to_twelve_digits() {
        // Values from R: pnorm(q, lower.tail = FALSE), printed with 17 digits.
        assertThat(Stats.upperTail(0.5)).isCloseTo(0.30853753872598694, within(1e-15));
        assertThat(Stats.upperTail(1.959963984540054)).isCloseTo(0.025, within(1e-15));
        assertThat(Stats.upperTail(3.0)).isCloseTo(0.0013498980316300946, within(1e-16));
        assertThat(Stats.upperTail(5.0) / 2.8665157187919391e-07).isCloseTo(1.0, within(1e-12));
        assertThat(Stats.upperTail(10.0) / 7.6198530241605269e-24).isCloseTo(1.0, within(1e-12));
        assertThat(Stats.normalCdf(-1.0)).isCloseTo(0.15865525393145705, within(1e-15));
        assertThat(Stats.twoSidedP(-2.5758293035489)).isCloseTo(0.01, within(1e-13));
        assertThat(Stats.twoSidedP(0)).isEqualTo(1.0);
    }

    @Test
    void benjamini_hochberg_matches_r_p_adjust() {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.2, 0.005, 0.5), "BH")
        double[] adj = Stats.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.2, 0.005, 0.5});
        assertThat(adj).containsExactly(new double[] {0.03, 0.06, 0.06, 0.24, 0.03, 0.5}, within(1e-15));
    }

    @Test
    void spearman_uses_mid_ranks_for_ties_and_gives_a_fisher_interval() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] y = {2, 1, 4, 3, 6, 5, 8, 7, 10, 10};
        // R: cor(x, y, method = "spearman") = 0.948332648140901
        Stats.Correlation s = Stats.spearman(x, y);
        assertThat(s.r()).isCloseTo(0.948332648140901, within(1e-12));
        assertThat(s.lower95()).isLessThan(s.r());
        assertThat(s.upper95()).isBetween(s.r(), 1.0);
        // Pearson of a perfect line is 1.
        assertThat(Stats.pearson(x, new double[] {3, 5, 7, 9, 11, 13, 15, 17, 19, 21}).r()).isCloseTo(1.0, within(1e-12));
    }
}
