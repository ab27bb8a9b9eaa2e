package svo.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.TestImports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** A cached result is used only while the store files show no committed write since it was computed. */
class ResultCacheTest {
    @TempDir
    Path dir;

    private final AtomicInteger runs = new AtomicInteger();

    private Result run(Store store, ResultCache cache, Scope scope) {
        return cache.get("test.district-counts", scope, () -> {
            runs.incrementAndGet();
            return new DistrictCounts().run(store, scope);
        });
    }

    @Test
    void a_result_is_reused_while_nothing_is_written_and_each_scope_is_its_own_entry() {
        try (Store store = Store.open(dir.resolve("svo.duckdb"))) {
            ResultCache cache = new ResultCache(store, 10);
            Scope fy24 = Scope.of(null, Period.parse("FY2024"));
            run(store, cache, fy24);
            run(store, cache, fy24);
            assertThat(runs.get()).isEqualTo(1);
            run(store, cache, Scope.of(null, Period.parse("FY2023")));
            run(store, cache, new Scope(null, false, Period.parse("FY2024"), fy24.area(), fy24.comparison(), Map.of("top", "3")));
            assertThat(runs.get()).isEqualTo(3);
        }
    }

    @Test
    void every_kind_of_committed_write_makes_the_next_request_run_the_analysis_again() {
        List<Consumer<Store>> writes = List.of(
                s -> TestImports.load(s, "occurrences", """
                        occurrence_id,recorded_date,committed_from,offence,knife,firearm,other_weapon,domestic_abuse,district_code
                        W1,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N,E06000015
                        """),
                s -> Jdbc.update(s.connection(), "INSERT INTO store_setting VALUES ('x', 'y')"),
                s -> Jdbc.update(s.connection(), "UPDATE store_setting SET value = 'z' WHERE key = 'x'"),
                s -> Jdbc.update(s.connection(), "UPDATE batch SET status = 'superseded'"),
                s -> Jdbc.update(s.connection(), "DELETE FROM store_setting WHERE key = 'x'"),
                Store::checkpoint,
                s -> {
                    try (Store other = s.forThread()) {
                        Jdbc.update(other.connection(), "UPDATE batch SET status = 'active'");
                    }
                });
        try (Store store = Store.open(dir.resolve("svo.duckdb"))) {
            ResultCache cache = new ResultCache(store, 10);
            Scope scope = Scope.of(null, Period.parse("FY2024"));
            run(store, cache, scope);
            int expected = 1;
            for (Consumer<Store> write : writes) {
                write.accept(store);
                run(store, cache, scope);
                assertThat(runs.get()).as("after write " + expected).isEqualTo(++expected);
                run(store, cache, scope);
                assertThat(runs.get()).as("and cached again").isEqualTo(expected);
            }
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM occurrence")).isEqualTo(1);
            assertThat(run(store, cache, scope).figure("occurrences")).isEqualTo(1L);
        }
    }

    @Test
    void a_store_in_memory_is_never_cached() {
        try (Store store = Store.inMemory()) {
            ResultCache cache = new ResultCache(store, 10);
            Scope scope = Scope.of(null, Period.parse("FY2024"));
            run(store, cache, scope);
            run(store, cache, scope);
            assertThat(runs.get()).isEqualTo(2);
        }
    }
}
