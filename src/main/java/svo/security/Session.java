package svo.security;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A signed-in visit: a random 256-bit id (the cookie value), the user, a CSRF token of its own, and when it
 * began and was last used. Held in server memory only; see {@link Sessions}.
 */
public final class Session {
    private final String id;
    private final String csrfToken;
    private final User user;
    private final String address;
    private final Instant createdAt;
    private final AtomicReference<Instant> lastSeen;

    Session(String id, String csrfToken, User user, String address, Instant createdAt) {
        this.id = id;
        this.csrfToken = csrfToken;
        this.user = user;
        this.address = address;
        this.createdAt = createdAt;
        this.lastSeen = new AtomicReference<>(createdAt);
    }

    /** The cookie value. Never logged, never put in a URL. */
    public String id() {
        return id;
    }

    /** The token every state-changing request of this session must carry. */
    public String csrfToken() {
        return csrfToken;
    }

    public User user() {
        return user;
    }

    public Role role() {
        return user.role();
    }

    /** The address the session was opened from. */
    public String address() {
        return address;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSeen() {
        return lastSeen.get();
    }

    void touch(Instant now) {
        lastSeen.set(now);
    }
}
