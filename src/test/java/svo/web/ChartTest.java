package svo.web;

import org.junit.jupiter.api.Test;
import svo.analysis.Column;
import svo.analysis.Table;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ChartTest {
    @Test
    void one_bar_per_category_and_count_column_with_labels_escaped() {
        Table t = Table.builder("t", "Offences <by> district")
                .columns(Column.text("district", "District"), Column.count("all", "All"), Column.count("knife", "Knife"))
                .row("Derby & <city>", 120L, 30L).row("Amber Valley", 60L, 10L).build();
        String svg = Chart.of(t).toString();
        assertThat(Pattern.compile("<rect class=\"bar\"").matcher(svg).results().count()).isEqualTo(4);
        assertThat(svg).contains("Derby &amp; &lt;city&gt;").doesNotContain("<city>").contains("Offences &lt;by&gt; district");
        assertThat(svg).doesNotContain("style=").doesNotContain("<script");
    }

    @Test
    void a_category_by_period_table_becomes_one_series_per_period() {
        Table t = Table.builder("t", "By year")
                .columns(Column.text("offence", "Offence"), Column.text("year", "Year"), Column.count("n", "Occurrences"))
                .row("Robbery", "2023/24", 10L).row("Robbery", "2024/25", 12L)
                .row("Homicide", "2023/24", 1L).row("Homicide", "2024/25", 2L).build();
        String svg = Chart.of(t).toString();
        assertThat(Pattern.compile("<rect class=\"bar\"").matcher(svg).results().count()).isEqualTo(4);
        assertThat(svg).contains(">2023/24</text>").contains(">2024/25</text>").contains("Occurrences:");
    }

    @Test
    void population_years_and_ranks_are_not_drawn_beside_the_counts_they_would_dwarf() {
        Table t = Table.builder("t", "Rates")
                .columns(Column.text("district", "District"), Column.count("population", "Population"),
                        Column.number("population_year", "Population year"), Column.count("offences", "Offences"),
                        Column.count("volume_rank", "Volume rank"))
                .row("Derby", 253_875L, 2015L, 120L, 1L).build();
        String svg = Chart.of(t).toString();
        assertThat(Pattern.compile("<rect class=\"bar\"").matcher(svg).results().count()).isEqualTo(1);
        assertThat(svg).contains("Offences").doesNotContain("Population");
        assertThat(Format.cell(2015L, Column.Kind.NUMBER, "population_year")).isEqualTo("2015");
        assertThat(Format.cell(253_875L, Column.Kind.COUNT, "population")).isEqualTo("253,875");
    }

    @Test
    void a_total_row_is_left_to_the_table() {
        Table t = Table.builder("t", "By type").columns(Column.text("offence_type", "Offence type"), Column.count("all", "All"))
                .row("Robbery", 9L).row("Possession of weapons", 10L).row("total", 19L).build();
        String svg = Chart.of(t).toString();
        assertThat(Pattern.compile("<rect class=\"bar\"").matcher(svg).results().count()).isEqualTo(2);
        assertThat(svg).doesNotContain(">total<");
    }

    @Test
    void a_table_without_numbers_or_rows_has_no_chart() {
        Table words = Table.builder("t", "Notes").columns(Column.text("a", "A")).row("x").build();
        Table empty = Table.builder("t", "Empty").columns(Column.text("a", "A"), Column.count("n", "N")).build();
        assertThat(Chart.of(words).toString()).isEmpty();
        assertThat(Chart.of(empty).toString()).isEmpty();
    }

    @Test
    void ticks_are_round_numbers_from_zero_past_the_largest_value() {
        assertThat(Chart.ticks(0, 137)).containsExactly(0, 50, 100, 150);
        assertThat(Chart.ticks(0, 15)).containsExactly(0, 5, 10, 15);
        assertThat(Chart.ticks(-3, 8)).containsExactly(-5, -2.5, 0, 2.5, 5, 7.5, 10);
    }
}
