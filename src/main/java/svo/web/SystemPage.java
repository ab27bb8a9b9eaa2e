package svo.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import svo.BadInputException;
import svo.ingest.Pseudonymiser;
import svo.security.AuditLog;
import svo.security.Sessions;
import svo.store.Jdbc;
import svo.store.Store;

import java.util.Map;
import java.util.Optional;

/**
 * The administrator's view of the installation: the store, the pseudonymisation key (configured on the
 * server? the same key the store was loaded with?), TLS, limits, sessions and the audit chain. The key
 * itself is never shown: only its fingerprint.
 */
final class SystemPage {
    private final StorePool pool;
    private final Sessions sessions;
    private final AuditLog audit;
    private final Layout layout;
    private final WebApp.Options options;
    private final Map<String, String> environment;
    private final int querySlots;

    SystemPage(StorePool pool, Sessions sessions, AuditLog audit, Layout layout, WebApp.Options options,
               Map<String, String> environment, int querySlots) {
        this.pool = pool;
        this.sessions = sessions;
        this.audit = audit;
        this.layout = layout;
        this.options = options;
        this.environment = environment;
        this.querySlots = querySlots;
    }

    void register(RoutesConfig r) {
        r.get("/admin/system", this::page);
    }

    private void page(Context ctx) {
        Visit v = Visit.of(ctx);
        Optional<String> stored;
        int schema;
        String file;
        try (StorePool.Lease lease = pool.lease()) {
            Store s = lease.store();
            stored = Jdbc.queryOne(s.connection(), "SELECT value FROM store_setting WHERE key = 'key_fingerprint'", rs -> rs.getString(1));
            schema = s.schemaVersion();
            file = s.file() == null ? "in memory" : s.file().toString();
        }
        String serverKey;
        String keyClass;
        try {
            String fp = Pseudonymiser.fromEnvironment(environment).fingerprint();
            if (stored.isEmpty()) {
                serverKey = "set (fingerprint " + fp + "); no person-level data has been loaded with a key yet";
                keyClass = "good";
            } else if (stored.get().equals(fp)) {
                serverKey = "set, fingerprint " + fp + ": the same key the store's person-level data were loaded with";
                keyClass = "good";
            } else {
                serverKey = "set, fingerprint " + fp + ", but the store was loaded with " + stored.get()
                        + ": person-level imports will be refused until the original key is configured";
                keyClass = "poor";
            }
        } catch (BadInputException e) {
            serverKey = "not set: person-level data sets (persons, warning markers) cannot be imported from the web. Set "
                    + Pseudonymiser.KEY_FILE_ENV + " for the server" + stored.map(f -> " (the store expects fingerprint " + f + ")").orElse("");
            keyClass = "fair";
        }
        AuditLog.Verification check = audit.verify();
        Html body = Html.of("""
                <h1>System</h1>
                <section class="panel">
                  <dl class="facts">
                    <dt>Store</dt><dd><code>{}</code>, schema version {}</dd>
                    <dt>Pseudonymisation key</dt><dd><span class="tag {}">{}</span> {}</dd>
                    <dt>Connection</dt><dd>{}</dd>
                    <dt>Upload limit</dt><dd>{}; uploads wait in <code>{}</code> (not served) and are deleted after import</dd>
                    <dt>Analyses at once</dt><dd>{}</dd>
                    <dt>Signed-in sessions</dt><dd>{} (held in memory; 30 minutes idle, 8 hours at most)</dd>
                    <dt>Audit log</dt><dd>{}</dd>
                  </dl>
                </section>""",
                file, schema, keyClass, keyClass.equals("good") ? "ok" : keyClass.equals("fair") ? "missing" : "wrong", serverKey,
                options.tls() ? "HTTPS (TLS 1.2/1.3) with the keystore " + options.tlsKeystore().getFileName()
                        : "plain HTTP on " + options.host() + (isLocal(options.host()) ? " (this machine only)" : ": use TLS or a TLS proxy"),
                Format.bytes(options.maxUploadBytes()), options.uploadDir().toAbsolutePath().normalize().toString(),
                querySlots, sessions.size(),
                check.intact() ? Format.count(check.entries()) + " entries, chain intact; head " + check.headHash().substring(0, 16) + "…"
                        : "BROKEN: " + check.problem());
        ctx.html(layout.page(v, "System", "/admin/system", body));
    }

    private static boolean isLocal(String host) {
        return host == null || host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
