package svo.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2025-04-01T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void five_failures_for_an_account_then_it_waits_thirty_seconds_doubling_up_to_fifteen_minutes() {
        for (int i = 0; i < 4; i++) throttle.failed("asha", "10.0.0." + i);
        assertThat(throttle.secondsToWait("asha", "10.0.0.9")).isZero();
        throttle.failed("asha", "10.0.0.5");
        assertThat(throttle.secondsToWait("asha", "10.0.0.9")).isEqualTo(30);
        assertThat(throttle.secondsToWait("ASHA ", "10.0.0.9")).as("usernames compare as typed in any case").isEqualTo(30);
        clock.advance(Duration.ofSeconds(12));
        assertThat(throttle.secondsToWait("asha", "10.0.0.9")).isEqualTo(18);
        clock.advance(Duration.ofSeconds(18));
        assertThat(throttle.secondsToWait("asha", "10.0.0.9")).isZero();
        throttle.failed("asha", "10.0.0.6");
        assertThat(throttle.secondsToWait("asha", "10.0.0.9")).isEqualTo(60);
        for (int i = 0; i < 10; i++) throttle.failed("asha", "10.0.0.7");
        assertThat(throttle.secondsToWait("asha", "10.0.0.9")).isEqualTo(15 * 60);
        assertThat(throttle.secondsToWait("brian", "10.0.0.9")).as("other accounts are not affected").isZero();
    }

    @Test
    void an_address_spraying_many_usernames_is_slowed_after_twenty_failures() {
        for (int i = 0; i < 19; i++) throttle.failed("user" + i, "203.0.113.7");
        assertThat(throttle.secondsToWait("someone", "203.0.113.7")).isZero();
        throttle.failed("user19", "203.0.113.7");
        assertThat(throttle.secondsToWait("someone", "203.0.113.7")).isEqualTo(30);
        assertThat(throttle.secondsToWait("someone", "198.51.100.1")).isZero();
    }

    @Test
    void failures_are_forgotten_after_fifteen_quiet_minutes_and_an_accounts_on_success() {
        for (int i = 0; i < 5; i++) throttle.failed("asha", "10.0.0.1");
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.secondsToWait("asha", "10.0.0.1")).isZero();
        throttle.failed("asha", "10.0.0.1");
        assertThat(throttle.secondsToWait("asha", "10.0.0.1")).as("counting starts again").isZero();

        for (int i = 0; i < 5; i++) throttle.failed("brian", "10.0.0.2");
        throttle.succeeded("brian");
        assertThat(throttle.secondsToWait("brian", "10.0.0.3")).isZero();
    }
}
