package svo.testing;

import svo.geo.Assigner;
import svo.ingest.Datasets;
import svo.ingest.ImportOptions;
import svo.ingest.ImportProgress;
import svo.ingest.ImportReport;
import svo.ingest.ImportRunner;
import svo.ingest.SourceFile;
import svo.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Imports CSV text blocks through the real importers, for tests: records reach the store exactly as a
 * user's file would. Uses a fixed test pseudonymisation key.
 *
 * <pre>
 * TestImports.load(store, "occurrences", """
 *     occurrence_id,recorded_date,committed_from,offence,knife,firearm,other_weapon,domestic_abuse
 *     A1,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N
 *     """);
 * </pre>
 */
public final class TestImports {
    /** The key tests import with. */
    public static final String TEST_KEY = "test-key-0123456789abcdef0123456789";

    private TestImports() {}

    /** Imports the text strictly as the named data set; fails the test on bad input. */
    public static ImportReport load(Store store, String dataset, String csv) {
        return load(store, dataset, csv, ImportOptions.strict().withUser("test"));
    }

    /** Imports the text with the given options. */
    public static ImportReport load(Store store, String dataset, String csv, ImportOptions options) {
        try {
            Path file = Files.createTempFile("svo-" + dataset + "-", ".csv");
            try {
                Files.writeString(file, csv, StandardCharsets.UTF_8);
                return loadFile(store, dataset, file, options);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports a file. */
    public static ImportReport loadFile(Store store, String dataset, Path file, ImportOptions options) {
        return runner(store).run(Datasets.standard().get(dataset), SourceFile.inspect(file), options, ImportProgress.NONE);
    }

    /** The runner tests use (test key, system clock), with point-in-polygon assignment as the CLI has it. */
    public static ImportRunner runner(Store store) {
        return new ImportRunner(store, Map.of("SVO_KEY", TEST_KEY), Clock.systemDefaultZone())
                .withLocationAssigner((c, table, batch) -> Assigner.assign(c, table, batch).rowsOutside());
    }
}
