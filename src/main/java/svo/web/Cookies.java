package svo.web;

import io.javalin.http.Context;

/**
 * The cookies the product sets, written out in full so every attribute is visible: HttpOnly always,
 * SameSite always, Secure whenever the server speaks TLS (and then the {@code __Host-} prefix, which
 * browsers only accept for a Secure, host-only cookie with Path=/).
 */
final class Cookies {
    private final boolean tls;

    Cookies(boolean tls) {
        this.tls = tls;
    }

    String sessionName() {
        return tls ? "__Host-svo_session" : "svo_session";
    }

    String session(Context ctx) {
        return ctx.cookie(sessionName());
    }

    void setSession(Context ctx, String id) {
        write(ctx, sessionName(), id, "/", "Lax", -1);
    }

    void clearSession(Context ctx) {
        write(ctx, sessionName(), "", "/", "Lax", 0);
    }

    void setSignInToken(Context ctx, String token) {
        write(ctx, CsrfGuard.SIGNIN_COOKIE, token, "/signin", "Strict", -1);
    }

    void clearSignInToken(Context ctx) {
        write(ctx, CsrfGuard.SIGNIN_COOKIE, "", "/signin", "Strict", 0);
    }

    private void write(Context ctx, String name, String value, String path, String sameSite, int maxAge) {
        StringBuilder sb = new StringBuilder(name).append('=').append(value).append("; Path=").append(path)
                .append("; HttpOnly; SameSite=").append(sameSite);
        if (maxAge >= 0) sb.append("; Max-Age=").append(maxAge);
        if (tls) sb.append("; Secure");
        ctx.res().addHeader("Set-Cookie", sb.toString());
    }
}
