package svo.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import svo.analysis.AnalysisCatalog;
import svo.security.Role;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in, cookies, headers, throttling and sign-out over real HTTP. */
class SignInFlowTest {
    @TempDir
    static Path dir;

    static WebTestServer server;

    @BeforeAll
    static void start() {
        server = WebTestServer.start(dir, AnalysisCatalog.standard());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void signing_in_sets_an_http_only_same_site_session_cookie_and_sends_the_analyst_to_the_overview() {
        server.user(Role.ANALYST);
        var form = server.get("/signin", null);
        String token = WebTestServer.hidden(form.body(), "_csrf");
        var r = server.send(HttpRequest.newBuilder(server.uri("/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "svo_signin=" + WebTestServer.setCookie(form, "svo_signin"))
                .POST(HttpRequest.BodyPublishers.ofString(WebTestServer.form(Map.of("_csrf", token, "username", "analyst-user",
                        "password", WebTestServer.PASSWORD)))).build());
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/home");
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("svo_session=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").doesNotContain("Secure");
        assertThat(cookie.substring("svo_session=".length(), cookie.indexOf(';'))).hasSize(43);
        assertThat(r.headers().firstValue("Location").orElseThrow()).doesNotContain(cookie.substring(12, 30));
    }

    @Test
    void every_response_carries_the_security_headers() {
        for (String path : new String[]{"/signin", "/public", "/api/session", "/no-such-page", "/static/app.css"}) {
            var r = server.get(path, null);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("default-src 'self'").contains("script-src 'self'")
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(r.headers().firstValue("Server")).as(path).isEmpty();
        }
        assertThat(server.get("/signin", null).headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void pages_use_no_inline_script_or_style_and_load_nothing_from_another_site() {
        var analyst = server.session(Role.ANALYST);
        for (String path : new String[]{"/signin", "/home", "/explorer", "/account", "/public"}) {
            String html = server.get(path, path.equals("/signin") || path.equals("/public") ? null : analyst).body();
            assertThat(html).as(path).doesNotContain("<script>").doesNotContain(" style=").doesNotContain("<style")
                    .doesNotContain("onclick=").doesNotContain("http://").doesNotContain("https://");
        }
    }

    @Test
    void an_unsigned_page_request_goes_to_sign_in_and_comes_back_after() {
        var r = server.get("/explorer", null);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/signin?next=%2Fexplorer");
        assertThat(server.get("/api/analyses", null).statusCode()).isEqualTo(401);
    }

    @Test
    void after_sign_in_the_next_page_is_only_ever_on_this_site_and_open_to_the_role() {
        server.user(Role.BOARD);
        assertThat(signInWithNext("board-user", "/dashboard")).isEqualTo("/dashboard");
        assertThat(signInWithNext("board-user", "//evil.example/x")).isEqualTo("/dashboard");
        assertThat(signInWithNext("board-user", "https://evil.example/")).isEqualTo("/dashboard");
        assertThat(signInWithNext("board-user", "/admin/users")).as("not open to board").isEqualTo("/dashboard");
    }

    @Test
    void signing_out_ends_the_session_on_the_server_not_just_in_the_browser() {
        var a = server.signIn(Role.TASKING);
        assertThat(server.get("/cohorts", a).statusCode()).isEqualTo(200);
        var out = server.post("/signout", a, Map.of(), true);
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("svo_session=;") && c.contains("Max-Age=0"));
        assertThat(server.get("/cohorts", a).statusCode()).as("the old cookie is worthless").isEqualTo(303);
    }

    @Test
    void a_changed_role_takes_effect_at_once_because_the_users_sessions_end() {
        var admin = server.session(Role.ADMIN);
        server.user(Role.PROVIDER);
        var provider = server.signIn(Role.PROVIDER);
        assertThat(server.get("/interventions", provider).statusCode()).isEqualTo(200);
        var r = server.post("/admin/users/provider-user/role", admin, Map.of("role", "board"), true);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(server.get("/interventions", provider).statusCode()).isEqualTo(303);
        server.post("/admin/users/provider-user/role", admin, Map.of("role", "provider", "organisation", "Test Provider Ltd"), true);
    }

    @Test
    void wrong_passwords_are_throttled_with_how_long_to_wait(@TempDir Path other) {
        try (WebTestServer s = WebTestServer.start(other, AnalysisCatalog.standard())) {
            s.user(Role.ANALYST);
            for (int i = 0; i < 5; i++) assertThat(attempt(s, "analyst-user", "not the password").statusCode()).isEqualTo(401);
            var r = attempt(s, "analyst-user", WebTestServer.PASSWORD);
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(r.body()).containsPattern("Try again in (29|30) seconds");
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
            assertThat(s.app.audit().recent("signin.throttled", null, 5)).hasSize(1);
        }
    }

    private String signInWithNext(String username, String next) {
        var form = server.get("/signin", null);
        var r = server.send(HttpRequest.newBuilder(server.uri("/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "svo_signin=" + WebTestServer.setCookie(form, "svo_signin"))
                .POST(HttpRequest.BodyPublishers.ofString(WebTestServer.form(Map.of("_csrf", WebTestServer.hidden(form.body(), "_csrf"),
                        "username", username, "password", WebTestServer.PASSWORD, "next", next)))).build());
        return r.headers().firstValue("Location").orElse("");
    }

    private static java.net.http.HttpResponse<String> attempt(WebTestServer s, String username, String password) {
        var form = s.get("/signin", null);
        return s.send(HttpRequest.newBuilder(s.uri("/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "svo_signin=" + WebTestServer.setCookie(form, "svo_signin"))
                .POST(HttpRequest.BodyPublishers.ofString(WebTestServer.form(Map.of("_csrf", WebTestServer.hidden(form.body(), "_csrf"),
                        "username", username, "password", password)))).build());
    }
}
