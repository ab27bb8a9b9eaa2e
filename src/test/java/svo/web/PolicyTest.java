package svo.web;

import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import svo.analysis.AnalysisCatalog;
import svo.security.Role;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The policy table against the routes Javalin really has, and every route against every role over real HTTP. */
class PolicyTest {
    @TempDir
    static Path dir;

    static WebTestServer server;

    /** Values for path parameters: none of them names anything that exists, so allowed requests change nothing. */
    static final Map<String, String> SAMPLE = Map.of("{file}", "app.css", "{job}", "no-such-job", "{batch}", "999999",
            "{id}", "no-such-analysis", "{username}", "nobody");

    @BeforeAll
    static void start() {
        server = WebTestServer.start(dir, AnalysisCatalog.standard());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void every_registered_route_has_a_policy_rule_and_every_rule_a_route() {
        Set<String> routes = new TreeSet<>();
        for (Endpoint e : server.app.routes()) routes.add(e.method.name() + " " + e.path);
        Set<String> rules = new TreeSet<>();
        for (Policy.Rule r : Policy.STANDARD.rules()) rules.add(r.method().name() + " " + r.path());

        Set<String> withoutRule = new TreeSet<>(routes);
        withoutRule.removeAll(rules);
        Set<String> withoutRoute = new TreeSet<>(rules);
        withoutRoute.removeAll(routes);
        assertThat(withoutRule).as("routes with no policy rule (add them to Policy.STANDARD)").isEmpty();
        assertThat(withoutRoute).as("policy rules for routes that do not exist").isEmpty();
        assertThat(routes).hasSizeGreaterThan(30);
    }

    @Test
    void every_route_and_api_endpoint_answers_each_role_as_the_policy_table_says() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Endpoint e : server.app.routes()) {
            Policy.Rule rule = Policy.STANDARD.find(e.method, e.path).orElseThrow();
            for (Role role : Role.values()) {
                HttpResponse<String> r = request(e.method, concrete(e.path), role);
                boolean allowed = rule.allows(role);
                String outcome = classify(r, e.path);
                String expected = allowed ? "allowed" : role == Role.PUBLIC ? "sent to sign in" : "refused";
                if (!outcome.equals(expected)) {
                    wrong.add(e.method + " " + e.path + " as " + role.id() + ": expected " + expected + ", got " + outcome
                            + " (" + r.statusCode() + ")");
                }
                checked++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).isEqualTo(server.app.routes().size() * Role.values().length);
    }

    @Test
    void a_provider_or_board_member_reaches_no_import_raw_table_or_admin_route() {
        for (Role role : List.of(Role.PROVIDER, Role.BOARD)) {
            for (String path : List.of("/upload", "/api/batches", "/batches/1", "/api/batches/1/rejects",
                    "/batches/1/rejects.csv", "/api/datasets", "/explorer", "/api/analyses", "/admin/users", "/admin/audit",
                    "/api/audit", "/api/users", "/admin/system", "/home", "/cohorts")) {
                assertThat(request(HandlerType.GET, path, role).statusCode()).as(role + " GET " + path).isEqualTo(403);
            }
            for (String path : List.of("/api/imports", "/upload", "/admin/users", "/admin/users/analyst-user/role")) {
                assertThat(request(HandlerType.POST, path, role).statusCode()).as(role + " POST " + path).isEqualTo(403);
            }
        }
    }

    @Test
    void nobody_unsigned_reaches_anything_but_sign_in_and_the_public_summary() {
        List<String> open = new ArrayList<>();
        for (Endpoint e : server.app.routes()) {
            HttpResponse<String> r = request(e.method, concrete(e.path), Role.PUBLIC);
            if (classify(r, e.path).equals("allowed")) open.add(e.method + " " + e.path);
        }
        assertThat(open).containsExactlyInAnyOrder("GET /", "GET /signin", "POST /signin", "GET /public", "GET /static/{file}");
        assertThat(server.get("/", null).headers().firstValue("Location")).hasValue("/public");
    }

    @Test
    void refusals_are_recorded_in_the_audit_log_with_who_and_what() {
        request(HandlerType.GET, "/admin/audit", Role.PROVIDER);
        var entries = server.app.audit().recent("access.refused", "provider-user", 10);
        assertThat(entries).isNotEmpty();
        assertThat(entries.get(0).target()).isEqualTo("GET /admin/audit");
        assertThat(entries.get(0).outcome()).isEqualTo("refused");
    }

    @Test
    void each_role_is_shown_only_the_navigation_it_may_open() {
        Map<Role, List<String>> expected = new EnumMap<>(Role.class);
        expected.put(Role.ANALYST, List.of("/home", "/upload", "/explorer", "/maps", "/reports", "/dashboard", "/interventions"));
        expected.put(Role.BOARD, List.of("/reports", "/dashboard"));
        expected.put(Role.PROVIDER, List.of("/interventions"));
        expected.put(Role.TASKING, List.of("/cohorts"));
        expected.put(Role.ADMIN, List.of("/admin/users", "/admin/audit", "/admin/system"));
        expected.forEach((role, paths) -> {
            String html = server.get("/account", server.session(role)).body();
            String nav = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
            List<String> shown = new ArrayList<>();
            var m = java.util.regex.Pattern.compile("href=\"([^\"]+)\"").matcher(nav);
            while (m.find()) shown.add(m.group(1));
            assertThat(shown).as(role.id()).containsExactlyElementsOf(paths);
        });
    }

    @Test
    void a_route_missing_from_the_policy_is_closed_to_everyone(@TempDir Path other) {
        try (WebTestServer s = WebTestServer.start(other, AnalysisCatalog.standard(), DefinitionChoices.NONE,
                WebApp.Options.plain("127.0.0.1", 0, other.resolve("uploads")),
                r -> r.get("/forgotten", ctx -> ctx.result("should never be seen")))) {
            for (Role role : Role.values()) {
                var r = s.get("/forgotten", s.session(role));
                assertThat(r.statusCode()).as(role.id()).isEqualTo(403);
                assertThat(r.body()).doesNotContain("should never be seen");
            }
        }
    }

    @Test
    void other_methods_and_spellings_of_a_path_get_no_further_than_the_policy_allows() {
        for (String method : List.of("HEAD", "OPTIONS", "TRACE", "PUT", "DELETE", "PATCH")) {
            for (String path : List.of("/admin/users", "/admin/users/", "/api/audit", "/home")) {
                var r = server.send(HttpRequest.newBuilder(server.uri(path)).method(method, HttpRequest.BodyPublishers.noBody()).build());
                assertThat(r.statusCode()).as(method + " " + path + " unsigned").isEqualTo(405);
                var p = server.send(HttpRequest.newBuilder(server.uri(path)).header("Cookie", server.session(Role.PROVIDER).cookie())
                        .method(method, HttpRequest.BodyPublishers.noBody()).build());
                assertThat(p.statusCode()).as(method + " " + path + " as provider").isEqualTo(405);
            }
        }
        assertThat(server.get("/admin/users/", server.session(Role.PROVIDER)).statusCode()).isEqualTo(403);
        assertThat(server.get("/admin/users/", server.session(Role.ADMIN)).statusCode()).isEqualTo(200);
        assertThat(server.get("/static/../svo.duckdb", null).statusCode()).isIn(400, 404);
        assertThat(server.get("/static/app.css", null).body()).contains("--accent");
    }

    @Test
    void no_servlet_session_cookie_is_ever_set() {
        for (Role role : Role.values()) {
            for (String path : List.of("/", "/signin", "/home", "/explorer", "/admin/users", "/public")) {
                assertThat(server.get(path, server.session(role)).headers().allValues("Set-Cookie"))
                        .noneMatch(c -> c.toUpperCase().startsWith("JSESSIONID"));
            }
        }
    }

    static String concrete(String pattern) {
        String p = pattern;
        for (var e : SAMPLE.entrySet()) p = p.replace(e.getKey(), e.getValue());
        return p;
    }

    /** A fresh session per request, so a sign-out or a role change in one request cannot affect the next. */
    static HttpResponse<String> request(HandlerType method, String path, Role role) {
        WebTestServer.Account a = server.session(role);
        if (method == HandlerType.GET) return server.get(path, a);
        if (path.equals("/signin")) {
            // The sign-in form's own token comes with the form, fetched as a visitor who is not signed in.
            var form = server.get("/signin", null);
            String token = WebTestServer.hidden(form.body(), "_csrf");
            return server.send(HttpRequest.newBuilder(server.uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "svo_signin=" + WebTestServer.setCookie(form, "svo_signin") + (a == null ? "" : "; " + a.cookie()))
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&username=nobody&password=wrong"))
                    .build());
        }
        return server.post(path, a, Map.of(), true);
    }

    /** "allowed", "sent to sign in" (302/303 to /signin for pages, 401 for the API) or "refused" (403). */
    static String classify(HttpResponse<String> r, String pattern) {
        int s = r.statusCode();
        if (pattern.equals("/signin") && s == 401 && r.body().contains("Wrong username or password")) return "allowed";
        if (s == 401) return "sent to sign in";
        if (s == 403) return "refused";
        String location = r.headers().firstValue("Location").orElse("");
        if ((s == 302 || s == 303) && (location.equals("/signin") || location.startsWith("/signin?next="))) {
            return "sent to sign in";
        }
        return "allowed";
    }
}
