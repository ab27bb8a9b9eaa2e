package svo.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import svo.security.AuditLog;
import svo.security.LoginThrottle;
import svo.security.Role;
import svo.security.Session;
import svo.security.Sessions;
import svo.security.SignIn;
import svo.security.Users;

import java.util.LinkedHashMap;
import java.util.Map;

/** Start page dispatch, sign-in and sign-out, and a user's own account (password change). */
final class SignInPages {
    private final SignIn signIn;
    private final Users users;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Layout layout;
    private final Cookies cookies;
    private final Policy policy;

    SignInPages(SignIn signIn, Users users, Sessions sessions, LoginThrottle throttle, AuditLog audit, Layout layout,
                Cookies cookies, Policy policy) {
        this.signIn = signIn;
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.layout = layout;
        this.cookies = cookies;
        this.policy = policy;
    }

    void register(RoutesConfig r) {
        r.get("/", ctx -> ctx.redirect(startPage(Visit.of(ctx).role()), HttpStatus.SEE_OTHER));
        r.get("/signin", this::form);
        r.post("/signin", this::signIn);
        r.post("/signout", this::signOut);
        r.get("/account", this::account);
        r.post("/account/password", this::changePassword);
        r.get("/api/session", this::sessionJson);
    }

    /** Where each role starts. */
    static String startPage(Role role) {
        return switch (role) {
            case ANALYST -> "/home";
            case ADMIN -> "/admin/users";
            case BOARD -> "/dashboard";
            case PROVIDER -> "/interventions";
            case TASKING -> "/cohorts";
            case PUBLIC -> "/public";
        };
    }

    private void form(Context ctx) {
        Visit v = Visit.of(ctx);
        if (v.signedIn()) {
            ctx.redirect(startPage(v.role()), HttpStatus.SEE_OTHER);
            return;
        }
        String note = ctx.queryParam("out") != null ? "You have signed out."
                : ctx.queryParam("changed") != null ? "Your password was changed. Sign in with the new one." : null;
        renderForm(ctx, v, ctx.queryParam("next"), "", note, null);
    }

    private void renderForm(Context ctx, Visit v, String next, String username, String note, String error) {
        String token = ctx.cookie(CsrfGuard.SIGNIN_COOKIE);
        if (token == null || token.length() != 43) {
            token = sessions.token();
            cookies.setSignInToken(ctx, token);
        }
        Html body = Html.of("""
                <div class="signin">
                  <h1>Sign in</h1>
                  <p class="lede">The data system of the Serious Violence Duty partnership.</p>
                  {}{}
                  <form method="post" action="/signin" class="stack">
                    <input type="hidden" name="_csrf" value="{}">
                    <input type="hidden" name="next" value="{}">
                    <label for="username">Username</label>
                    <input id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required value="{}" autofocus>
                    <label for="password">Password</label>
                    <input id="password" name="password" type="password" autocomplete="current-password" required>
                    <button type="submit" class="primary">Sign in</button>
                  </form>
                  <p class="aside">No account? Ask your partnership's administrator. The <a href="/public">public summary</a> needs no sign-in.</p>
                </div>""",
                Html.when(note != null, Html.of("<p class=\"notice\" role=\"status\">{}</p>", note)),
                Html.when(error != null, Html.of("<p class=\"error\" role=\"alert\">{}</p>", error)),
                token, next == null ? "" : next, username);
        ctx.html(layout.page(v, "Sign in", "/signin", body));
    }

    private void signIn(Context ctx) {
        Visit v = Visit.of(ctx);
        String username = ctx.formParam("username");
        String password = ctx.formParam("password");
        String next = ctx.formParam("next");
        SignIn.Result result = signIn.attempt(username, password == null ? new char[0] : password.toCharArray(), v.address());
        if (result instanceof SignIn.Success s) {
            if (v.session() != null) sessions.end(v.session().id());
            cookies.setSession(ctx, s.session().id());
            cookies.clearSignInToken(ctx);
            ctx.redirect(safeNext(next, s.session().role()), HttpStatus.SEE_OTHER);
        } else if (result instanceof SignIn.Throttled t) {
            ctx.status(429).header("Retry-After", Long.toString(t.seconds()));
            renderForm(ctx, v, next, username == null ? "" : username, null,
                    "Too many failed sign-ins. Try again in " + t.seconds() + (t.seconds() == 1 ? " second." : " seconds."));
        } else {
            ctx.status(401);
            renderForm(ctx, v, next, username == null ? "" : username, null, "Wrong username or password.");
        }
    }

    /** Only a path on this site that the role may open; anything else (another site, "//evil") goes to the start page. */
    private String safeNext(String next, Role role) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || !next.matches("[A-Za-z0-9/._-]*")) {
            return startPage(role);
        }
        return policy.mayOpen(role, next) ? next : startPage(role);
    }

    private void signOut(Context ctx) {
        Visit v = Visit.of(ctx);
        signIn.signOut(v.session(), v.address());
        cookies.clearSession(ctx);
        ctx.redirect("/signin?out=1", HttpStatus.SEE_OTHER);
    }

    private void account(Context ctx) {
        Visit v = Visit.of(ctx);
        renderAccount(ctx, v, null, null);
    }

    private void renderAccount(Context ctx, Visit v, String error, String ok) {
        var u = v.user();
        Html body = Html.of("""
                <h1>Your account</h1>
                <div class="grid two">
                  <section class="panel">
                    <h2>Who you are</h2>
                    <dl class="facts">
                      <dt>Username</dt><dd>{}</dd>
                      <dt>Name</dt><dd>{}</dd>
                      <dt>Role</dt><dd>{}</dd>
                      {}
                      <dt>Signed in at</dt><dd>{} UTC</dd>
                      <dt>Password last changed</dt><dd>{} UTC</dd>
                    </dl>
                  </section>
                  <section class="panel">
                    <h2>Change your password</h2>
                    {}{}
                    <form method="post" action="/account/password" class="stack">
                      <input type="hidden" name="_csrf" value="{}">
                      <label for="current">Current password</label>
                      <input id="current" name="current" type="password" autocomplete="current-password" required>
                      <label for="fresh">New password <span class="hint">at least 12 characters; a phrase of several words is best</span></label>
                      <input id="fresh" name="fresh" type="password" autocomplete="new-password" minlength="12" required>
                      <label for="again">New password again</label>
                      <input id="again" name="again" type="password" autocomplete="new-password" minlength="12" required>
                      <button type="submit" class="primary">Change password</button>
                    </form>
                    <p class="aside">Changing it signs you out everywhere.</p>
                  </section>
                </div>""",
                u.username(), u.displayName(), u.role().title(),
                Html.when(u.organisation() != null, Html.of("<dt>Organisation</dt><dd>{}</dd>", u.organisation())),
                Format.dateTime(v.session().createdAt()), Format.dateTime(u.passwordChangedAt()),
                Html.when(error != null, Html.of("<p class=\"error\" role=\"alert\">{}</p>", error)),
                Html.when(ok != null, Html.of("<p class=\"notice\" role=\"status\">{}</p>", ok)),
                v.csrf());
        ctx.html(layout.page(v, "Your account", null, body));
    }

    private void changePassword(Context ctx) {
        Visit v = Visit.of(ctx);
        String name = v.user().username();
        String current = ctx.formParam("current");
        String fresh = ctx.formParam("fresh");
        String again = ctx.formParam("again");
        long wait = throttle.secondsToWait(name, v.address());
        if (wait > 0) {
            ctx.status(429).header("Retry-After", Long.toString(wait));
            renderAccount(ctx, v, "Too many wrong passwords. Try again in " + wait + " seconds.", null);
            return;
        }
        if (current == null || users.checkPassword(name, current.toCharArray()).isEmpty()) {
            throttle.failed(name, v.address());
            audit.record(v.actor(), "user.password", name, "current password wrong", AuditLog.Outcome.REFUSED);
            ctx.status(400);
            renderAccount(ctx, v, "The current password is not right.", null);
            return;
        }
        if (fresh == null || !fresh.equals(again)) {
            ctx.status(400);
            renderAccount(ctx, v, "The two new passwords differ. Type the same new password twice.", null);
            return;
        }
        try {
            users.setPassword(name, fresh.toCharArray(), v.actor());
        } catch (svo.BadInputException e) {
            ctx.status(400);
            renderAccount(ctx, v, e.getMessage(), null);
            return;
        }
        sessions.endAllFor(name);
        cookies.clearSession(ctx);
        ctx.redirect("/signin?changed=1", HttpStatus.SEE_OTHER);
    }

    private void sessionJson(Context ctx) {
        Visit v = Visit.of(ctx);
        Session s = v.session();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", s.user().username());
        m.put("display_name", s.user().displayName());
        m.put("role", s.role().id());
        m.put("organisation", s.user().organisation());
        m.put("csrf_token", s.csrfToken());
        m.put("signed_in_at", s.createdAt().toString());
        ctx.json(m);
    }
}
