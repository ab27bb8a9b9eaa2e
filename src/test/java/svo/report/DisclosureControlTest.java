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
        // The basis (30) is the denominator here, below 400.
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

    @Test
    void a_difference_or_rate_ratio_beside_a_withheld_count_is_withheld_because_it_would_give_the_count_away() {
        Table t = Table.builder("changes", "Change").columns(Column.text("offence_type", "Offence type"),
                        Column.count("basis_count", "Then"), Column.count("latest_count", "Now"), Column.number("change", "Change"),
                        Column.percent("change_pct", "Change %", "basis_count"), Column.number("rate_ratio", "Rate ratio"),
                        Column.text("trend", "Trend"))
                .row("Homicide", 3L, 9L, 6.0, 200.0, 3.0, "up").row("Robbery", 639L, 535L, -104.0, -16.3, 0.84, "down")
                .row("Violence", 894L, 764L, -130.0, -14.5, 0.85, "down").build();
        var cells = DisclosureControl.apply(t, SMALL, TableLayout.measures());
        assertThat(texts(cells, 0)).containsExactly("Homicide", "<5", "9", "[c]", "[c]", "[c]", "up");
    }

    @Test
    void a_drafted_sentence_that_quotes_a_withheld_count_is_withheld_with_it() {
        Table t = Table.builder("headline", "Headline").columns(Column.text("measure", "Measure"), Column.count("basis_count", "Then"),
                        Column.count("latest_count", "Now"), Column.text("sentence", "Sentence"))
                .row("Homicides", 9L, 2L, "Compared with 2023/24, homicides fell by 78% (9 to 2).")
                .row("Serious violence", 2_523L, 2_179L, "Compared with 2023/24, serious violence fell by 14% (2,523 to 2,179).")
                .row("Knife crime", 691L, 644L, "Compared with 2023/24, knife crime fell by 7% (691 to 644).").build();
        var cells = DisclosureControl.apply(t, SMALL, TableLayout.measures());
        assertThat(cells.get(0).get(3).text()).isEqualTo("[c]");
        assertThat(cells.get(1).get(3).text()).startsWith("Compared with 2023/24, serious violence");
    }

    @Test
    void a_percentage_of_a_small_part_is_withheld_even_when_its_denominator_is_shown() {
        Table t = Table.builder("share", "Knife share").columns(Column.text("cohort", "Cohort"), Column.count("knife", "Knife"),
                        Column.count("serious_violence", "Serious violence"), Column.percent("knife_share_pct", "%", "serious_violence"))
                .row("Victims 18 and under", 30L, 100L, 30.0).row("Suspects 18 and under", 60L, 150L, 40.0)
                .row("Under 10", 200L, 6_000L, 3.3).build();
        var cells = DisclosureControl.apply(t, SMALL, TableLayout.measures());
        assertThat(cells.get(0).get(3).text()).isEqualTo("30.0%");
        // 3.3% of 6,000 is 198: shown. Now a share that is 3 of 100.
        Table small = Table.builder("share", "Knife share").columns(Column.text("cohort", "Cohort"),
                        Column.count("serious_violence", "Serious violence"), Column.percent("knife_share_pct", "%", "serious_violence"))
                .row("Victims 10 and under", 100L, 3.0).row("All", 2_179L, 29.6).build();
        var c2 = DisclosureControl.apply(small, SMALL, TableLayout.measures());
        assertThat(c2.get(0).get(2).text()).isEqualTo("[c]");
        assertThat(c2.get(1).get(2).text()).isEqualTo("29.6%");
    }

    @Test
    void a_small_month_is_protected_within_its_year_whose_total_is_published_elsewhere() {
        Table.Builder b = Table.builder("by_month", "By month").columns(Column.text("month", "Month"), Column.text("label", "Label"),
                Column.text("period", "Period"), Column.count("count", "Occurrences"));
        String[] months = {"2024-04", "2024-05", "2024-06", "2025-04", "2025-05", "2025-06"};
        long[] counts = {3, 40, 50, 60, 70, 80};
        for (int i = 0; i < months.length; i++) b.row(months[i], months[i], i < 3 ? "2024/25" : "2025/26", counts[i]);
        var cells = DisclosureControl.apply(b.build(), SMALL, TableLayout.DEFAULT);
        long withheldFirstYear = cells.subList(0, 3).stream().filter(r -> r.get(3).withheld()).count();
        assertThat(withheldFirstYear).isGreaterThanOrEqualTo(2);
    }

    @Test
    void shares_of_a_whole_stay_shown_where_their_own_count_is_shown() {
        Table t = Table.builder("by_year", "Relationship").columns(Column.text("period", "Period"), Column.text("relationship", "Relationship"),
                        Column.count("occurrences", "Occurrences"), Column.percent("share_pct", "%", "occurrences"))
                .row("2024/25", "Stranger", 1_680L, 84.0).row("2024/25", "Neighbour", 49L, 2.5).row("2024/25", "Other", 248L, 12.4)
                .row("2024/25", "Sibling", 20L, 1.0).row("2024/25", "Spouse", 3L, 0.2).build();
        var cells = DisclosureControl.apply(t, SMALL, TableLayout.DEFAULT);
        // 2.5% of 49 would be a "part" of 1, but these are shares of a whole, and 49 is shown.
        assertThat(texts(cells, 1).subList(2, 4)).containsExactly("49", "2.5%");
        assertThat(texts(cells, 3).subList(2, 4)).containsExactly("[c]", "[c]");
        assertThat(texts(cells, 4).subList(2, 4)).containsExactly("<5", "[c]");
    }

    @Test
    void a_label_that_happens_to_hold_a_withheld_number_stays_a_label() {
        Table t = Table.builder("q", "Quality").columns(Column.text("measure", "Measure"), Column.text("period", "Period"),
                        Column.count("count", "Count"), Column.count("of", "Of"))
                .row("No coordinates", "2023/24", 3L, 24L).row("No coordinates", "2024/25", 90L, 300L)
                .row("No district", "2023/24", 10L, 24L).row("No district", "2024/25", 88L, 300L).build();
        var cells = DisclosureControl.apply(t, SMALL, TableLayout.measures());
        assertThat(cells).extracting(r -> r.get(1).text()).containsExactly("2023/24", "2024/25", "2023/24", "2024/25");
    }
}
