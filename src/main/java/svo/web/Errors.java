package svo.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import svo.BadInputException;
import svo.store.StoreException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every failure becomes one status, with a page for people and JSON for the API, here and nowhere else.
 *
 * <pre>
 * BadInputException      400  its message (what, where, how to fix)
 * NotSignedIn            401  API; pages are sent to the sign-in form
 * Refused                403  what the role may not do
 * Missing                404
 * MethodNotServed        405  anything but GET and POST (HEAD, OPTIONS, TRACE, PUT …)
 * TooLarge               413
 * Busy                   503  too many analyses waiting; Retry-After
 * ServletException       413 for an upload over the limit, else 400
 * StoreException         503  a reference number; the detail goes to the server log only
 * anything else          500  a reference number; the stack trace goes to the server log only
 * </pre>
 */
final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private final Layout layout;
    private final long maxUploadBytes;

    Errors(Layout layout, long maxUploadBytes) {
        this.layout = layout;
        this.maxUploadBytes = maxUploadBytes;
    }

    void register(RoutesConfig routes) {
        routes.exception(BadInputException.class, (e, ctx) -> respond(ctx, 400, "That cannot be used", e.getMessage()));
        routes.exception(Problems.NotSignedIn.class, (e, ctx) -> notSignedIn(ctx));
        routes.exception(Problems.Refused.class, (e, ctx) -> respond(ctx, 403, "Not allowed", e.getMessage()));
        routes.exception(Problems.Missing.class, (e, ctx) -> respond(ctx, 404, "Not found", e.getMessage()));
        routes.exception(Problems.MethodNotServed.class, (e, ctx) -> {
            ctx.header("Allow", "GET, POST");
            respond(ctx, 405, "Not served", e.getMessage());
        });
        routes.exception(Problems.Busy.class, (e, ctx) -> {
            ctx.header("Retry-After", "5");
            respond(ctx, 503, "Busy", e.getMessage());
        });
        routes.exception(Problems.TooLarge.class, (e, ctx) -> respond(ctx, 413, "Too large", e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(),
                e.getStatus() == 404 ? "Not found" : "Request refused",
                e.getStatus() == 404 ? "There is no page at " + ctx.path() + "." : e.getMessage()));
        routes.exception(jakarta.servlet.ServletException.class, (e, ctx) -> {
            // Jetty refuses a multipart body over the limits while it streams in, whoever reads it first.
            for (Throwable t = e; t != null; t = t.getCause()) {
                String m = String.valueOf(t.getMessage());
                if (m.contains("max file size exceeded") || m.contains("max request size") || m.contains("max length exceeded")) {
                    respond(ctx, 413, "Too large", "The file is larger than the upload limit of " + Format.bytes(maxUploadBytes)
                            + ". Split the extract by year, or ask whoever runs the server to raise --max-upload-mb; "
                            + "`./svo import` on the server has no limit.");
                    return;
                }
            }
            LOG.info("unreadable request on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            respond(ctx, 400, "That cannot be used", "The request could not be read (" + e.getMessage() + "). Try again.");
        });
        routes.exception(StoreException.class, (e, ctx) -> {
            String ref = reference();
            LOG.error("store problem {} on {} {}: {}", ref, ctx.method(), ctx.path(), e.getMessage(), e);
            respond(ctx, 503, "The store could not answer",
                    "The data store could not complete this request (reference " + ref + "). Try again; if it "
                            + "persists, give the reference to whoever runs the server.");
        });
        routes.exception(Exception.class, (e, ctx) -> {
            String ref = reference();
            LOG.error("unexpected failure {} on {} {}", ref, ctx.method(), ctx.path(), e);
            respond(ctx, 500, "Something went wrong",
                    "This is a fault in the product, not in what you did (reference " + ref + "). The details are in "
                            + "the server log under that reference.");
        });
    }

    private void notSignedIn(Context ctx) {
        Visit v = ctx.attribute("svo.visit") != null ? Visit.of(ctx) : null;
        if (v == null || v.api()) {
            respond(ctx, 401, "Sign in first", "Sign in first: this needs a signed-in session.");
            return;
        }
        String next = "GET".equals(ctx.method().name()) ? ctx.path() : null;
        ctx.redirect(Html.url("/signin", "next", next), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void respond(Context ctx, int status, String heading, String message) {
        ctx.status(status);
        Visit v = ctx.attribute("svo.visit") != null ? Visit.of(ctx) : new Visit(null, ctx.ip(), ctx.path().startsWith("/api/"));
        if (v.api() || !acceptsHtml(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", message);
            ctx.json(body);
        } else {
            ctx.html(layout.message(v, heading, null, heading, Html.of("<p class=\"msg\">{}</p>{}", message,
                    Html.when(status == 403 || status == 404, Html.of("<p><a href=\"/\">Go to your start page</a></p>")))));
        }
    }

    private static boolean acceptsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }

    private static String reference() {
        return Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36), 36)
                .toUpperCase(java.util.Locale.ROOT);
    }
}
