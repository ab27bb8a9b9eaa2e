package svo.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.TestImports;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A crash or kill part-way through an import leaves the store as it was before the import. */
class KillDuringImportTest {
    @TempDir
    Path dir;

    @Test
    void killing_the_process_in_the_middle_of_a_large_import_leaves_row_counts_and_batches_unchanged() throws Exception {
        Path storeFile = dir.resolve("svo.duckdb");
        try (Store store = Store.open(storeFile)) {
            TestImports.load(store, "occurrences", """
                    occurrence_id,recorded_date,committed_from,offence,knife,firearm,other_weapon,domestic_abuse
                    K0,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N
                    """);
        }
        Path big = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(big)) {
            w.write("occurrence_id,recorded_date,committed_from,offence,knife,firearm,other_weapon,domestic_abuse,easting,northing\n");
            for (int i = 1; i <= 1_500_000; i++) {
                w.write("K" + i + ",2024-06-01,2024-06-01T12:" + String.format("%02d", i % 60) + ",gbh_with_intent,N,N,N,N,"
                        + (430000 + i % 9000) + "," + (330000 + i % 7000) + "\n");
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), "svo.Main",
                "import", "--store", storeFile.toString(), "--dataset", "occurrences", big.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        // Wait until the child is well into the rows (its JVM is up and the transaction is open), then kill it hard.
        Thread.sleep(2_500);
        assertThat(child.isAlive()).as("the import must still be running when it is killed; child said: "
                + (Files.exists(dir.resolve("child.log")) ? Files.readString(dir.resolve("child.log")) : "")).isTrue();
        child.destroyForcibly().waitFor();

        try (Store store = Store.open(storeFile)) {
            var c = store.connection();
            assertThat(Jdbc.count(c, "SELECT count(*) FROM batch")).isEqualTo(1);
            assertThat(Jdbc.count(c, "SELECT count(*) FROM occurrence_all")).isEqualTo(1);
            assertThat(Jdbc.count(c, "SELECT count(*) FROM reject")).isZero();
        }
        // And the same file imports completely afterwards.
        try (Store store = Store.open(storeFile)) {
            ImportReport r = TestImports.loadFile(store, "occurrences", big, ImportOptions.strict());
            assertThat(r.rowsLoaded()).isEqualTo(1_500_000);
        }
    }
}
