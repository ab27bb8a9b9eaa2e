package svo.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.Part;
import svo.BadInputException;
import svo.ingest.Datasets;
import svo.ingest.ImportOptions;
import svo.ingest.ImportReport;
import svo.ingest.Importer;
import svo.security.AuditLog;
import svo.store.Jdbc;
import svo.store.Store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Uploads and what became of them: the upload form, the import's progress and result with its row-level
 * rejects, and every batch with its rejects (page, JSON, CSV).
 *
 * <p>An upload is checked before it is imported: a size limit (enforced while it streams in), a name ending
 * in {@code .csv} or {@code .txt}, and content that is text (an Excel workbook, a zip, a PDF or anything
 * with NUL bytes is refused with what to do instead). It is stored in the upload folder, outside anything
 * served, under a generated name; the name the user gave is only ever shown, escaped, and recorded.
 */
final class UploadPages {
    private final Datasets datasets;
    private final ImportJobs jobs;
    private final StorePool pool;
    private final AuditLog audit;
    private final Layout layout;
    private final Path uploads;
    private final long maxBytes;

    UploadPages(Datasets datasets, ImportJobs jobs, StorePool pool, AuditLog audit, Layout layout, Path uploads, long maxBytes) {
        this.datasets = datasets;
        this.jobs = jobs;
        this.pool = pool;
        this.audit = audit;
        this.layout = layout;
        this.uploads = uploads;
        this.maxBytes = maxBytes;
    }

    void register(RoutesConfig r) {
        r.get("/upload", this::form);
        r.post("/upload", ctx -> {
            ImportJobs.Job job = accept(ctx);
            ctx.redirect("/imports/" + job.id, HttpStatus.SEE_OTHER);
        });
        r.post("/api/imports", ctx -> {
            ImportJobs.Job job = accept(ctx);
            ctx.status(202).json(jobJson(job));
        });
        r.get("/api/imports/{job}", ctx -> ctx.json(jobJson(job(ctx))));
        r.get("/imports/{job}", this::jobPage);
        r.get("/api/datasets", this::datasetsJson);
        r.get("/api/batches", this::batchesJson);
        r.get("/batches/{batch}", this::batchPage);
        r.get("/api/batches/{batch}/rejects", this::rejectsJson);
        r.get("/batches/{batch}/rejects.csv", this::rejectsCsv);
    }

    // ---- upload ----

    private ImportJobs.Job accept(Context ctx) {
        Visit v = Visit.of(ctx);
        Importer importer = datasets.get(required(ctx, "dataset", "the data set the file holds"));
        String mode = ctx.formParam("mode") == null ? "strict" : ctx.formParam("mode");
        if (!mode.equals("strict") && !mode.equals("lenient")) throw BadInputException.of("mode", mode, "strict or lenient");
        String source = ctx.formParam("source");
        if (source != null && !source.isBlank() && !source.strip().matches("[\\p{L}\\p{N} ._&()'/-]{1,100}")) {
            throw BadInputException.of("source", source, "a label of up to 100 letters, digits, spaces and . _ & ( ) ' / -");
        }
        Part part = part(ctx);
        String name = displayName(part.getSubmittedFileName());
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".txt")) {
            throw new BadInputException(name + ": only CSV files can be imported (a name ending .csv or .txt). From Excel, "
                    + "use File > Save As > \"CSV UTF-8 (Comma delimited)\".");
        }
        if (part.getSize() > maxBytes) throw tooLarge(name);
        if (part.getSize() == 0) throw new BadInputException(name + ": the file is empty. Nothing was loaded.");
        Path stored = uploads.resolve(UUID.randomUUID() + ".upload");
        try {
            // A copy, not Part.write: Jetty removes its own temporary file when the request ends.
            Files.createFile(stored);
            restrict(stored);
            try (InputStream in = part.getInputStream()) {
                Files.copy(in, stored, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            checkContent(stored, name);
        } catch (IOException e) {
            deleteQuietly(stored);
            throw new UncheckedIOException("could not store the upload: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(stored);
            throw e;
        }
        ImportOptions options = ImportOptions.strict().withLenient(mode.equals("lenient"))
                .withReplace(ctx.formParam("replace") != null).withSource(source == null || source.isBlank() ? null : source.strip())
                .withUser(v.user().username());
        return jobs.submit(importer, stored, name, part.getSize(), options, v.actor());
    }

    private Part part(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            throw new BadInputException("file: the upload must be sent as a form with a file (multipart/form-data).");
        }
        try {
            Part part = ctx.req().getPart("file");
            if (part == null || part.getSubmittedFileName() == null) {
                throw new BadInputException("file: no file was chosen. Choose the CSV file to import.");
            }
            return part;
        } catch (IOException | jakarta.servlet.ServletException | IllegalStateException e) {
            String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("size") || m.contains("max") || m.contains("too large") || m.contains("limit")) throw tooLarge("the file");
            throw new BadInputException("file: the upload could not be read (" + e.getMessage() + "). Try again.");
        }
    }

    private Problems.TooLarge tooLarge(String name) {
        return new Problems.TooLarge(name + " is larger than the upload limit of " + Format.bytes(maxBytes)
                + ". Split the extract by year, or ask whoever runs the server to raise --max-upload-mb; "
                + "`./svo import` on the server has no limit.");
    }

    /** The last part of whatever path the browser sent, without control characters, at most 200 characters. */
    static String displayName(String submitted) {
        String s = submitted == null ? "" : submitted;
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(cut + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (s.length() > 200) s = s.substring(s.length() - 200);
        return s.isEmpty() ? "upload.csv" : s;
    }

    /** Refuses what is plainly not a CSV text file, saying what it looks like and what to do. */
    static void checkContent(Path file, String name) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        String kind = null;
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) kind = "an Excel workbook or a zip archive";
        else if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) kind = "an old-style Excel (.xls) workbook";
        else if (startsWith(head, '%', 'P', 'D', 'F')) kind = "a PDF";
        else if (startsWith(head, 0x1F, 0x8B)) kind = "a gzip archive";
        else {
            for (byte b : head) {
                if (b == 0) {
                    kind = "a binary file (it contains NUL bytes; UTF-16 text is one cause)";
                    break;
                }
            }
        }
        if (kind != null) {
            throw new BadInputException(name + ": this is " + kind + ", not a CSV text file. Save it as \"CSV UTF-8\" "
                    + "and upload that. Nothing was loaded.");
        }
    }

    private static boolean startsWith(byte[] b, int... sig) {
        if (b.length < sig.length) return false;
        for (int i = 0; i < sig.length; i++) if ((b[i] & 0xFF) != sig[i]) return false;
        return true;
    }

    private static void restrict(Path p) {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the folder's own permissions apply
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort; the folder is not served
        }
    }

    private static String required(Context ctx, String name, String what) {
        String v = ctx.formParam(name);
        if (v == null || v.isBlank()) throw new BadInputException(name + ": missing. Choose " + what + ".");
        return v;
    }

    // ---- pages ----

    private void form(Context ctx) {
        Visit v = Visit.of(ctx);
        List<Importer> all = datasets.all();
        List<ImportJobs.Job> recent = jobs.recent(10);
        Html body = Html.of("""
                <h1>Upload data</h1>
                <div class="grid two upload">
                  <section class="panel">
                    <h2>Import a file</h2>
                    <form id="upload-form" method="post" action="/upload" enctype="multipart/form-data" class="stack">
                      <input type="hidden" name="_csrf" value="{}">
                      <label for="dataset">Data set</label>
                      <select id="dataset" name="dataset" required>{}</select>
                      <label for="file">CSV file <span class="hint">up to {}; UTF-8 or Windows-1252</span></label>
                      <input id="file" name="file" type="file" accept=".csv,.txt,text/csv" required>
                      <fieldset>
                        <legend>If some rows are bad</legend>
                        <label class="choice"><input type="radio" name="mode" value="strict" checked><span>Strict<small>Load nothing, and list the bad rows with their line numbers.</small></span></label>
                        <label class="choice"><input type="radio" name="mode" value="lenient"><span>Lenient<small>Load the good rows; keep the bad ones in the rejects report.</small></span></label>
                      </fieldset>
                      <label class="check"><input type="checkbox" name="replace" value="1"> This corrects an earlier extract: supersede the batch of the same source and period</label>
                      <label for="source">Source <span class="hint">who supplied it (optional; default: the data set)</span></label>
                      <input id="source" name="source" maxlength="100" placeholder="e.g. Derbyshire Constabulary">
                      <button type="submit" class="primary">Upload and import</button>
                      <progress id="upload-progress" value="0" max="1" hidden></progress>
                      <p id="upload-status" class="aside" role="status"></p>
                      <p id="upload-error" class="error" role="alert" hidden></p>
                    </form>
                  </section>
                  <section class="panel">
                    <h2>What each data set needs</h2>
                    <p class="aside">Columns in bold are required; others may be left out. Names are matched without regard to case; unknown columns are ignored and reported.</p>
                    {}
                  </section>
                </div>
                <section class="panel">
                  <h2>Recent imports</h2>
                  {}
                </section>""",
                v.csrf(),
                Html.each(all, i -> Html.of("<option value=\"{}\">{} – {}</option>", i.dataset(), i.dataset(), i.layout().description())),
                Format.bytes(maxBytes),
                Html.each(all, i -> Html.of("<details><summary><strong>{}</strong> <span class=\"muted\">{}</span></summary><p class=\"columns\">{}</p></details>",
                        i.dataset(), i.layout().description(), columns(i.layout()))),
                recent.isEmpty() ? Html.of("<p class=\"muted\">No uploads since the server started. Every batch ever loaded is on the <a href=\"/home\">overview</a>.</p>")
                        : Html.of("<div class=\"scroll\"><table class=\"compact\"><thead><tr><th>File</th><th>Data set</th><th>By</th><th>Started (UTC)</th><th>Status</th></tr></thead><tbody>{}</tbody></table></div>",
                        Html.each(recent, j -> Html.of("<tr><td class=\"file\"><a href=\"/imports/{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td><span class=\"tag {}\">{}</span></td></tr>",
                                j.id, j.fileName, j.dataset, j.startedBy, Format.dateTime(j.submittedAt), statusClass(j), statusText(j)))));
        ctx.html(layout.page(v, "Upload data", "/upload", body));
    }

    private static Html columns(svo.ingest.Layout l) {
        List<Html> parts = new ArrayList<>();
        for (svo.ingest.Layout.Field f : l.fields()) {
            parts.add(f.required() ? Html.of("<code class=\"req\" title=\"{}\"><strong>{}</strong></code>", f.values(), f.name())
                    : Html.of("<code title=\"{}\">{}</code>", f.values(), f.name()));
        }
        return Html.of("{}", Html.join(parts.stream().flatMap(h -> java.util.stream.Stream.of(h, Html.of(" "))).toList()));
    }

    private void jobPage(Context ctx) {
        Visit v = Visit.of(ctx);
        ImportJobs.Job job = job(ctx);
        Html state;
        if (!job.finished()) {
            state = Html.of("""
                    <section class="panel" data-job="{}">
                      <h2>Importing …</h2>
                      <div class="progress-box">
                        <div class="line"><span><span data-rows>{}</span> rows read</span><span data-pct></span></div>
                        <progress value="{}" max="{}"></progress>
                      </div>
                      <p class="aside">Every row is checked; nothing is kept unless the whole file is accepted. This page follows the import; <a href="/imports/{}">reload</a> if it does not.</p>
                    </section>""", job.id, Format.count(job.rowsRead), job.bytesRead, Math.max(1, job.size), job.id);
        } else if (job.status == ImportJobs.Status.FAILED) {
            state = Html.of("""
                    <section class="panel">
                      <h2>Nothing was loaded</h2>
                      <p class="error" role="alert">{}</p>
                      <p>Fix the file and <a href="/upload">upload it again</a>{}.</p>
                    </section>""", job.error,
                    Html.when(!job.options.lenient(), Html.of(", or upload it as <strong>lenient</strong> to load the good rows and keep the bad ones in the rejects report")));
        } else {
            state = result(job.report);
        }
        Html body = Html.of("""
                <h1>Import of <span class="file">{}</span></h1>
                <div class="cards">
                  <div class="card"><div class="label">Data set</div><div class="value small">{}</div></div>
                  <div class="card"><div class="label">Mode</div><div class="value small">{}</div><div class="sub">{}</div></div>
                  <div class="card"><div class="label">Size</div><div class="value small">{}</div></div>
                  <div class="card"><div class="label">Status</div><div class="value small"><span class="tag {}">{}</span></div><div class="sub">by {} at {} UTC</div></div>
                </div>
                {}""",
                job.fileName, job.dataset, job.options.lenient() ? "lenient" : "strict",
                job.options.replace() ? "replaces an earlier extract" : "adds a batch", Format.bytes(job.size),
                statusClass(job), statusText(job), job.startedBy, Format.dateTime(job.submittedAt), state);
        ctx.html(layout.page(v, "Import of " + job.fileName, "/upload", body));
    }

    private Html result(ImportReport r) {
        if (r.skipped()) {
            return Html.of("<section class=\"panel\"><p class=\"notice\">This file was already loaded as <a href=\"/batches/{}\">batch {}</a> (same SHA-256), so nothing new was loaded.</p></section>",
                    r.skippedBecauseOfBatch(), r.skippedBecauseOfBatch());
        }
        Html rejects = r.rowsRejected() == 0 ? Html.EMPTY : rejectsTable(r.batchId(), 500);
        return Html.of("""
                <section class="panel">
                  <p class="notice" role="status">Loaded as <a href="/batches/{}">batch {}</a>: {} rows read, {} loaded, {} rejected{}.</p>
                  <dl class="facts">
                    <dt>Covers</dt><dd>{} – {}</dd>
                    <dt>Encoding</dt><dd>{}</dd>
                    <dt>Time taken</dt><dd>{} s ({} rows a second)</dd>
                    {}{}
                  </dl>
                </section>
                {}""",
                r.batchId(), r.batchId(), Format.count(r.rowsRead()), Format.count(r.rowsLoaded()), Format.count(r.rowsRejected()),
                r.rowsRejected() > 0 ? " (listed below)" : "",
                Format.date(r.periodFrom()), Format.date(r.periodTo()), r.encoding(),
                String.format(Locale.UK, "%.1f", r.elapsed().toNanos() / 1e9), Format.count(Math.round(r.rowsPerSecond())),
                Html.when(!r.superseded().isEmpty(), Html.of("<dt>Superseded</dt><dd>batch {}</dd>", r.superseded().toString())),
                Html.when(!r.ignoredColumns().isEmpty(), Html.of("<dt>Columns ignored</dt><dd>{}</dd>", String.join(", ", r.ignoredColumns()))),
                rejects);
    }

    private Html rejectsTable(long batchId, int limit) {
        List<List<Object>> rows;
        long total;
        try (StorePool.Lease lease = pool.lease()) {
            Store s = lease.store();
            total = Jdbc.count(s.connection(), "SELECT count(*) FROM reject WHERE batch_id = ?", batchId);
            rows = Jdbc.query(s.connection(), "SELECT line, column_name, value, reason FROM reject WHERE batch_id = ? ORDER BY line, column_name LIMIT ?",
                    rs -> List.of(rs.getLong(1), String.valueOf(rs.getString(2) == null ? "" : rs.getString(2)),
                            rs.getString(3) == null ? "" : rs.getString(3), rs.getString(4)), batchId, limit);
        }
        if (total == 0) return Html.EMPTY;
        return Html.of("""
                <section class="panel rejects">
                  <div class="panel-head"><h2>Rejected rows</h2><a class="button small" href="/batches/{}/rejects.csv" download>Download all as CSV</a></div>
                  <div class="scroll"><table class="compact">
                    <thead><tr><th class="num">Line</th><th>Column</th><th>Value</th><th>Why</th></tr></thead>
                    <tbody>{}</tbody>
                  </table></div>
                  {}
                </section>""",
                batchId, Html.each(rows, r -> Html.of("<tr><td class=\"num\">{}</td><td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
                        r.get(0), r.get(1), r.get(2), r.get(3))),
                Html.when(total > rows.size(), Html.of("<p class=\"aside\">Showing the first {} of {} problems; the CSV has them all.</p>",
                        Format.count(rows.size()), Format.count(total))));
    }

    private void batchPage(Context ctx) {
        Visit v = Visit.of(ctx);
        long id = batchId(ctx);
        OverviewPage.BatchRow b;
        Map<String, Object> extra;
        try (StorePool.Lease lease = pool.lease()) {
            Store s = lease.store();
            b = Jdbc.queryOne(s.connection(), "SELECT * FROM batch WHERE batch_id = ?", OverviewPage.BatchRow::of, id)
                    .orElseThrow(() -> new Problems.Missing("There is no batch " + id + "."));
            extra = Jdbc.queryOne(s.connection(), "SELECT encoding, sha256, period_from, period_to, superseded_by FROM batch WHERE batch_id = ?",
                    rs -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("encoding", rs.getString(1));
                        m.put("sha256", rs.getString(2));
                        m.put("from", rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate());
                        m.put("to", rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate());
                        m.put("superseded_by", rs.getObject(5));
                        return m;
                    }, id).orElseThrow();
        }
        Html body = Html.of("""
                <h1>Batch {} <span class="tag {}">{}</span></h1>
                <section class="panel">
                  <dl class="facts">
                    <dt>Data set</dt><dd>{}</dd>
                    <dt>Source</dt><dd>{}</dd>
                    <dt>File</dt><dd>{}</dd>
                    <dt>Rows</dt><dd>{} read, {} loaded, {} rejected ({} mode)</dd>
                    <dt>Covers</dt><dd>{} – {}</dd>
                    <dt>Loaded</dt><dd>by {} at {} UTC</dd>
                    <dt>Encoding</dt><dd>{}</dd>
                    <dt>SHA-256</dt><dd><code>{}</code></dd>
                    {}
                  </dl>
                </section>
                {}""",
                b.id(), b.status(), b.status(), b.dataset(), b.source(), b.file(), Format.count(b.read()), Format.count(b.loaded()),
                Format.count(b.rejected()), b.mode(), Format.date((java.time.LocalDate) extra.get("from")),
                Format.date((java.time.LocalDate) extra.get("to")), b.by(), Format.dateTime(b.at()), extra.get("encoding"), extra.get("sha256"),
                Html.when(extra.get("superseded_by") != null, Html.of("<dt>Superseded by</dt><dd><a href=\"/batches/{}\">batch {}</a></dd>",
                        extra.get("superseded_by"), extra.get("superseded_by"))),
                b.rejected() > 0 ? rejectsTable(id, 1000) : Html.of("<p class=\"muted\">No rows were rejected.</p>"));
        ctx.html(layout.page(v, "Batch " + id, "/home", body));
    }

    // ---- JSON and CSV ----

    private ImportJobs.Job job(Context ctx) {
        String id = ctx.pathParam("job");
        return jobs.find(id).orElseThrow(() -> new Problems.Missing("There is no import " + id
                + " (imports are listed until the server restarts; every batch stays on the overview)."));
    }

    private static Map<String, Object> jobJson(ImportJobs.Job j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", j.id);
        m.put("dataset", j.dataset);
        m.put("file", j.fileName);
        m.put("status", j.status.name().toLowerCase(Locale.ROOT));
        m.put("mode", j.options.lenient() ? "lenient" : "strict");
        m.put("replace", j.options.replace());
        m.put("rows_read", j.rowsRead);
        m.put("bytes_read", j.bytesRead);
        m.put("total_bytes", j.size);
        m.put("submitted_at", j.submittedAt.toString());
        m.put("finished_at", j.finishedAt == null ? null : j.finishedAt.toString());
        m.put("page", "/imports/" + j.id);
        m.put("error", j.error);
        ImportReport r = j.report;
        if (r != null) {
            Map<String, Object> rep = new LinkedHashMap<>();
            rep.put("batch", r.skipped() ? r.skippedBecauseOfBatch() : r.batchId());
            rep.put("skipped", r.skipped());
            rep.put("rows_read", r.rowsRead());
            rep.put("rows_loaded", r.rowsLoaded());
            rep.put("rows_rejected", r.rowsRejected());
            rep.put("period_from", r.periodFrom() == null ? null : r.periodFrom().toString());
            rep.put("period_to", r.periodTo() == null ? null : r.periodTo().toString());
            rep.put("superseded", r.superseded());
            rep.put("ignored_columns", r.ignoredColumns());
            rep.put("encoding", r.encoding());
            rep.put("first_rejects", r.firstRejects().stream().map(x -> {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("line", x.line());
                e.put("column", x.column());
                e.put("value", x.value());
                e.put("reason", x.reason());
                return e;
            }).toList());
            m.put("report", rep);
        }
        return m;
    }

    private void datasetsJson(Context ctx) {
        List<Object> out = new ArrayList<>();
        for (Importer i : datasets.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("dataset", i.dataset());
            m.put("description", i.layout().description());
            m.put("required", i.layout().required());
            m.put("columns", i.layout().fields().stream().map(svo.ingest.Layout.Field::name).toList());
            out.add(m);
        }
        ctx.json(Map.of("datasets", out));
    }

    private void batchesJson(Context ctx) {
        List<Map<String, Object>> out;
        try (StorePool.Lease lease = pool.lease()) {
            out = Jdbc.query(lease.store().connection(), "SELECT * FROM batch ORDER BY batch_id DESC", rs -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("batch", rs.getLong("batch_id"));
                m.put("dataset", rs.getString("dataset"));
                m.put("source", rs.getString("source"));
                m.put("file", rs.getString("file_name"));
                m.put("mode", rs.getString("mode"));
                m.put("rows_read", rs.getLong("rows_read"));
                m.put("rows_loaded", rs.getLong("rows_loaded"));
                m.put("rows_rejected", rs.getLong("rows_rejected"));
                m.put("period_from", rs.getDate("period_from") == null ? null : rs.getDate("period_from").toString());
                m.put("period_to", rs.getDate("period_to") == null ? null : rs.getDate("period_to").toString());
                m.put("status", rs.getString("status"));
                m.put("loaded_by", rs.getString("loaded_by"));
                m.put("loaded_at", rs.getTimestamp("loaded_at").toLocalDateTime().toString());
                return m;
            });
        }
        ctx.json(Map.of("batches", out));
    }

    private void rejectsJson(Context ctx) {
        long id = batchId(ctx);
        List<Map<String, Object>> out;
        try (StorePool.Lease lease = pool.lease()) {
            Store s = lease.store();
            if (Jdbc.count(s.connection(), "SELECT count(*) FROM batch WHERE batch_id = ?", id) == 0) {
                throw new Problems.Missing("There is no batch " + id + ".");
            }
            out = Jdbc.query(s.connection(), "SELECT line, column_name, value, reason FROM reject WHERE batch_id = ? ORDER BY line, column_name",
                    rs -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("line", rs.getLong(1));
                        m.put("column", rs.getString(2));
                        m.put("value", rs.getString(3));
                        m.put("reason", rs.getString(4));
                        return m;
                    }, id);
        }
        ctx.json(Map.of("batch", id, "rejects", out));
    }

    private void rejectsCsv(Context ctx) {
        Visit v = Visit.of(ctx);
        long id = batchId(ctx);
        StringBuilder sb = new StringBuilder("\uFEFFline,column,value,reason\r\n");
        try (StorePool.Lease lease = pool.lease()) {
            Store s = lease.store();
            if (Jdbc.count(s.connection(), "SELECT count(*) FROM batch WHERE batch_id = ?", id) == 0) {
                throw new Problems.Missing("There is no batch " + id + ".");
            }
            Jdbc.query(s.connection(), "SELECT line, column_name, value, reason FROM reject WHERE batch_id = ? ORDER BY line, column_name",
                    rs -> sb.append(rs.getLong(1)).append(',').append(TableCsv.cell(rs.getString(2))).append(',')
                            .append(TableCsv.cell(rs.getString(3))).append(',').append(TableCsv.cell(rs.getString(4))).append("\r\n"), id);
        }
        audit.record(v.actor(), "export", "batch " + id, "rejects CSV", AuditLog.Outcome.OK);
        ctx.header("Content-Disposition", "attachment; filename=\"batch-" + id + "-rejects.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(sb.toString());
    }

    private static long batchId(Context ctx) {
        String raw = ctx.pathParam("batch");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw BadInputException.of("batch", raw, "a batch number, e.g. 12");
        }
    }

    private static String statusText(ImportJobs.Job j) {
        if (j.status == ImportJobs.Status.DONE && j.report != null) {
            if (j.report.skipped()) return "already loaded";
            return j.report.rowsRejected() > 0 ? "loaded, " + Format.count(j.report.rowsRejected()) + " rejected" : "loaded";
        }
        return switch (j.status) {
            case QUEUED -> "waiting";
            case RUNNING -> "importing";
            case FAILED -> "refused";
            case DONE -> "loaded";
        };
    }

    private static String statusClass(ImportJobs.Job j) {
        return switch (j.status) {
            case QUEUED -> "queued";
            case RUNNING -> "running";
            case FAILED -> "failed";
            case DONE -> "done";
        };
    }
}
