package svo.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SessionsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2025-04-01T09:00:00Z"));
    private final Sessions sessions = Sessions.standard(clock);
    private final User asha = new User(1, "asha", "Asha Patel", Role.ANALYST, null, false, LocalDateTime.now(), LocalDateTime.now());

    @Test
    void session_ids_and_csrf_tokens_are_256_random_bits_and_never_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            Session s = sessions.create(asha, "10.0.0.1");
            assertThat(s.id()).hasSize(43).matches("[A-Za-z0-9_-]{43}");
            assertThat(s.csrfToken()).hasSize(43).isNotEqualTo(s.id());
            assertThat(seen.add(s.id())).isTrue();
            assertThat(seen.add(s.csrfToken())).isTrue();
        }
    }

    @Test
    void a_session_ends_after_thirty_idle_minutes() {
        Session s = sessions.create(asha, "10.0.0.1");
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(s.id())).isPresent();
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(s.id())).as("used 29 minutes ago").isPresent();
        clock.advance(Duration.ofMinutes(31));
        assertThat(sessions.find(s.id())).isEmpty();
        assertThat(sessions.size()).isZero();
    }

    @Test
    void a_session_ends_eight_hours_after_sign_in_however_busy() {
        Session s = sessions.create(asha, "10.0.0.1");
        for (int i = 0; i < 8 * 4 - 1; i++) {
            clock.advance(Duration.ofMinutes(15));
            assertThat(sessions.find(s.id())).isPresent();
        }
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(sessions.find(s.id())).isEmpty();
    }

    @Test
    void signing_out_or_a_change_to_the_user_ends_their_sessions() {
        Session a = sessions.create(asha, "10.0.0.1");
        Session b = sessions.create(asha, "10.0.0.2");
        sessions.end(a.id());
        assertThat(sessions.find(a.id())).isEmpty();
        assertThat(sessions.find(b.id())).isPresent();
        sessions.endAllFor("asha");
        assertThat(sessions.find(b.id())).isEmpty();
    }

    @Test
    void a_guessed_or_malformed_id_finds_nothing_and_csrf_tokens_compare_exactly() {
        Session s = sessions.create(asha, "10.0.0.1");
        assertThat(sessions.find(null)).isEmpty();
        assertThat(sessions.find("")).isEmpty();
        assertThat(sessions.find(s.id().substring(1) + "A")).isEmpty();
        assertThat(Sessions.tokenMatches(s, s.csrfToken())).isTrue();
        assertThat(Sessions.tokenMatches(s, s.csrfToken().toLowerCase())).isEqualTo(s.csrfToken().equals(s.csrfToken().toLowerCase()));
        assertThat(Sessions.tokenMatches(s, null)).isFalse();
        assertThat(Sessions.tokenMatches(null, s.csrfToken())).isFalse();
    }
}
