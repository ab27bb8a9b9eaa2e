package svo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import svo.BadInputException;
import svo.ingest.Datasets;
import svo.ingest.ImportOptions;
import svo.ingest.ImportProgress;
import svo.ingest.ImportReport;
import svo.ingest.ImportRunner;
import svo.ingest.Importer;
import svo.ingest.SourceFile;
import svo.store.Store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code svo import --dataset NAME FILE...}: each file is one batch, imported in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import files of one data set. Each file becomes one batch, in one transaction.",
                "Strict by default: a file with any bad row changes nothing. A file already loaded (same SHA-256) is skipped.",
                "Data sets: occurrences, persons, warning-markers, stop-search, police-uk-street, police-uk-stop-search; partner data: hospitals, ed-attendances, ambulance, yjs-offences, probation, school-exclusions, social-care, neet, index-events (see --list)."})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "NAME", description = "The data set the files hold (see --list).")
    String dataset;

    @Option(names = "--lenient", description = "Load the good rows and keep the bad ones in the rejects report.")
    boolean lenient;

    @Option(names = "--replace", description = "Supersede the active batch of the same data set, source and period "
            + "(a corrected extract); the old batch is kept, marked superseded.")
    boolean replace;

    @Option(names = "--source", paramLabel = "LABEL", description = "Who supplied the data (default: the data set name); "
            + "--replace works within one source.")
    String source;

    @Option(names = "--list", description = "List the data sets and exit.")
    boolean list;

    @Option(names = "--layout", description = "Print the canonical layout of --dataset and exit.")
    boolean layout;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "CSV files.")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Datasets datasets = Datasets.standard();
        if (list) {
            for (Importer i : datasets.all()) out.printf("%-24s %s%n", i.dataset(), i.layout().description());
            return 0;
        }
        if (dataset == null) throw new BadInputException("--dataset is required: say which data set the files hold (./svo import --list).");
        Importer importer = datasets.get(dataset);
        if (layout) {
            out.print(importer.layout().markdown());
            return 0;
        }
        if (files.isEmpty()) throw new BadInputException("no files given: ./svo import --dataset " + dataset + " FILE...");
        ImportOptions options = ImportOptions.strict().withLenient(lenient).withReplace(replace).withSource(source);
        int refused = 0;
        try (Store store = storeOptions.open()) {
            ImportRunner runner = Imports.runner(store);
            for (Path file : files) {
                try {
                    SourceFile sf = SourceFile.inspect(file);
                    ImportReport r = runner.run(importer, sf, options, terminalProgress(err));
                    clearProgress(err);
                    out.println(describe(r));
                    out.flush();
                } catch (BadInputException e) {
                    clearProgress(err);
                    refused++;
                    err.println("refused: " + e.getMessage());
                    err.flush();
                }
            }
        }
        return refused == 0 ? 0 : SvoCommand.BAD_INPUT;
    }

    static String describe(ImportReport r) {
        if (r.skipped()) {
            return r.fileName() + ": already loaded as batch " + r.skippedBecauseOfBatch() + " (same SHA-256); nothing new loaded.";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(r.fileName()).append(": batch ").append(r.batchId()).append(", ")
                .append(String.format("%,d rows read, %,d loaded, %,d rejected", r.rowsRead(), r.rowsLoaded(), r.rowsRejected()));
        if (r.periodFrom() != null) sb.append(", period ").append(r.periodFrom()).append(" to ").append(r.periodTo());
        sb.append(String.format(" (%s, %.1f s, %,.0f rows/s)", r.encoding(), r.elapsed().toNanos() / 1e9, r.rowsPerSecond()));
        if (r.rowsOutsideAreas() > 0) {
            sb.append(String.format("%n  %,d located rows fall inside no loaded area (outside the partnership, or stray coordinates)",
                    r.rowsOutsideAreas()));
        }
        if (!r.superseded().isEmpty()) sb.append("\n  superseded batch ").append(r.superseded());
        if (!r.ignoredColumns().isEmpty()) sb.append("\n  columns not in the layout, ignored: ").append(String.join(", ", r.ignoredColumns()));
        if (r.rowsRejected() > 0) {
            for (ImportReport.RejectRecord rr : r.firstRejects().stream().limit(5).toList()) sb.append("\n  rejected ").append(rr.describe());
            sb.append("\n  the full list: ./svo rejects --batch ").append(r.batchId());
        }
        return sb.toString();
    }

    /** Rows, rate and time left on the terminal, for imports that take more than a second. */
    private static ImportProgress terminalProgress(PrintWriter err) {
        if (System.console() == null) return ImportProgress.NONE;
        return (file, rows, bytes, total, nanos) -> {
            double s = nanos / 1e9;
            double rate = rows / Math.max(s, 1e-9);
            double left = bytes > 0 ? s * (total - bytes) / bytes : 0;
            err.printf("\r%s: %,d rows, %,.0f rows/s, %.0f s left   ", file, rows, rate, left);
            err.flush();
        };
    }

    private static void clearProgress(PrintWriter err) {
        if (System.console() != null) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
        }
    }
}
