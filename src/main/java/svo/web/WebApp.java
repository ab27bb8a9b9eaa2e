package svo.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import svo.analysis.AnalysisCatalog;
import svo.definitions.DefinitionRegistry;
import svo.ingest.Datasets;
import svo.ingest.ImportRunner;
import svo.security.AuditLog;
import svo.security.LoginThrottle;
import svo.security.PasswordHasher;
import svo.security.Session;
import svo.security.Sessions;
import svo.security.SignIn;
import svo.security.Users;
import svo.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The web application: server-rendered pages and the JSON API under {@code /api/}, on Javalin (Jetty).
 *
 * <pre>
 * try (WebApp app = new WebApp(store, AnalysisCatalog.standard(), DefinitionRegistry.standard(),
 *         WebApp.Options.plain("127.0.0.1", 8080, uploads), Clock.systemUTC()).start()) {
 *     System.out.println(app.baseUrl());
 * }
 * </pre>
 *
 * Every request passes, in order: security headers and session lookup ({@code before}); the {@link Policy}
 * check for the matched route, then the CSRF check for state-changing methods ({@code beforeMatched}); the
 * handler; and {@link Errors} for whatever went wrong.
 */
public final class WebApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    /** Default upload limit: 2 GiB, more than a partnership's largest yearly extract. */
    public static final long DEFAULT_MAX_UPLOAD = 2L * 1024 * 1024 * 1024;

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Where and how to listen, and where uploads wait for their import. */
    public record Options(String host, int port, Path tlsKeystore, char[] tlsPassword, Path uploadDir, long maxUploadBytes,
                          int querySlots) {
        public boolean tls() {
            return tlsKeystore != null;
        }

        /** Plain HTTP (for localhost, or behind a TLS-terminating proxy). */
        public static Options plain(String host, int port, Path uploadDir) {
            return new Options(host, port, null, null, uploadDir, DEFAULT_MAX_UPLOAD, 0);
        }

        public Options withTls(Path keystore, char[] password) {
            return new Options(host, port, keystore, password, uploadDir, maxUploadBytes, querySlots);
        }

        public Options withMaxUpload(long bytes) {
            return new Options(host, port, tlsKeystore, tlsPassword, uploadDir, bytes, querySlots);
        }

        /** How many analyses may run at once (0: one per four cores). */
        public Options withQuerySlots(int slots) {
            return new Options(host, port, tlsKeystore, tlsPassword, uploadDir, maxUploadBytes, slots);
        }
    }

    private final Options options;
    private final Policy policy;
    private final StorePool pool;
    private final AuditLog audit;
    private final Users users;
    private final Sessions sessions;
    private final Cookies cookies;
    private final CsrfGuard csrf = new CsrfGuard();
    private final ImportJobs imports;
    private final Javalin javalin;

    /** The application over a store, with the product's analyses and the given definitions. */
    public WebApp(Store store, AnalysisCatalog catalog, DefinitionRegistry definitions, Options options, Clock clock) {
        this(store, catalog, DefinitionChoices.of(definitions), options, clock, r -> { });
    }

    /** With the definitions to offer, and {@code extraRoutes} (tests use it to prove an unlisted route is closed). */
    WebApp(Store store, AnalysisCatalog catalog, DefinitionChoices definitions, Options options, Clock clock,
           java.util.function.Consumer<io.javalin.config.RoutesConfig> extraRoutes) {
        this.options = options;
        this.policy = Policy.STANDARD;
        this.pool = new StorePool(store, 32);
        this.audit = new AuditLog(store, clock);
        this.users = new Users(store, PasswordHasher.standard(), audit, clock);
        this.sessions = Sessions.standard(clock);
        this.cookies = new Cookies(options.tls());
        LoginThrottle throttle = new LoginThrottle(clock);
        SignIn signIn = new SignIn(users, sessions, throttle, audit);
        Assets assets = new Assets();
        Layout layout = new Layout(policy, assets, new StoreFacts(pool, clock));
        Errors errors = new Errors(layout, options.maxUploadBytes());
        SignInPages signInPages = new SignInPages(signIn, users, sessions, throttle, audit, layout, cookies, policy);
        OverviewPage overview = new OverviewPage(pool, layout);
        QueryGate gate = options.querySlots() > 0 ? new QueryGate(options.querySlots()) : QueryGate.forThisMachine();
        ScopeForm scopes = new ScopeForm(definitions, clock);
        ExplorerPages explorer = new ExplorerPages(catalog, scopes, pool, audit, layout, gate, new ResultCache(store, 256), clock);
        MapsPage maps = new MapsPage(scopes, pool, layout, gate);
        SystemPage system = new SystemPage(pool, sessions, audit, layout, options, System.getenv(), gate.size());
        AdminPages admin = new AdminPages(users, sessions, audit, layout);
        ComingPages coming = new ComingPages(layout);
        Path uploads = uploadDir(options.uploadDir());
        // Wired as the command line wires it (svo.cli.Imports): located rows get their areas inside the import.
        this.imports = new ImportJobs(ImportRunner.forProcess(store)
                .withLocationAssigner((c, table, batch) -> svo.geo.Assigner.assign(c, table, batch).rowsOutside()), audit, clock);
        UploadPages upload = new UploadPages(Datasets.standard(), imports, pool, audit, layout, uploads, options.maxUploadBytes());

        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = 1024 * 1024;
            config.jetty.multipartConfig.cacheDirectory(uploads.toString());
            config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes() + 1024 * 1024, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(64, SizeUnit.KB);
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            if (options.tls()) tls(config);
            config.requestLogger.http(this::logRequest);

            var r = config.routes;
            r.before(this::beforeEveryRequest);
            r.beforeMatched(this::checkPolicy);
            r.get("/static/{file}", assets::serve);
            signInPages.register(r);
            overview.register(r);
            upload.register(r);
            explorer.register(r);
            maps.register(r);
            admin.register(r);
            system.register(r);
            coming.register(r);
            extraRoutes.accept(r);
            errors.register(r);
        });
    }

    /** Starts listening. */
    public WebApp start() {
        if (options.tls()) javalin.start();
        else javalin.start(options.host(), options.port());
        AuditLog.Verification check = audit.verify();
        LOG.info("audit log: {} entries, chain {}, head {}", check.entries(), check.intact() ? "intact" : "BROKEN: " + check.problem(),
                check.headHash());
        if (users.count() == 0) {
            LOG.warn("there are no user accounts yet: create an administrator with `./svo users add NAME --role admin`");
        }
        return this;
    }

    /** The port listened on (the real one when 0 was asked for). */
    public int port() {
        for (var c : javalin.jettyServer().server().getConnectors()) {
            if (c instanceof NetworkConnector n && n.getLocalPort() > 0) return n.getLocalPort();
        }
        return javalin.port();
    }

    /** {@code http://127.0.0.1:8080}, or https with TLS. */
    public String baseUrl() {
        String host = options.host() == null || options.host().isBlank() || options.host().equals("0.0.0.0") ? "localhost" : options.host();
        return (options.tls() ? "https" : "http") + "://" + host + ":" + port();
    }

    @Override
    public void close() {
        javalin.stop();
        imports.close();
        pool.close();
        AuditLog.Verification check = audit.verify();
        LOG.info("audit log at stop: {} entries, head {}", check.entries(), check.headHash());
    }

    // ---- for tests in this package ----

    Users users() {
        return users;
    }

    Sessions sessions() {
        return sessions;
    }

    AuditLog audit() {
        return audit;
    }

    Policy policy() {
        return policy;
    }

    Cookies cookies() {
        return cookies;
    }

    /** Every HTTP route registered with Javalin (not before/after filters). */
    List<Endpoint> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream().map(p -> p.endpoint)
                .filter(e -> e.method.isHttpMethod()).toList();
    }

    // ---- the request pipeline ----

    private void beforeEveryRequest(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin"); // not no-referrer: Chromium then sends "Origin: null" on form posts
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        if (options.tls()) ctx.header("Strict-Transport-Security", "max-age=31536000");
        // Only GET and POST reach the policy check and the handlers: a HEAD or OPTIONS answered by the
        // framework itself would otherwise go round the policy table.
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.POST) {
            new Visit(null, ctx.ip(), ctx.path().startsWith("/api/")).attach(ctx);
            throw new Problems.MethodNotServed(ctx.method().name());
        }
        Optional<Session> session = sessions.find(cookies.session(ctx));
        if (session.isEmpty() && cookies.session(ctx) != null && !cookies.session(ctx).isEmpty()) cookies.clearSession(ctx);
        new Visit(session.orElse(null), ctx.ip(), ctx.path().startsWith("/api/")).attach(ctx);
    }

    private void checkPolicy(Context ctx) {
        Endpoint ep = ctx.endpoints().matchedHttpEndpoint();
        if (ep == null) return;
        Visit v = Visit.of(ctx);
        Policy.Rule rule = policy.find(ep.method, ep.path).orElse(null);
        if (rule == null) {
            LOG.error("route {} {} has no policy rule; refused to everyone until Policy lists it", ep.method, ep.path);
            throw new Problems.Refused("This address has no access rule yet, so it is closed to everyone.");
        }
        if (!rule.allows(v.role())) {
            if (!v.signedIn()) throw new Problems.NotSignedIn();
            audit.record(v.actor(), "access.refused", ep.method + " " + ctx.path(), null, AuditLog.Outcome.REFUSED);
            throw new Problems.Refused("Your role (" + v.role().title() + ") does not give access to this page or action. "
                    + "If you need it, ask your administrator.");
        }
        csrf.check(ctx, v, ep.path);
    }

    private void logRequest(Context ctx, Float ms) {
        // The path only: query strings and headers (cookies, tokens) are never logged.
        int status = ctx.statusCode();
        Visit v = ctx.attribute("svo.visit") != null ? Visit.of(ctx) : null;
        String who = v == null || !v.signedIn() ? "-" : v.user().username();
        if (status >= 400 || ms > 1000) {
            LOG.info("{} {} {} {} ms {} {}", ctx.method(), ctx.path(), status, Math.round(ms), who, ctx.ip());
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} {} {} ms {} {}", ctx.method(), ctx.path(), status, Math.round(ms), who, ctx.ip());
        }
    }

    private void tls(JavalinConfig config) {
        config.jetty.addConnector((server, httpConfig) -> {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(options.tlsKeystore().toAbsolutePath().toString());
            ssl.setKeyStorePassword(new String(options.tlsPassword()));
            ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
            httpConfig.addCustomizer(new SecureRequestCustomizer(false));
            ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                    new HttpConnectionFactory(httpConfig));
            connector.setHost(options.host());
            connector.setPort(options.port());
            return connector;
        });
    }

    private static Path uploadDir(Path dir) {
        try {
            Files.createDirectories(dir);
            return dir.toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the upload folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
