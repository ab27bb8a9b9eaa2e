package svo.report.publish;

import svo.report.Report;
import svo.report.csv.CsvTables;
import svo.report.html.HtmlReport;
import svo.report.pdf.PdfReport;
import svo.report.xlsx.XlsxWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a built report as its four files — {@code sna.html}, {@code sna.pdf}, {@code sna.xlsx},
 * {@code sna-tables.zip} — and district profiles as the same four under {@code districts/} named after the
 * district. Each file is written beside its final name and moved into place when complete, so a failure never
 * leaves half a file where a good one was. Several reports are laid out in parallel (PDF layout is the slow part).
 */
public final class ReportFiles {
    private ReportFiles() {}

    /** The files of one report, named {@code base}.html, .pdf, .xlsx and {@code base}-tables.zip in {@code dir}. */
    public static List<Path> write(Report report, Path dir, String base) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + dir + ": " + e.getMessage(), e);
        }
        List<Path> out = new ArrayList<>();
        out.add(atomically(dir.resolve(base + ".html"), os -> os.write(HtmlReport.render(report, HtmlReport.Target.BROWSER).getBytes(StandardCharsets.UTF_8))));
        out.add(atomically(dir.resolve(base + ".pdf"), os -> PdfReport.write(report, os)));
        out.add(atomically(dir.resolve(base + ".xlsx"), os -> XlsxWorkbook.write(report, os)));
        out.add(atomically(dir.resolve(base + "-tables.zip"), os -> CsvTables.write(report, os)));
        return out;
    }

    /** Writes several reports ({@code base} names), {@code threads} at a time. */
    public static List<Path> writeAll(List<Report> reports, List<Path> dirs, List<String> bases, int threads) {
        try (Pipeline p = new Pipeline(threads)) {
            for (int i = 0; i < reports.size(); i++) p.submit(reports.get(i), dirs.get(i), bases.get(i));
            return p.await();
        }
    }

    /**
     * Lays reports out on worker threads while the caller builds the next one: building reads the store (one
     * connection, one thread), laying out is CPU work, so the two overlap.
     *
     * <pre>
     * try (ReportFiles.Pipeline p = new ReportFiles.Pipeline(2)) {
     *     for (Area d : districts) p.submit(builder.build(req.withArea(d)), dir, slug(d.name()));
     *     List&lt;Path&gt; files = p.await();
     * }
     * </pre>
     */
    public static final class Pipeline implements AutoCloseable {
        private final ExecutorService pool;
        private final List<Future<List<Path>>> futures = new ArrayList<>();

        public Pipeline(int threads) {
            this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
                Thread t = new Thread(r, "report-layout");
                t.setDaemon(true);
                return t;
            });
        }

        /** Starts writing one report's files. */
        public void submit(Report report, Path dir, String base) {
            futures.add(pool.submit(() -> write(report, dir, base)));
        }

        /** Waits for every report and returns the files written, in submission order. */
        public List<Path> await() {
            List<Path> out = new ArrayList<>();
            try {
                for (Future<List<Path>> f : futures) out.addAll(f.get());
                return out;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing reports", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    /** "North East Derbyshire" → "north-east-derbyshire". */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replace("&", "and").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "district" : s;
    }

    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static Path atomically(Path target, Writer writer) {
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                writer.write(os);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
            throw e;
        }
    }
}
