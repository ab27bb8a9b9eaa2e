package svo.security;

import org.junit.jupiter.api.Test;
import svo.store.Store;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignInTest {
    private static final String PW = "correct horse battery staple";
    private final MutableClock clock = new MutableClock(Instant.parse("2025-04-01T09:00:00Z"));

    @Test
    void success_failure_and_throttling_are_each_audited_and_a_password_typed_as_username_is_never_written() {
        try (Store store = Store.inMemory()) {
            AuditLog audit = new AuditLog(store, clock);
            Users users = new Users(store, PasswordHasher.standard(), audit, clock);
            users.add("asha", null, Role.ANALYST, null, PW.toCharArray(), Actor.commandLine());
            SignIn signIn = new SignIn(users, Sessions.standard(clock), new LoginThrottle(clock), audit);

            assertThat(signIn.attempt("asha", PW.toCharArray(), "10.0.0.1")).isInstanceOf(SignIn.Success.class);
            assertThat(signIn.attempt("correct horse battery staple", "x".toCharArray(), "10.0.0.1")).isInstanceOf(SignIn.Failure.class);
            for (int i = 0; i < 5; i++) signIn.attempt("asha", "wrong wrong wrong".toCharArray(), "10.0.0.2");
            SignIn.Result r = signIn.attempt("asha", PW.toCharArray(), "10.0.0.3");
            assertThat(r).isInstanceOf(SignIn.Throttled.class);
            assertThat(((SignIn.Throttled) r).seconds()).isEqualTo(30);

            assertThat(audit.recent("signin.success", null, 10)).hasSize(1);
            assertThat(audit.recent("signin.failure", null, 10)).hasSize(6);
            assertThat(audit.recent("signin.throttled", null, 10)).hasSize(1);
            assertThat(audit.recent(null, null, 100)).noneSatisfy(e ->
                    assertThat(e.actor() + e.target() + e.detail()).contains("horse"));
            assertThat(audit.recent("signin.failure", null, 10).get(5).target()).isEqualTo("(not a valid username)");
        }
    }

    @Test
    void the_password_array_is_wiped_after_an_attempt() {
        try (Store store = Store.inMemory()) {
            AuditLog audit = new AuditLog(store, clock);
            Users users = new Users(store, PasswordHasher.standard(), audit, clock);
            SignIn signIn = new SignIn(users, Sessions.standard(clock), new LoginThrottle(clock), audit);
            char[] pw = PW.toCharArray();
            signIn.attempt("asha", pw, "10.0.0.1");
            assertThat(new String(pw)).isEqualTo("\0".repeat(PW.length()));
        }
    }
}
