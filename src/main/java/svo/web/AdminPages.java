package svo.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import svo.BadInputException;
import svo.security.AuditLog;
import svo.security.Role;
import svo.security.Sessions;
import svo.security.User;
import svo.security.Users;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Administration: user accounts (add, role, password reset, disable) and the audit log with its chain check. */
final class AdminPages {
    private final Users users;
    private final Sessions sessions;
    private final AuditLog audit;
    private final Layout layout;

    AdminPages(Users users, Sessions sessions, AuditLog audit, Layout layout) {
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.layout = layout;
    }

    void register(RoutesConfig r) {
        r.get("/admin/users", ctx -> usersPage(ctx, null, null));
        r.post("/admin/users", this::add);
        r.post("/admin/users/{username}/role", this::role);
        r.post("/admin/users/{username}/password", this::password);
        r.post("/admin/users/{username}/status", this::status);
        r.get("/api/users", this::usersJson);
        r.get("/admin/audit", this::auditPage);
        r.get("/api/audit", this::auditJson);
    }

    private void add(Context ctx) {
        Visit v = Visit.of(ctx);
        String password = ctx.formParam("password");
        try {
            Role role = Role.parseAssignable(ctx.formParam("role"));
            User u = users.add(ctx.formParam("username"), ctx.formParam("display_name"), role, ctx.formParam("organisation"),
                    password == null ? new char[0] : password.toCharArray(), v.actor());
            done(ctx, "added", u.username());
        } catch (BadInputException e) {
            ctx.status(400);
            usersPage(ctx, e.getMessage(), null);
        }
    }

    private void role(Context ctx) {
        Visit v = Visit.of(ctx);
        String name = ctx.pathParam("username");
        try {
            Role role = Role.parseAssignable(ctx.formParam("role"));
            if (name.equals(v.user().username()) && role != Role.ADMIN) {
                throw new BadInputException("role: you cannot take the administrator role from your own account "
                        + "(another administrator must do it), so the product is never left without one by accident.");
            }
            User u = users.setRole(name, role, ctx.formParam("organisation"), v.actor());
            sessions.endAllFor(u.username());
            done(ctx, "role", u.username());
        } catch (BadInputException e) {
            ctx.status(400);
            usersPage(ctx, e.getMessage(), null);
        }
    }

    private void password(Context ctx) {
        Visit v = Visit.of(ctx);
        String name = ctx.pathParam("username");
        String password = ctx.formParam("password");
        try {
            users.setPassword(name, password == null ? new char[0] : password.toCharArray(), v.actor());
            sessions.endAllFor(name);
            done(ctx, "password", name);
        } catch (BadInputException e) {
            ctx.status(400);
            usersPage(ctx, e.getMessage(), null);
        }
    }

    private void status(Context ctx) {
        Visit v = Visit.of(ctx);
        String name = ctx.pathParam("username");
        boolean disable = "disable".equals(ctx.formParam("action"));
        try {
            if (disable && name.equals(v.user().username())) {
                throw new BadInputException("status: you cannot disable your own account.");
            }
            users.setDisabled(name, disable, v.actor());
            if (disable) sessions.endAllFor(name);
            done(ctx, disable ? "disabled" : "enabled", name);
        } catch (BadInputException e) {
            ctx.status(400);
            usersPage(ctx, e.getMessage(), null);
        }
    }

    /** After a change: back to the list (303, so reloading does not repeat the post), saying what happened. */
    private void done(Context ctx, String what, String username) {
        ctx.redirect(Html.url("/admin/users", "done", what, "user", username), HttpStatus.SEE_OTHER);
    }

    private String doneMessage(String what, String username) {
        if (what == null || username == null) return null;
        var u = users.find(username);
        if (u.isEmpty()) return null;
        return switch (what) {
            case "added" -> "Added " + u.get().username() + " (" + u.get().role().title() + "). Give them their password "
                    + "in person or by phone, never by email; they can change it on their account page.";
            case "role" -> u.get().username() + " is now " + u.get().role().title() + ". Their open sessions were ended.";
            case "password" -> "New password set for " + u.get().username() + ". Their open sessions were ended.";
            case "disabled" -> u.get().username() + " is disabled and signed out.";
            case "enabled" -> u.get().username() + " can sign in again.";
            default -> null;
        };
    }

    private void usersPage(Context ctx, String error, String ignored) {
        Visit v = Visit.of(ctx);
        String done = doneMessage(ctx.queryParam("done"), ctx.queryParam("user"));
        List<User> all = users.list();
        Html roleOptions = Html.of("<option value=\"\" selected disabled>Choose a role</option>{}",
                Html.each(Role.assignable(), r -> Html.of("<option value=\"{}\">{}</option>", r.id(), r.title())));
        Html rows = Html.each(all, u -> Html.of("""
                <tr class="{}">
                  <th scope="row">{}<div class="muted">{}</div></th>
                  <td><span class="tag role-{}">{}</span>{}</td>
                  <td>{}</td>
                  <td>{}</td>
                  <td class="actions">
                    <details><summary>Change role</summary>
                      <form method="post" action="/admin/users/{}/role" class="inline">
                        <input type="hidden" name="_csrf" value="{}">
                        <select name="role" aria-label="New role for {}">{}</select>
                        <input name="organisation" placeholder="organisation (providers)" value="{}" aria-label="Organisation">
                        <button>Change</button>
                      </form></details>
                    <details><summary>Reset password</summary>
                      <form method="post" action="/admin/users/{}/password" class="inline">
                        <input type="hidden" name="_csrf" value="{}">
                        <input type="password" name="password" minlength="12" autocomplete="new-password" placeholder="new password (12+ characters)" aria-label="New password for {}" required>
                        <button>Set</button>
                      </form></details>
                    <form method="post" action="/admin/users/{}/status" class="inline" data-confirm="{}">
                      <input type="hidden" name="_csrf" value="{}">
                      <input type="hidden" name="action" value="{}">
                      <button class="link">{}</button>
                    </form>
                  </td>
                </tr>""",
                u.disabled() ? "disabled" : "", u.username(), u.displayName(), u.role().id(), u.role().title(),
                Html.when(u.disabled(), Html.of(" <span class=\"tag off\">disabled</span>")),
                u.organisation() == null ? "–" : u.organisation(), Format.dateTime(u.createdAt()),
                u.username(), v.csrf(), u.username(),
                Html.each(Role.assignable(), r -> Html.of("<option value=\"{}\"{}>{}</option>", r.id(),
                        Html.when(r == u.role(), Html.of(" selected")), r.title())),
                u.organisation() == null ? "" : u.organisation(),
                u.username(), v.csrf(), u.username(),
                u.username(), (u.disabled() ? "Let " + u.username() + " sign in again?" : "Disable " + u.username() + "? They are signed out at once."),
                v.csrf(), u.disabled() ? "enable" : "disable", u.disabled() ? "Enable" : "Disable"));
        Html body = Html.of("""
                <h1>Users</h1>
                {}{}
                <section class="panel">
                  <h2>Accounts <span class="muted">({})</span></h2>
                  <div class="scroll"><table class="users">
                    <thead><tr><th>User</th><th>Role</th><th>Organisation</th><th>Created (UTC)</th><th>Actions</th></tr></thead>
                    <tbody>{}</tbody>
                  </table></div>
                </section>
                <section class="panel">
                  <h2>Add a user</h2>
                  <form method="post" action="/admin/users" class="grid-form">
                    <input type="hidden" name="_csrf" value="{}">
                    <label>Username <input name="username" required pattern="[A-Za-z0-9][A-Za-z0-9._\\-]{1,63}" autocomplete="off" spellcheck="false"></label>
                    <label>Full name <input name="display_name" autocomplete="off"></label>
                    <label>Role <select name="role" required>{}</select></label>
                    <label>Organisation <input name="organisation" placeholder="required for providers"></label>
                    <label>Password <input name="password" type="password" minlength="12" autocomplete="new-password" required></label>
                    <div><button type="submit" class="primary">Add user</button></div>
                  </form>
                  <p class="aside">Roles: an <strong>analyst</strong> loads data and runs the SNA; a <strong>board</strong> member reads the
                  dashboard and published reports; a <strong>provider</strong> sees only its own interventions; a <strong>tasking</strong>
                  officer sees the restricted cohort pages; an <strong>administrator</strong> manages accounts and reads the audit log.</p>
                </section>""",
                Html.when(done != null, Html.of("<p class=\"notice\" role=\"status\">{}</p>", done)),
                Html.when(error != null, Html.of("<p class=\"error\" role=\"alert\">{}</p>", error)),
                all.size(), rows, v.csrf(), roleOptions);
        ctx.html(layout.page(v, "Users", "/admin/users", body));
    }

    private void usersJson(Context ctx) {
        List<Object> out = new ArrayList<>();
        for (User u : users.list()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("username", u.username());
            m.put("display_name", u.displayName());
            m.put("role", u.role().id());
            m.put("organisation", u.organisation());
            m.put("disabled", u.disabled());
            m.put("created_at", u.createdAt().toString());
            out.add(m);
        }
        ctx.json(Map.of("users", out));
    }

    private void auditPage(Context ctx) {
        Visit v = Visit.of(ctx);
        String action = ctx.queryParam("action");
        String actor = ctx.queryParam("actor");
        List<AuditLog.Entry> entries = audit.recent(action, actor, 500);
        AuditLog.Verification check = audit.verify();
        Html body = Html.of("""
                <h1>Audit log</h1>
                <p class="{}" role="status">{}</p>
                <form method="get" action="/admin/audit" class="panel filters">
                  <div class="field"><label for="action">Action starts with</label><input id="action" name="action" value="{}" placeholder="signin, import, export, user"></div>
                  <div class="field"><label for="actor">User</label><input id="actor" name="actor" value="{}"></div>
                  <div class="field actions"><button type="submit">Filter</button></div>
                </form>
                <section class="panel">
                  <div class="scroll"><table class="audit compact">
                    <thead><tr><th class="num">#</th><th>When (UTC)</th><th>Who</th><th>Action</th><th>Target</th><th>Detail</th><th>From</th><th>Outcome</th></tr></thead>
                    <tbody>{}</tbody>
                  </table></div>
                  <p class="aside">Newest first, at most 500 shown. Entries are only ever added; each carries a hash of the one before, so a change made outside the product shows above.</p>
                </section>""",
                check.intact() ? "notice" : "error",
                check.intact() ? "Chain intact: " + Format.count(check.entries()) + " entries, each linked to the one before."
                        : "The audit log has been tampered with: " + check.problem() + ".",
                action == null ? "" : action, actor == null ? "" : actor,
                entries.isEmpty() ? Html.of("<tr><td colspan=\"8\" class=\"muted\">No entries match.</td></tr>")
                        : Html.each(entries, e -> Html.of("<tr class=\"{}\"><td class=\"num\">{}</td><td class=\"nowrap\">{}</td><td>{} <span class=\"muted\">{}</span></td><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td><span class=\"tag {}\">{}</span></td></tr>",
                        e.outcome(), e.id(), Format.dateTime(e.at()), e.actor(), e.role(), e.action(),
                        e.target() == null ? "" : e.target(), e.detail() == null ? "" : e.detail(), e.address(), e.outcome(), e.outcome())));
        ctx.html(layout.page(v, "Audit log", "/admin/audit", body));
    }

    private void auditJson(Context ctx) {
        int limit = 200;
        String l = ctx.queryParam("limit");
        if (l != null) {
            try {
                limit = Integer.parseInt(l.strip());
            } catch (NumberFormatException e) {
                throw BadInputException.of("limit", l, "a whole number from 1 to 10000");
            }
        }
        List<Object> out = new ArrayList<>();
        for (AuditLog.Entry e : audit.recent(ctx.queryParam("action"), ctx.queryParam("actor"), limit)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("at", e.at().toString() + "Z");
            m.put("actor", e.actor());
            m.put("role", e.role());
            m.put("action", e.action());
            m.put("target", e.target());
            m.put("detail", e.detail());
            m.put("address", e.address());
            m.put("outcome", e.outcome());
            m.put("hash", e.hash());
            out.add(m);
        }
        AuditLog.Verification check = audit.verify();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("chain_intact", check.intact());
        m.put("chain_problem", check.problem());
        m.put("entries", out);
        ctx.json(m);
    }
}
