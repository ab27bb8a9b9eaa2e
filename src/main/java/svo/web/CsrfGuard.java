package svo.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import svo.security.Sessions;

import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/**
 * Cross-site request forgery protection for every state-changing request (POST, PUT, PATCH, DELETE), pages
 * and API alike:
 * <ul>
 *   <li>signed-in requests carry the session's token, in the form field {@value #FIELD} or the header
 *       {@value #HEADER} (scripts), compared in constant time;</li>
 *   <li>the sign-in form, before any session exists, carries a token that must equal its own cookie
 *       (double submit; the cookie is HttpOnly and SameSite=Strict);</li>
 *   <li>a request whose {@code Origin} header names another site is refused outright.</li>
 * </ul>
 * Session cookies are also SameSite=Lax, so a browser does not send them on another site's form posts.
 */
final class CsrfGuard {
    static final String FIELD = "_csrf";
    static final String HEADER = "X-CSRF-Token";
    static final String SIGNIN_COOKIE = "svo_signin";

    private static final String REFUSAL = "This request was refused because it did not carry this site's security "
            + "token (the form may have expired, or it was sent from another site). Reload the page and try again.";

    static boolean stateChanging(HandlerType m) {
        return m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.PATCH || m == HandlerType.DELETE;
    }

    void check(Context ctx, Visit visit, String routePattern) {
        if (!stateChanging(ctx.method())) return;
        checkOrigin(ctx);
        if ("/signin".equals(routePattern)) {
            String cookie = ctx.cookie(SIGNIN_COOKIE);
            String sent = ctx.formParam(FIELD);
            if (cookie == null || sent == null || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII),
                    sent.getBytes(StandardCharsets.US_ASCII))) {
                throw new Problems.Refused(REFUSAL);
            }
            return;
        }
        String sent = ctx.header(HEADER);
        if (sent == null) sent = ctx.formParam(FIELD);
        if (!Sessions.tokenMatches(visit.session(), sent)) throw new Problems.Refused(REFUSAL);
    }

    private static void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.isEmpty()) return;
        String host = ctx.header("Host");
        try {
            URI o = URI.create(origin);
            String originHost = o.getHost() + (o.getPort() >= 0 ? ":" + o.getPort() : "");
            if (host != null && (host.equalsIgnoreCase(originHost) || host.equalsIgnoreCase(o.getHost())
                    && (o.getPort() < 0))) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // an Origin that is not a URI ("null" from a sandboxed frame) is not this site
        }
        throw new Problems.Refused(REFUSAL);
    }
}
