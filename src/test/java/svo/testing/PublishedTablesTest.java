package svo.testing;

import org.junit.jupiter.api.Test;
import svo.store.Jdbc;
import svo.store.Store;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedTablesTest {
    @Test
    void reads_a_published_table_and_its_printed_totals_from_the_shared_fixtures() {
        var sv = PublishedTables.sna2025("sv_yearly").where("category", "Serious Violence").where("cohort", "all");
        assertThat(sv.where("period", "2024/25").sum("count")).isEqualTo(2179);
        assertThat(sv.where("offence_type", "Homicide").where("period", "2024/25").value("count")).isEqualTo(6);
        assertThat(PublishedTables.check("sv_yearly", "sv_total_all_2024_25").printedCount()).isEqualTo(2179);
        assertThat(PublishedTables.check("heatmap_victims_0_17", "grand_total").consistent()).isFalse();
    }

    @Test
    void period_labels_of_the_fixtures_become_spans() {
        assertThat(PublishedTables.span("2022/23").start()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(PublishedTables.span("YE Dec 25").endInclusive()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(PublishedTables.span("2023").start()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(PublishedTables.span("2022/23-2024/25").endExclusive()).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void spread_days_and_weekday_hours_stay_inside_their_span() {
        var fy = PublishedTables.span("2024/25");
        for (int i = 0; i < 1000; i++) assertThat(fy.contains(PublishedTables.day(fy, i, 1000))).isTrue();
        for (int i = 0; i < 200; i++) {
            var at = PublishedTables.at(fy, DayOfWeek.FRIDAY, 23, i);
            assertThat(fy.contains(at.toLocalDate())).isTrue();
            assertThat(at.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(at.getHour()).isEqualTo(23);
        }
    }

    @Test
    void the_section_3_2_records_add_up_to_the_printed_totals_under_the_2024_definition() {
        try (Store store = Store.inMemory()) {
            SnaRecords.seriousViolence(new Records()).load(store);
            var c = store.connection();
            String svb = TestDefinitions.get("svb-2024").sqlCondition();
            String knife = TestDefinitions.get("svb-knife").sqlCondition();
            assertThat(Jdbc.count(c, "SELECT count(*) FROM occurrence WHERE " + svb
                    + " AND committed_from >= DATE '2024-04-01' AND committed_from < DATE '2025-04-01'")).isEqualTo(2179);
            assertThat(Jdbc.count(c, "SELECT count(*) FROM occurrence WHERE " + knife
                    + " AND committed_from >= DATE '2022-04-01' AND committed_from < DATE '2023-04-01'")).isEqualTo(740);
            assertThat(Jdbc.count(c, "SELECT count(*) FROM occurrence")).isEqualTo(2485 + 2523 + 2179 + 3 * 4);
        }
    }
}
