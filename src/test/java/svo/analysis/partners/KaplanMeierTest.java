package svo.analysis.partners;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The estimator on a cohort small enough to compute by hand: eight people, five reoffending (days 20, 50, 80,
 * 150, 250) and three censored (days 50, 100, 390), one censoring tied with an event at day 50.
 *
 * <pre>
 * day   at risk  events  S(t)
 *  20      8       1     7/8
 *  50      7       1     7/8 × 6/7 = 3/4      (the censoring at 50 is still at risk: events first)
 *  80      5       1     3/4 × 4/5 = 3/5
 * 150      3       1     3/5 × 2/3 = 2/5
 * 250      2       1     2/5 × 1/2 = 1/5
 * </pre>
 *
 * Greenwood: Var S(t) = S(t)² Σ d/(n(n−d)); at day 100 Σ = 1/56 + 1/42 + 1/20 = 77/840.
 */
class KaplanMeierTest {
    static final double[] TIMES = {20, 50, 50, 80, 100, 150, 250, 390};
    static final boolean[] EVENTS = {true, true, false, true, false, true, true, false};

    @Test
    void the_estimate_steps_down_at_each_event_by_the_share_of_those_at_risk_and_censored_people_leave_the_risk_set() {
        KaplanMeier km = KaplanMeier.fit(TIMES, EVENTS);
        assertThat(km.survival(0)).isEqualTo(1.0);
        assertThat(km.survival(19.9)).isEqualTo(1.0);
        assertThat(km.survival(20)).isCloseTo(7.0 / 8, within(1e-15));
        assertThat(km.survival(50)).isCloseTo(3.0 / 4, within(1e-15));
        assertThat(km.survival(99)).isCloseTo(3.0 / 5, within(1e-15));
        assertThat(km.survival(150)).isCloseTo(2.0 / 5, within(1e-15));
        assertThat(km.survival(389)).isCloseTo(1.0 / 5, within(1e-15));
        assertThat(km.survival(390)).isCloseTo(1.0 / 5, within(1e-15));
        assertThat(km.survival(391)).as("nobody is followed beyond day 390").isNaN();
        assertThat(km.median()).isEqualTo(150);
    }

    @Test
    void greenwood_variance_and_the_log_log_interval_match_the_hand_computation() {
        KaplanMeier km = KaplanMeier.fit(TIMES, EVENTS);
        double sum = 1.0 / 56 + 1.0 / 42 + 1.0 / 20;
        assertThat(sum).isCloseTo(77.0 / 840, within(1e-15));
        assertThat(km.variance(100)).isCloseTo(0.36 * sum, within(1e-15));
        double sigma = Math.sqrt(sum) / Math.abs(Math.log(0.6));
        double[] ci = km.interval(100, KaplanMeier.Z95);
        assertThat(ci[0]).isCloseTo(Math.pow(0.6, Math.exp(1.959963984540054 * sigma)), within(1e-15));
        assertThat(ci[1]).isCloseTo(Math.pow(0.6, Math.exp(-1.959963984540054 * sigma)), within(1e-15));
        // the same numbers, worked out independently to four places: 1 − S in [14.7746%, 80.4504%]
        assertThat(100 * (1 - ci[1])).isCloseTo(14.7746, within(5e-5));
        assertThat(100 * (1 - ci[0])).isCloseTo(80.4504, within(5e-5));
        assertThat(km.interval(10, KaplanMeier.Z95)).as("no interval before the first event").isNull();
    }

    @Test
    void the_risk_set_and_the_counts_of_events_and_censorings_per_interval() {
        KaplanMeier km = KaplanMeier.fit(TIMES, EVENTS);
        assertThat(km.size()).isEqualTo(8);
        assertThat(km.atRiskAfter(0)).isEqualTo(8);
        assertThat(km.atRiskAfter(50)).isEqualTo(5);
        assertThat(km.atRiskAfter(390)).isZero();
        assertThat(km.eventsIn(30, 60)).isEqualTo(1);
        assertThat(km.censoredIn(30, 60)).isEqualTo(1);
        assertThat(km.eventsIn(0, 400)).isEqualTo(5);
        assertThat(km.censoredIn(0, 400)).isEqualTo(3);
    }

    @Test
    void when_everyone_left_had_the_event_the_estimate_is_zero_and_stays_zero() {
        KaplanMeier km = KaplanMeier.fit(new double[]{20, 50, 50, 80}, new boolean[]{true, true, false, true});
        assertThat(km.survival(80)).isZero();
        assertThat(km.survival(400)).isZero();
        assertThat(km.interval(400, KaplanMeier.Z95)).containsExactly(0, 0);
        assertThat(KaplanMeier.fit(new double[0], new boolean[0]).survival(10)).isNaN();
    }
}
