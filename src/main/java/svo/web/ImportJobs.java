package svo.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import svo.BadInputException;
import svo.ingest.ImportOptions;
import svo.ingest.ImportReport;
import svo.ingest.ImportRunner;
import svo.ingest.Importer;
import svo.ingest.SourceFile;
import svo.security.Actor;
import svo.security.AuditLog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Imports started from the web, run in the background so the page can show progress. Each job runs the
 * same {@link ImportRunner} as {@code svo import}: two imports of one data set wait for each other, and
 * reads on other connections carry on meanwhile. The uploaded file is deleted as soon as its import ends
 * (the data are in the store; a person-level extract is not left lying on disk).
 */
final class ImportJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    private static final int KEEP = 200;

    enum Status { QUEUED, RUNNING, DONE, FAILED }

    /** One import: what, who, how far it has got, and how it ended. */
    static final class Job {
        final String id;
        final String dataset;
        final String fileName;
        final long size;
        final ImportOptions options;
        final String startedBy;
        final Instant submittedAt;
        volatile Status status = Status.QUEUED;
        volatile long rowsRead;
        volatile long bytesRead;
        volatile Instant finishedAt;
        volatile ImportReport report;
        volatile String error;

        Job(String id, String dataset, String fileName, long size, ImportOptions options, String startedBy, Instant at) {
            this.id = id;
            this.dataset = dataset;
            this.fileName = fileName;
            this.size = size;
            this.options = options;
            this.startedBy = startedBy;
            this.submittedAt = at;
        }

        boolean finished() {
            return status == Status.DONE || status == Status.FAILED;
        }
    }

    private final ImportRunner runner;
    private final AuditLog audit;
    private final Clock clock;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "svo-import");
        t.setDaemon(true);
        return t;
    });
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    ImportJobs(ImportRunner runner, AuditLog audit, Clock clock) {
        this.runner = runner;
        this.audit = audit;
        this.clock = clock;
    }

    /** Queues an import of a stored upload; the file is deleted when the import ends. */
    Job submit(Importer importer, Path stored, String displayName, long size, ImportOptions options, Actor actor) {
        byte[] b = new byte[16];
        random.nextBytes(b);
        Job job = new Job(HexFormat.of().formatHex(b), importer.dataset(), displayName, size, options, actor.name(), clock.instant());
        synchronized (jobs) {
            jobs.put(job.id, job);
            if (jobs.size() > KEEP) jobs.remove(jobs.keySet().iterator().next());
        }
        executor.submit(() -> run(job, importer, stored, actor));
        return job;
    }

    Optional<Job> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /** The most recent jobs, newest first. */
    java.util.List<Job> recent(int n) {
        synchronized (jobs) {
            var all = new java.util.ArrayList<>(jobs.values());
            java.util.Collections.reverse(all);
            return all.subList(0, Math.min(n, all.size()));
        }
    }

    private void run(Job job, Importer importer, Path stored, Actor actor) {
        job.status = Status.RUNNING;
        try {
            SourceFile file = SourceFile.inspect(stored, job.fileName);
            ImportReport r = runner.run(importer, file, job.options, (f, rows, bytes, total, nanos) -> {
                job.rowsRead = rows;
                job.bytesRead = bytes;
            });
            job.report = r;
            job.rowsRead = r.rowsRead();
            job.bytesRead = job.size;
            job.status = Status.DONE;
            audit.record(actor, "import", job.dataset, r.skipped()
                    ? job.fileName + ": already loaded as batch " + r.skippedBecauseOfBatch()
                    : String.format("%s: batch %d, %s, %,d rows read, %,d loaded, %,d rejected%s", job.fileName, r.batchId(),
                    job.options.lenient() ? "lenient" : "strict", r.rowsRead(), r.rowsLoaded(), r.rowsRejected(),
                    r.superseded().isEmpty() ? "" : ", superseded " + r.superseded()), AuditLog.Outcome.OK);
        } catch (BadInputException e) {
            job.error = e.getMessage();
            job.status = Status.FAILED;
            audit.record(actor, "import", job.dataset, job.fileName + ": refused: " + firstLine(e.getMessage()), AuditLog.Outcome.FAILED);
        } catch (RuntimeException | Error e) {
            LOG.error("import job {} of {} failed", job.id, job.dataset, e);
            job.error = "The import failed because of a fault in the product or the store, not in your file: "
                    + e.getClass().getSimpleName() + ". Nothing was loaded. The details are in the server log.";
            job.status = Status.FAILED;
            audit.record(actor, "import", job.dataset, job.fileName + ": failed: " + e.getClass().getSimpleName(), AuditLog.Outcome.FAILED);
        } finally {
            job.finishedAt = clock.instant();
            try {
                Files.deleteIfExists(stored);
            } catch (IOException e) {
                LOG.warn("could not delete the upload {} after its import: {}", stored.getFileName(), e.getMessage());
            }
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) executor.shutdownNow();
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
