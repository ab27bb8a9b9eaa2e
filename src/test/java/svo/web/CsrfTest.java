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

/** Every state-changing request needs this site's token; without it nothing changes. */
class CsrfTest {
    @TempDir
    static Path dir;

    static WebTestServer server;
    static final Map<String, String> NEW_USER = Map.of("username", "mallory", "display_name", "Mallory", "role", "admin",
            "password", "a long enough passphrase");

    @BeforeAll
    static void start() {
        server = WebTestServer.start(dir, AnalysisCatalog.standard());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_form_post_without_the_token_is_refused_and_changes_nothing() {
        var admin = server.session(Role.ADMIN);
        var r = server.post("/admin/users", admin, NEW_USER, false);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("security token");
        assertThat(server.app.users().find("mallory")).isEmpty();
    }

    @Test
    void a_form_post_with_another_sessions_token_is_refused() {
        var admin = server.session(Role.ADMIN);
        var other = server.session(Role.ADMIN);
        var r = server.post("/admin/users", new WebTestServer.Account(admin.cookie(), other.csrf()), NEW_USER, true);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(server.app.users().find("mallory")).isEmpty();
    }

    @Test
    void the_same_form_post_with_the_token_is_accepted() {
        var admin = server.session(Role.ADMIN);
        var r = server.post("/admin/users", admin, Map.of("username", "trent", "display_name", "Trent", "role", "board",
                "password", "a long enough passphrase"), true);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(server.app.users().find("trent")).isPresent();
    }

    @Test
    void an_api_post_without_the_header_is_refused() {
        var analyst = server.session(Role.ANALYST);
        var r = server.send(HttpRequest.newBuilder(server.uri("/api/imports"))
                .header("Cookie", analyst.cookie()).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")).build());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("\"status\":403");
    }

    @Test
    void a_post_from_another_site_is_refused_even_with_a_valid_token() {
        var admin = server.session(Role.ADMIN);
        var r = server.send(HttpRequest.newBuilder(server.uri("/admin/users"))
                .header("Cookie", admin.cookie())
                .header("Origin", "https://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(WebTestServer.form(Map.of("_csrf", admin.csrf(), "username", "eve",
                        "role", "admin", "password", "a long enough passphrase"))))
                .build());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(server.app.users().find("eve")).isEmpty();
    }

    @Test
    void the_sign_in_form_needs_the_token_that_came_with_it() {
        server.user(Role.ANALYST);
        var r = server.post("/signin", null, Map.of("username", "analyst-user", "password", WebTestServer.PASSWORD), false);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("svo_session=") && !c.startsWith("svo_session=;"));
    }

    @Test
    void signing_out_needs_the_token_too() {
        var analyst = server.session(Role.ANALYST);
        assertThat(server.post("/signout", analyst, Map.of(), false).statusCode()).isEqualTo(403);
        assertThat(server.get("/home", analyst).statusCode()).as("still signed in").isEqualTo(200);
    }
}
