package svo.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import svo.BadInputException;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.TestImports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Seeded fuzzing of every importer: the example files, damaged at random (bytes deleted, inserted,
 * duplicated; quotes, commas, line breaks and non-ASCII thrown in; lines cut). Whatever comes in, an import
 * either refuses the file with a {@link BadInputException} and changes nothing, or loads it leniently with
 * rows read = loaded + rejected and exactly the loaded rows in the table. Nothing else may happen.
 */
class ImporterFuzzTest {
    private static final String NASTY = "\",\n\r;=+-@\t é£–\uFEFF0123456789-/:TYN";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"occurrences", "persons", "warning-markers", "stop-search", "police-uk-street", "police-uk-stop-search",
            "hospitals", "ed-attendances", "ambulance", "yjs-offences", "probation", "school-exclusions", "social-care", "neet",
            "index-events"})
    void damaged_files_are_either_refused_cleanly_or_loaded_with_every_row_accounted_for(String dataset) throws Exception {
        String original = Files.readString(Path.of("docs/datasets/examples/" + dataset + ".csv"));
        SplittableRandom random = new SplittableRandom(dataset.hashCode());
        try (Store store = Store.open(dir.resolve("fuzz.duckdb"))) {
            TestImports.load(store, "occurrences", Files.readString(Path.of("docs/datasets/examples/occurrences.csv")));
            Importer importer = Datasets.standard().get(dataset);
            for (int i = 0; i < 100; i++) {
                String damaged = damage(original, random);
                long batchesBefore = Jdbc.count(store.connection(), "SELECT count(*) FROM batch");
                long rowsBefore = Jdbc.count(store.connection(), "SELECT count(*) FROM " + importer.table());
                try {
                    ImportReport r = TestImports.load(store, dataset, damaged, ImportOptions.strict().withLenient(true));
                    assertThat(r.rowsRead()).isEqualTo(r.rowsLoaded() + r.rowsRejected());
                    long rowsAfter = Jdbc.count(store.connection(), "SELECT count(*) FROM " + importer.table());
                    assertThat(rowsAfter - rowsBefore).as("rows added for:\n" + damaged).isEqualTo(r.skipped() ? 0 : r.rowsLoaded());
                } catch (BadInputException refused) {
                    assertThat(refused.getMessage()).isNotBlank();
                    assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM batch")).isEqualTo(batchesBefore);
                    assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM " + importer.table())).isEqualTo(rowsBefore);
                } catch (RuntimeException other) {
                    fail("import of a damaged " + dataset + " file failed with " + other + " for:\n" + damaged, other);
                }
            }
        }
    }

    private static String damage(String text, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(5)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, NASTY.charAt(random.nextInt(NASTY.length())));
                case 2 -> {
                    int end = Math.min(sb.length(), at + 1 + random.nextInt(20));
                    sb.insert(at, sb.substring(at, end));
                }
                case 3 -> sb.setLength(at);
                default -> sb.setCharAt(at, NASTY.charAt(random.nextInt(NASTY.length())));
            }
        }
        return sb.toString();
    }
}
