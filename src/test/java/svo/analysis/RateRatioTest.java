package svo.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RateRatioTest {
    /** Reference values from R 4: {@code poisson.test(c(a, b), c(ta, tb))$estimate} and {@code $conf.int}. */
    @ParameterizedTest(name = "{0} against {2}")
    @CsvSource({
            "2179, 1, 2523, 1, 0.863654379707, 0.815167884136, 0.914969001353",
            "644, 1, 691, 1, 0.931982633864, 0.835811791314, 1.03910931653",
            "6, 1, 9, 1, 0.666666666667, 0.195263396623, 2.09722403479",
            "276, 1, 315, 1, 0.87619047619, 0.742730129597, 1.03315562285",
            "2, 1, 9, 1, 0.222222222222, 0.023364641053, 1.07363843583",
            "4733, 1, 4389, 1, 1.07837776259, 1.03476495889, 1.12384674823",
            "5000000, 1, 5010000, 1, 0.998003992016, 0.996768059985, 0.999241456149",
            "122, 1, 78, 1, 1.5641025641, 1.1676869163, 2.10567626763",
            "100, 366, 80, 365, 1.24658469945, 0.919756768371, 1.6941768707",
    })
    void matches_the_exact_conditional_interval_of_r_poisson_test(long a, double ta, long b, double tb, double ratio,
                                                                    double low, double high) {
        RateRatio r = RateRatio.of(a, ta, b, tb);
        assertThat(r.ratio()).isCloseTo(ratio, within(ratio * 1e-9));
        assertThat(r.low()).isCloseTo(low, within(low * 1e-8));
        assertThat(r.high()).isCloseTo(high, within(high * 1e-8));
    }

    @Test
    void a_zero_count_on_either_side_gives_an_open_ended_interval() {
        RateRatio none = RateRatio.of(0, 1, 3, 1);
        assertThat(none.ratio()).isZero();
        assertThat(none.low()).isZero();
        assertThat(none.high()).isCloseTo(2.41995189335, within(1e-8));
        RateRatio fromNothing = RateRatio.of(3, 1, 0, 1);
        assertThat(fromNothing.ratio()).isInfinite();
        assertThat(fromNothing.low()).isCloseTo(0.413231355031, within(1e-9));
        assertThat(fromNothing.high()).isInfinite();
        assertThat(RateRatio.of(1, 1, 0, 1).low()).isCloseTo(0.025641025641, within(1e-10));
    }

    @Test
    void nothing_in_either_period_is_never_significant() {
        RateRatio r = RateRatio.of(0, 1, 0, 1);
        assertThat(r.significant()).isFalse();
        assertThat(r.ratio()).isNaN();
    }

    @Test
    void a_fall_from_2523_to_2179_is_significant_and_one_from_691_to_644_is_not() {
        assertThat(RateRatio.of(2179, 1, 2523, 1).significant()).isTrue();
        assertThat(RateRatio.of(644, 1, 691, 1).significant()).isFalse();
    }
}
