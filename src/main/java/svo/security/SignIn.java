package svo.security;

import svo.security.AuditLog.Outcome;

import java.util.Arrays;
import java.util.Optional;

/**
 * Signing in: throttling, the password check, the new session, and the audit entry, in that order, the
 * same for the web form and any other door.
 *
 * <pre>
 * SignIn.Result r = signIn.attempt(username, password, ip);
 * if (r instanceof SignIn.Success s) setCookie(s.session());
 * else if (r instanceof SignIn.Throttled t) showForm("Try again in " + t.seconds() + " seconds.");
 * else showForm("Wrong username or password.");
 * </pre>
 */
public final class SignIn {
    /** What happened. */
    public sealed interface Result permits Success, Failure, Throttled {}

    /** Signed in: a fresh session. */
    public record Success(Session session) implements Result {}

    /** Wrong username or password, or a disabled account (the visitor is not told which). */
    public record Failure() implements Result {}

    /** Too many failures: wait this many seconds. */
    public record Throttled(long seconds) implements Result {}

    private final Users users;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    public SignIn(Users users, Sessions sessions, LoginThrottle throttle, AuditLog audit) {
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
    }

    /** Tries a username and password from an address. The password array is wiped. */
    public Result attempt(String username, char[] password, String address) {
        try {
            String shown = loggable(username);
            Actor visitor = new Actor(shown, Role.PUBLIC.id(), address);
            long wait = throttle.secondsToWait(username, address);
            if (wait > 0) {
                audit.record(visitor, "signin.throttled", shown, "wait " + wait + " s", Outcome.REFUSED);
                return new Throttled(wait);
            }
            Optional<User> user = users.checkPassword(username, password);
            if (user.isEmpty()) {
                throttle.failed(username, address);
                audit.record(visitor, "signin.failure", shown, null, Outcome.REFUSED);
                return new Failure();
            }
            throttle.succeeded(username);
            Session s = sessions.create(user.get(), address);
            audit.record(Actor.of(user.get(), address), "signin.success", user.get().username(), null, Outcome.OK);
            return new Success(s);
        } finally {
            if (password != null) Arrays.fill(password, '\0');
        }
    }

    /** Ends a session and records it. */
    public void signOut(Session s, String address) {
        sessions.end(s.id());
        audit.record(Actor.of(s.user(), address), "signout", s.user().username(), null, Outcome.OK);
    }

    /**
     * The username as the audit log may show it: people sometimes type their password into the username
     * field, so anything that is not a possible username is not written down.
     */
    static String loggable(String username) {
        if (username == null) return "(none)";
        String u = username.strip().toLowerCase(java.util.Locale.ROOT);
        return u.matches("[a-z0-9][a-z0-9._-]{1,63}") ? u : "(not a valid username)";
    }
}
