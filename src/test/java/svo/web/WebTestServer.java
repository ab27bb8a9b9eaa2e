package svo.web;

import svo.analysis.AnalysisCatalog;
import svo.security.Actor;
import svo.security.Role;
import svo.security.Session;
import svo.security.User;
import svo.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The real application on a free port over a temporary store, with one account per role, and a small HTTP
 * client that does not follow redirects (so tests see exactly what the server answered).
 */
final class WebTestServer implements AutoCloseable {
    static final String PASSWORD = "correct horse battery staple";
    /** The shipped definitions, as the server offers them. */
    static final DefinitionChoices DEFINITIONS = DefinitionChoices.of(svo.definitions.DefinitionRegistry.standard());

    /** A signed-in visitor: the session cookie and its CSRF token. */
    record Account(String cookie, String csrf) {}

    final Store store;
    final WebApp app;
    final Path dir;
    final HttpClient http;
    private final Map<Role, User> users = new EnumMap<>(Role.class);

    private WebTestServer(Path dir, Store store, WebApp app, HttpClient http) {
        this.dir = dir;
        this.store = store;
        this.app = app;
        this.http = http;
    }

    static WebTestServer start(Path dir, AnalysisCatalog catalog) {
        return start(dir, catalog, DEFINITIONS, WebApp.Options.plain("127.0.0.1", 0, dir.resolve("uploads")), r -> { });
    }

    static WebTestServer start(Path dir, AnalysisCatalog catalog, DefinitionChoices definitions, WebApp.Options options,
                               Consumer<io.javalin.config.RoutesConfig> extraRoutes) {
        Store store = Store.open(dir.resolve("svo.duckdb"));
        WebApp app = new WebApp(store, catalog, definitions, options, Clock.systemUTC(), extraRoutes).start();
        return new WebTestServer(dir, store, app, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** Over TLS, trusting exactly the server's own certificate. */
    static WebTestServer startTls(Path dir, Path keystore, char[] password, javax.net.ssl.SSLContext trust) {
        Store store = Store.open(dir.resolve("svo.duckdb"));
        WebApp app = new WebApp(store, AnalysisCatalog.standard(), DEFINITIONS,
                WebApp.Options.plain("127.0.0.1", 0, dir.resolve("uploads")).withTls(keystore, password), Clock.systemUTC(), r -> { }).start();
        return new WebTestServer(dir, store, app, HttpClient.newBuilder().sslContext(trust)
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** The account for a role ({@code <role>-user}), created on first use. */
    User user(Role role) {
        return users.computeIfAbsent(role, r -> app.users().add(r.id() + "-user", "Test " + r.title(), r,
                r == Role.PROVIDER ? "Test Provider Ltd" : null, PASSWORD.toCharArray(), Actor.commandLine()));
    }

    /** A fresh session for the role without going through the form (for authorisation tests). */
    Account session(Role role) {
        if (role == Role.PUBLIC) return null;
        Session s = app.sessions().create(user(role), "127.0.0.1");
        return new Account(app.cookies().sessionName() + "=" + s.id(), s.csrfToken());
    }

    /** Signs in through the real form, as a browser would. */
    Account signIn(Role role) {
        User u = user(role);
        var form = get("/signin", null);
        String signinCookie = setCookie(form, "svo_signin");
        String token = hidden(form.body(), "_csrf");
        var r = send(HttpRequest.newBuilder(uri("/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "svo_signin=" + signinCookie)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("_csrf", token, "username", u.username(), "password", PASSWORD))))
                .build());
        if (r.statusCode() != 303) throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.body());
        String cookie = app.cookies().sessionName() + "=" + setCookie(r, app.cookies().sessionName());
        var session = get("/api/session", new Account(cookie, null));
        Matcher m = Pattern.compile("\"csrf_token\":\"([^\"]+)\"").matcher(session.body());
        if (!m.find()) throw new IllegalStateException("no csrf token in " + session.body());
        return new Account(cookie, m.group(1));
    }

    URI uri(String path) {
        return URI.create(app.baseUrl() + path);
    }

    HttpResponse<String> get(String path, Account a) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (a != null) b.header("Cookie", a.cookie());
        return send(b.build());
    }

    HttpResponse<String> getJson(String path, Account a) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET();
        if (a != null) b.header("Cookie", a.cookie());
        return send(b.build());
    }

    /** A form post with the account's CSRF token (unless {@code withToken} is false). */
    HttpResponse<String> post(String path, Account a, Map<String, String> fields, boolean withToken) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (withToken && a != null) all.put("_csrf", a.csrf());
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(all)));
        if (a != null) b.header("Cookie", a.cookie());
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String setCookie(HttpResponse<?> r, String name) {
        for (String h : r.headers().allValues("Set-Cookie")) {
            if (h.startsWith(name + "=")) return h.substring(name.length() + 1, h.indexOf(';'));
        }
        throw new IllegalStateException("no Set-Cookie for " + name + " in " + r.headers().allValues("Set-Cookie"));
    }

    static List<String> setCookies(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie");
    }

    static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) throw new IllegalStateException("no hidden field " + name);
        return m.group(1);
    }

    @Override
    public void close() {
        app.close();
        store.close();
    }
}
