package svo.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void a_new_store_is_created_with_every_migration_applied() {
        try (Store store = Store.open(dir.resolve("new/svo.duckdb"))) {
            int newest = Migrations.known().get(Migrations.known().size() - 1).version();
            assertThat(store.schemaVersion()).isEqualTo(newest);
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM batch")).isZero();
        }
    }

    @Test
    void reopening_a_store_applies_nothing_twice_and_keeps_its_data() {
        Path file = dir.resolve("svo.duckdb");
        try (Store store = Store.open(file)) {
            Jdbc.update(store.connection(), "INSERT INTO store_setting VALUES ('synthetic', 'true')");
        }
        try (Store store = Store.open(file)) {
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM store_setting")).isEqualTo(1);
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM schema_migration"))
                    .isEqualTo(Migrations.known().size());
        }
    }

    @Test
    void a_store_written_by_a_newer_version_is_refused_with_a_clear_message() {
        Path file = dir.resolve("svo.duckdb");
        try (Store store = Store.open(file)) {
            Jdbc.update(store.connection(), "INSERT INTO schema_migration(version, name) VALUES (9999, 'future')");
        }
        assertThatThrownBy(() -> Store.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("newer version")
                .hasMessageContaining("9999");
    }

    @Test
    void a_transaction_that_fails_leaves_nothing_behind() {
        try (Store store = Store.open(dir.resolve("svo.duckdb"))) {
            assertThatThrownBy(() -> store.inTransaction(c -> {
                Jdbc.update(c, "INSERT INTO store_setting VALUES ('a', 'b')");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM store_setting")).isZero();
        }
    }

    @Test
    void the_views_show_only_rows_of_active_batches() {
        try (Store store = Store.inMemory()) {
            var c = store.connection();
            Jdbc.execute(c, """
                    INSERT INTO batch VALUES
                      (1, 'warning-markers', 'test', 'a.csv', 'x', 'UTF-8', 'strict', 1, 1, 0, NULL, NULL, 'superseded', 2, false, 'me', now()),
                      (2, 'warning-markers', 'test', 'b.csv', 'y', 'UTF-8', 'strict', 1, 1, 0, NULL, NULL, 'active', NULL, false, 'me', now());
                    INSERT INTO warning_marker_all (batch_id, person_key, marker_type) VALUES (1, 10, 'weapons'), (2, 10, 'drugs');""");
            assertThat(Jdbc.query(c, "SELECT marker_type FROM warning_marker", rs -> rs.getString(1)))
                    .containsExactly("drugs");
        }
    }
}
