package svo.analysis;

import org.junit.jupiter.api.Test;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.Records;
import svo.testing.TestDefinitions;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class InScopeTest {
    private static long count(Store s, String sql) {
        return Jdbc.count(s.connection(), sql);
    }

    @Test
    void filters_by_definition_period_and_area_and_numbers_the_spans() {
        try (Store store = Store.inMemory()) {
            Records r = new Records();
            r.add().offence("robbery_personal").on(LocalDate.of(2023, 5, 1));
            r.add().offence("robbery_personal").on(LocalDate.of(2024, 5, 1));
            r.add().offence("robbery_personal").on(LocalDate.of(2025, 5, 1));
            r.add().offence("common_assault").on(LocalDate.of(2024, 5, 1));
            r.load(store);
            InScope.occurrences(store.connection(), Scope.of(TestDefinitions.get("svb-2024"), Period.parse("FY2023-FY2024")));
            assertThat(count(store, "SELECT count(*) FROM in_scope")).isEqualTo(2);
            assertThat(count(store, "SELECT max(span) FROM in_scope")).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM in_scope_span")).isEqualTo(2);
        }
    }

    @Test
    void carries_the_youngest_and_oldest_victim_and_suspect_of_each_occurrence() {
        try (Store store = Store.inMemory()) {
            Records r = new Records();
            r.add().offence("robbery_personal").on(LocalDate.of(2024, 5, 1)).victim(12).victim(40).suspect(17).person("offender", null, 15, "", "", "");
            r.add().offence("robbery_personal").on(LocalDate.of(2024, 5, 1));
            r.load(store);
            InScope.persons(store.connection(), Scope.of(TestDefinitions.get("svb-2024"), Period.parse("FY2024")));
            assertThat(Jdbc.queryOne(store.connection(), "SELECT victim_min_age || ',' || victim_max_age || ',' || suspect_min_age "
                    + "FROM in_scope WHERE victim_min_age IS NOT NULL", rs -> rs.getString(1))).contains("12,40,15");
            assertThat(count(store, "SELECT count(*) FROM in_scope WHERE victim_min_age IS NULL AND suspect_min_age IS NULL")).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM in_scope_person")).isEqualTo(4);
        }
    }

    @Test
    void people_are_joined_only_when_an_analysis_asks_for_them() {
        try (Store store = Store.inMemory()) {
            Records r = new Records();
            r.add().offence("murder").on(LocalDate.of(2024, 5, 1)).victim(20);
            r.load(store);
            Scope scope = Scope.of(TestDefinitions.get("svb-2024"), Period.parse("FY2024"));
            InScope.occurrences(store.connection(), scope);
            assertThat(count(store, "SELECT count(*) FROM duckdb_views() WHERE view_name = 'in_scope_person'")).isZero();
            InScope.persons(store.connection(), scope);
            assertThat(count(store, "SELECT count(*) FROM in_scope_person")).isEqualTo(1);
            assertThat(count(store, "SELECT victim_min_age FROM in_scope")).isEqualTo(20);
            InScope.occurrences(store.connection(), scope);
            assertThat(count(store, "SELECT count(*) FROM in_scope_person")).isEqualTo(1);
        }
    }

    @Test
    void an_import_after_a_run_is_seen_by_the_next_run() {
        try (Store store = Store.inMemory()) {
            Scope scope = Scope.of(TestDefinitions.get("svb-2024"), Period.parse("FY2024"));
            Records first = new Records();
            first.add().offence("murder").on(LocalDate.of(2024, 5, 1));
            first.load(store);
            InScope.occurrences(store.connection(), scope);
            assertThat(count(store, "SELECT count(*) FROM in_scope")).isEqualTo(1);
            svo.testing.TestImports.load(store, "occurrences", """
                    occurrence_id,recorded_date,committed_from,offence,knife,firearm,other_weapon,domestic_abuse
                    LATER-1,2024-06-01,2024-06-01T10:00,murder,N,N,N,N
                    """);
            InScope.occurrences(store.connection(), scope);
            assertThat(count(store, "SELECT count(*) FROM in_scope")).isEqualTo(2);
        }
    }

    @Test
    void several_scopes_are_kept_side_by_side_and_never_mixed() {
        try (Store store = Store.inMemory()) {
            Records r = new Records();
            r.times(3, o -> o.offence("robbery_personal").on(LocalDate.of(2023, 5, 1)));
            r.times(5, o -> o.offence("robbery_personal").knife().on(LocalDate.of(2024, 5, 1)));
            r.load(store);
            Scope a = Scope.of(TestDefinitions.get("svb-2024"), Period.parse("FY2023"));
            Scope b = Scope.of(TestDefinitions.get("svb-2024"), Period.parse("FY2024"));
            Scope k = Scope.of(TestDefinitions.get("ho-knife-crime"), Period.parse("FY2023-FY2024"));
            Scope d = Scope.of(TestDefinitions.get("svb-2024"), Period.parse("FY2023-FY2024"));
            for (int round = 0; round < 2; round++) {
                InScope.occurrences(store.connection(), a);
                assertThat(count(store, "SELECT count(*) FROM in_scope")).isEqualTo(3);
                InScope.occurrences(store.connection(), b);
                assertThat(count(store, "SELECT count(*) FROM in_scope")).isEqualTo(5);
                InScope.occurrences(store.connection(), k);
                assertThat(count(store, "SELECT count(*) FROM in_scope")).isEqualTo(5);
                InScope.occurrences(store.connection(), d);
                assertThat(count(store, "SELECT count(*) FROM in_scope")).isEqualTo(8);
                assertThat(count(store, "SELECT count(*) FROM in_scope_span")).isEqualTo(2);
            }
            assertThat(count(store, "SELECT count(*) FROM in_scope_key")).isEqualTo(InScope.SLOTS);
        }
    }
}
