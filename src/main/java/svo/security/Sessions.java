package svo.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions, in memory: a restart signs everyone out, and no session secret is ever written to
 * the store or a log. A session ends after {@code idle} without a request or {@code absolute} after sign-in,
 * whichever comes first, and when its user's role, password or status changes.
 *
 * <pre>
 * Sessions sessions = new Sessions(clock, Duration.ofMinutes(30), Duration.ofHours(8));
 * Session s = sessions.create(user, "10.0.0.7");
 * Optional&lt;Session&gt; again = sessions.find(cookieValue);
 * </pre>
 */
public final class Sessions {
    /** More live sessions than this and the least recently used are ended (memory cannot be exhausted). */
    static final int MAX_SESSIONS = 10_000;

    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byId = new ConcurrentHashMap<>();

    public Sessions(Clock clock, Duration idle, Duration absolute) {
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
    }

    /** The product's timeouts: 30 minutes idle, 8 hours in all (a working day). */
    public static Sessions standard(Clock clock) {
        return new Sessions(clock, Duration.ofMinutes(30), Duration.ofHours(8));
    }

    /** Opens a session for a user who has just proved who they are. Always a new id (no fixation). */
    public Session create(User user, String address) {
        Instant now = clock.instant();
        if (byId.size() >= MAX_SESSIONS) sweep(now);
        Session s = new Session(token(), token(), user, address, now);
        byId.put(s.id(), s);
        return s;
    }

    /** The live session with this id, marked as used now; empty when unknown or expired (it is then ended). */
    public Optional<Session> find(String id) {
        if (id == null || id.length() != 43) return Optional.empty();
        Session s = byId.get(id);
        if (s == null) return Optional.empty();
        Instant now = clock.instant();
        if (expired(s, now)) {
            byId.remove(id);
            return Optional.empty();
        }
        s.touch(now);
        return Optional.of(s);
    }

    /** Ends one session (sign-out). */
    public void end(String id) {
        if (id != null) byId.remove(id);
    }

    /** Ends every session of a user (their role, password or status changed). */
    public void endAllFor(String username) {
        byId.values().removeIf(s -> s.user().username().equals(username));
    }

    /** Number of live sessions. */
    public int size() {
        return byId.size();
    }

    /** Constant-time comparison of a CSRF token sent with a request against the session's. */
    public static boolean tokenMatches(Session s, String sent) {
        if (s == null || sent == null) return false;
        return MessageDigest.isEqual(s.csrfToken().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                sent.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** 256 random bits, URL-safe base64 without padding (43 characters). */
    public String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private boolean expired(Session s, Instant now) {
        return now.isAfter(s.lastSeen().plus(idle)) || now.isAfter(s.createdAt().plus(absolute));
    }

    private void sweep(Instant now) {
        byId.values().removeIf(s -> expired(s, now));
        while (byId.size() >= MAX_SESSIONS) {
            byId.values().stream().min(Comparator.comparing(Session::lastSeen)).ifPresent(s -> byId.remove(s.id()));
        }
    }
}
