package svo.report;

import org.junit.jupiter.api.Test;
import svo.analysis.Column;
import svo.analysis.Table;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisclosureControlTest {
    private static final DisclosureRule SMALL = DisclosureRule.smallCounts(4);

    private static Table byDistrict(Object[][] rows) {
        Table.Builder b = Table.builder("t", "By district")
                .columns(Column.text("district", "District"), Column.count("y2023", "2023/24"), Column.count("y2024", "2024/25"));
        for (Object[] r : rows) b.row(r);
        return b.build();
    }

    private static List<String> texts(List<List<Cell>> cells, int row) {
        return cells.get(row).stream().map(Cell::text).toList();
    }

    @Test
    void counts_from_one_to_four_show_as_less_than_five_and_zero_stays_zero() {
        Table t = byDistrict(new Object[][]{{"Derby", 4L, 0L}, {"Bolsover", 3L, 120L}, {"Erewash", 200L, 110L}});
        var cells = DisclosureControl.apply(t, SMALL, TableLayout.measures());
        assertThat(texts(cells, 0)).containsExactly("Derby", "<5", "0");
        assertThat(cells.get(1).get(1).text()).isEqualTo("<5");
        assertThat(cells.get(1).get(1).value()).isNull();
    }

    @Test
    void a_lone_small_count_in_a_column_with_a_printed_total_takes_a_second_cell_with_it() {
        Table t = byDistrict(new Object[][]{{"Derby", 300L, 280L}, {"Bolsover", 3L, 120L}, {"Erewash", 200L, 110L},
                {"Total", 503L, 510L}});
        var cells = DisclosureControl.apply(t, SMALL, TableLayout.DEFAULT);
        long withheldInColumn = cells.stream().filter(r -> r.get(1).withheld()).count();
        long withheldInRow = cells.get(1).stream().filter(Cell::withheld).count();
        assertThat(withheldInColumn).isGreaterThanOrEqualTo(2);
        assertThat(withheldInRow).isGreaterThanOrEqualTo(2);
        // The complement is the smallest printed data cell that protects both lines: never the total.
        assertThat(cells.get(3).get(1).withheld()).isFalse();
        assertThat(cells.get(1).get(2).text()).isEqualTo("[c]");
    }

    @Test
    void a_restricted_table_prints_every_figure() {
        Table t = byDistrict(new Object[][]{{"Derby", 4L, 1_153L}});
        var cells = DisclosureControl.apply(t, DisclosureRule.NONE, TableLayout.DEFAULT);
        assertThat(texts(cells, 0)).containsExactly("Derby", "4", "1,153");
    }

    @Test
    void nhs_hes_stars_one_to_seven_keeps_zero_and_rounds_the_rest_to_the_nearest_five() {
        Table t = byDistrict(new Object[][]{{"Royal Derby", 7L, 0L}, {"Chesterfield", 6L, 13L}, {"Other", 1_012L, 2_074L},
                {"Outside", 40L, 8L}});
        var cells = DisclosureControl.apply(t, DisclosureRule.nhsHes(400), TableLayout.measures());
        assertThat(texts(cells, 0).subList(1, 3)).containsExactly("*", "0");
        assertThat(texts(cells, 1).subList(1, 3)).containsExactly("*", "15");
        assertThat(texts(cells, 2).subList(1, 3)).containsExactly("1,010", "2,075");
        assertThat(texts(cells, 3).subList(1, 3)).containsExactly("40", "10");
        assertThat(cells.get(2).get(1).value()).isEqualTo(1_010L);
    }

    @Test
    void a_percentage_on_a_suppressed_count_is_withheld_too() {
        Table t = Table.builder("rel", "Relationship").columns(Column.text("relationship", "Relationship"),
                        Column.count("count", "Count"), Column.percent("pct", "%", "count"))
                .row("Stranger", 628L, 43.9).row("Spouse", 2L, 0.1).row("Other", 200L, 14.0).build();
        var cells = DisclosureControl.apply(t, SMALL, TableLayout.DEFAULT);
        assertThat(texts(cells, 1)).containsExactly("Spouse", "<5", "[c]");
        assertThat(cells.get(1).get(2).mark()).isEqualTo(Cell.Mark.DERIVED);
    }

    @Test
    void nhs_hes_shows_a_percentage_only_where_its_rounded_denominator_is_large_enough() {
        Table t = Table.builder("m", "Method").columns(Column.text("method", "Method"),
                        Column.count("n", "Attendances"), Column.percent("pct", "%", "n"))
                .row("Fist", 1_010L, 48.7).row("Knife", 30L, 15.0).build();
        var cells = DisclosureControl.apply(t, DisclosureRule.nhsHes(400), TableLayout.measures());
        assertThat(cells.get(0).get(2).text()).isEqualTo("48.7%");
        // 30 is 15% of 200: a denominator below 400.
        assertThat(cells.get(1).get(2).text()).isEqualTo("*");
    }

    @Test
    void a_small_count_beside_a_withheld_five_in_a_line_summing_to_six_is_not_left_pinned() {
        // 1 + 5 = 6 with the total known: "<5" must be 1 and "[c]" must be 5 unless a third cell is withheld.
        Table t = Table.builder("t", "x").columns(Column.text("k", "k"), Column.count("a", "a"), Column.count("b", "b"),
                Column.count("c", "c")).row("r1", 1L, 5L, 50L).row("r2", 60L, 70L, 80L).row("r3", 90L, 95L, 99L).build();
        var cells = DisclosureControl.apply(t, SMALL, TableLayout.DEFAULT);
        assertThat(cells.get(0).stream().filter(Cell::withheld).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void long_tables_protect_each_period_separately() {
        // Homicide 2024/25 = 2 must be protected within 2024/25, where the yearly total is known, not by a 2023/24 cell.
        Table t = Table.builder("t", "By type").columns(Column.text("offence_type", "Offence"), Column.text("period", "Period"),
                        Column.count("n", "All"))
                .row("Homicide", "2023/24", 9L).row("Robbery", "2023/24", 639L).row("Violence", "2023/24", 894L)
                .row("Homicide", "2024/25", 2L).row("Robbery", "2024/25", 535L).row("Violence", "2024/25", 764L).build();
        var cells = DisclosureControl.apply(t, SMALL, TableLayout.DEFAULT);
        long withheld2024 = cells.subList(3, 6).stream().filter(r -> r.get(2).withheld()).count();
        assertThat(withheld2024).isGreaterThanOrEqualTo(2);
    }

    @Test
    void refuses_a_table_with_person_level_columns() {
        Table t = Table.builder("cohort", "Repeat suspects").columns(Column.number("person_key", "Person"),
                Column.count("n", "Occurrences")).row(12345L, 7L).build();
        assertThatThrownBy(() -> DisclosureControl.requireAggregate(t)).hasMessageContaining("person_key");
    }

    @Test
    void total_labels_are_recognised() {
        assertThat(List.of("Total", "Grand Total", "All", "All ages", "totals")).allMatch(DisclosureControl::isTotalLabel);
        assertThat(new ArrayList<>(List.of("Totally", "All other offences", "Derby"))).noneMatch(DisclosureControl::isTotalLabel);
    }
}
