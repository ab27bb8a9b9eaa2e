package svo.web;

import io.javalin.http.Context;
import svo.security.Actor;
import svo.security.Role;
import svo.security.Session;
import svo.security.User;

/** Who is asking, from where, over what: attached to every request by the first before-handler. */
final class Visit {
    private static final String KEY = "svo.visit";

    private final Session session;
    private final String address;
    private final boolean api;

    Visit(Session session, String address, boolean api) {
        this.session = session;
        this.address = address;
        this.api = api;
    }

    static Visit of(Context ctx) {
        Visit v = ctx.attribute(KEY);
        if (v == null) throw new IllegalStateException("no visit on this request: the before-handler did not run");
        return v;
    }

    void attach(Context ctx) {
        ctx.attribute(KEY, this);
    }

    /** The session, or null when nobody is signed in. */
    Session session() {
        return session;
    }

    boolean signedIn() {
        return session != null;
    }

    User user() {
        return session == null ? null : session.user();
    }

    Role role() {
        return session == null ? Role.PUBLIC : session.role();
    }

    String csrf() {
        return session == null ? "" : session.csrfToken();
    }

    String address() {
        return address;
    }

    /** True for {@code /api/…}: errors are JSON, and an unsigned request gets 401 rather than a redirect. */
    boolean api() {
        return api;
    }

    Actor actor() {
        return session == null ? Actor.anonymous(address) : Actor.of(session.user(), address);
    }
}
