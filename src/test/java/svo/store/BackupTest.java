package svo.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import svo.BadInputException;
import svo.cli.SvoCommand;
import svo.testing.TestImports;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupTest {
    static final String OCC = "occurrence_id,recorded_date,committed_from,offence,knife,firearm,other_weapon,domestic_abuse\n";

    @TempDir
    Path dir;

    @Test
    void a_restored_backup_holds_exactly_what_the_store_held_and_keeps_numbering_batches_after_them() {
        Path storeFile = dir.resolve("svo.duckdb");
        Path backup = dir.resolve("backups/2026-11-21.duckdb");
        try (Store store = Store.open(storeFile)) {
            TestImports.load(store, "occurrences", OCC + "A1,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N\n");
            TestImports.load(store, "occurrences", OCC + "A2,2024-06-01,2024-06-01T22:10,murder,N,N,N,N\n");
            Backup.backup(store, backup);
            TestImports.load(store, "occurrences", OCC + "A3,2024-07-01,2024-07-01T22:10,abh,N,N,N,N\n");
        }
        Path aside = Backup.restore(backup, storeFile);
        assertThat(aside).exists();
        try (Store store = Store.open(storeFile)) {
            var c = store.connection();
            assertThat(Jdbc.query(c, "SELECT occurrence_id FROM occurrence ORDER BY 1", rs -> rs.getString(1))).containsExactly("A1", "A2");
            assertThat(Jdbc.count(c, "SELECT count(*) FROM batch")).isEqualTo(2);
            var r = TestImports.load(store, "occurrences", OCC + "A4,2024-08-01,2024-08-01T22:10,abh,N,N,N,N\n");
            assertThat(r.batchId()).isEqualTo(3);
        }
        try (Store previous = Store.open(aside)) {
            assertThat(Jdbc.count(previous.connection(), "SELECT count(*) FROM occurrence")).isEqualTo(3);
        }
    }

    @Test
    void a_backup_never_overwrites_and_a_file_that_is_not_a_store_is_not_restored() throws Exception {
        Path storeFile = dir.resolve("svo.duckdb");
        Path existing = dir.resolve("exists.duckdb");
        Files.writeString(existing, "x");
        try (Store store = Store.open(storeFile)) {
            assertThatThrownBy(() -> Backup.backup(store, existing)).isInstanceOf(BadInputException.class).hasMessageContaining("already exists");
        }
        Path notAStore = dir.resolve("notes.txt");
        Files.writeString(notAStore, "hello");
        assertThatThrownBy(() -> Backup.restore(notAStore, storeFile)).isInstanceOf(BadInputException.class);
        try (Store store = Store.open(storeFile)) {
            assertThat(store.schemaVersion()).isPositive();
        }
    }

    @Test
    void the_commands_back_up_and_restore_through_the_command_line() {
        Path storeFile = dir.resolve("svo.duckdb");
        try (Store store = Store.open(storeFile)) {
            TestImports.load(store, "occurrences", OCC + "B1,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N\n");
        }
        StringWriter out = new StringWriter();
        var cl = SvoCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("backup", "--store", storeFile.toString(), "--out", dir.resolve("b.duckdb").toString())).isZero();
        assertThat(cl.execute("restore", "--store", storeFile.toString(), dir.resolve("b.duckdb").toString())).isZero();
        assertThat(out.toString()).contains("backup written to").contains("restored").contains("previous store is kept at");
    }
}
