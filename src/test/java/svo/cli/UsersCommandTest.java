package svo.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import svo.security.AuditLog;
import svo.store.Jdbc;
import svo.store.Store;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class UsersCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    Run run(String stdin, String... args) {
        CommandLine cl = SvoCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        InputStream saved = System.in;
        try {
            if (stdin != null) System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int code = cl.execute(args);
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    String store() {
        return dir.resolve("svo.duckdb").toString();
    }

    @Test
    void users_add_reads_the_password_from_standard_input_and_list_shows_each_role() {
        Run add = run("correct horse battery staple\n", "users", "add", "asha", "--role", "analyst", "--name", "Asha Patel",
                "--password-stdin", "--store", store());
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains("added asha (analyst)");
        Run provider = run("another long passphrase\n", "users", "add", "dcct", "--role", "provider", "--organisation",
                "Derby County Community Trust", "--password-stdin", "--store", store());
        assertThat(provider.code()).as(provider.err()).isZero();
        Run list = run(null, "users", "list", "--store", store());
        assertThat(list.out()).contains("asha").contains("Asha Patel").contains("analyst")
                .contains("dcct").contains("provider").contains("Derby County Community Trust");
        Run csv = run(null, "users", "list", "--format", "csv", "--store", store());
        assertThat(csv.out()).startsWith("username,display_name,role,organisation,disabled,created_at");
        try (Store s = Store.open(dir.resolve("svo.duckdb"))) {
            assertThat(Jdbc.count(s.connection(), "SELECT count(*) FROM app_user WHERE password_hash LIKE '$argon2id$%'")).isEqualTo(2);
            var entries = new AuditLog(s, Clock.systemUTC()).recent("user.add", null, 5);
            assertThat(entries).hasSize(2).allSatisfy(e -> assertThat(e.address()).isEqualTo("cli"));
        }
    }

    @Test
    void role_passwd_and_disable_change_the_account() {
        run("correct horse battery staple\n", "users", "add", "asha", "--role", "analyst", "--password-stdin", "--store", store());
        assertThat(run(null, "users", "role", "asha", "board", "--store", store()).out()).contains("asha is now board");
        assertThat(run("a different long passphrase\n", "users", "passwd", "asha", "--password-stdin", "--store", store()).out())
                .contains("password changed for asha");
        assertThat(run(null, "users", "disable", "asha", "--store", store()).code()).isZero();
        assertThat(run(null, "users", "list", "--store", store()).out()).contains("disabled");
    }

    @Test
    void a_password_is_never_taken_from_the_command_line() {
        Run r = run(null, "users", "add", "asha", "--role", "analyst", "--password", "correct horse battery staple", "--store", store());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option");
        Run noConsole = run(null, "users", "add", "asha", "--role", "analyst", "--store", store());
        assertThat(noConsole.code()).isEqualTo(SvoCommand.BAD_INPUT);
        assertThat(noConsole.err()).contains("no console").contains("--password-stdin");
    }

    @Test
    void bad_roles_and_short_passwords_are_refused_with_the_reason() {
        Run role = run("correct horse battery staple\n", "users", "add", "asha", "--role", "superuser", "--password-stdin", "--store", store());
        assertThat(role.code()).isEqualTo(SvoCommand.BAD_INPUT);
        assertThat(role.err()).contains("admin, analyst, board, provider, tasking");
        Run pw = run("short\n", "users", "add", "asha", "--role", "analyst", "--password-stdin", "--store", store());
        assertThat(pw.code()).isEqualTo(SvoCommand.BAD_INPUT);
        assertThat(pw.err()).contains("at least 12 characters");
    }

    @Test
    void audit_verify_says_intact_and_exits_4_after_an_entry_is_changed_outside_the_product() {
        run("correct horse battery staple\n", "users", "add", "asha", "--role", "analyst", "--password-stdin", "--store", store());
        run(null, "users", "role", "asha", "board", "--store", store());
        Run ok = run(null, "audit", "--verify", "--store", store());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("audit log intact: 2 entries");
        try (Store s = Store.open(dir.resolve("svo.duckdb"))) {
            Jdbc.update(s.connection(), "UPDATE audit_log SET detail = 'nothing to see' WHERE audit_id = 2");
        }
        Run broken = run(null, "audit", "--verify", "--store", store());
        assertThat(broken.code()).isEqualTo(AuditCommand.TAMPERED);
        assertThat(broken.err()).contains("BROKEN at entry 2");
        assertThat(run(null, "audit", "--store", store()).out()).contains("user.role").contains("user.add");
    }

    @Test
    void serve_starts_the_web_application_on_the_store_and_port_asked() throws Exception {
        // The server lives until the test JVM ends (as it would until Ctrl-C); its store is this test's own.
        Run r = run(null, "serve", "--port", "0", "--store", store());
        assertThat(r.code()).as(r.err()).isEqualTo(SvoCommand.KEEP_RUNNING);
        var m = java.util.regex.Pattern.compile("on (http://127\\.0\\.0\\.1:\\d+)").matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        var http = java.net.http.HttpClient.newHttpClient();
        var signin = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(m.group(1) + "/signin")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(signin.statusCode()).isEqualTo(200);
        assertThat(signin.body()).contains("Sign in");
    }

    @Test
    void serve_refuses_tls_without_a_password_variable_and_never_takes_the_password_itself() {
        Run r = run(null, "serve", "--tls-keystore", dir.resolve("missing.p12").toString(), "--store", store());
        assertThat(r.code()).isEqualTo(SvoCommand.BAD_INPUT);
        assertThat(r.err()).contains("no such file");
        Run p = run(null, "serve", "--tls-password", "secret", "--store", store());
        assertThat(p.code()).isEqualTo(2);
        assertThat(p.err()).contains("Unknown option");
    }
}
