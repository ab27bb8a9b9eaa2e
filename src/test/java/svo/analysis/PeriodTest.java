package svo.analysis;

import org.junit.jupiter.api.Test;
import svo.BadInputException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {
    @Test
    void a_financial_year_runs_from_april_to_march_and_is_labelled_as_the_sna_prints_it() {
        Period p = Period.parse("FY2024");
        assertThat(p.spans()).hasSize(1);
        assertThat(p.latest().label()).isEqualTo("2024/25");
        assertThat(p.start()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(p.latest().endInclusive()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void a_run_of_financial_years_is_written_with_a_dash_or_commas() {
        assertThat(Period.parse("FY2022-FY2024").labels()).containsExactly("2022/23", "2023/24", "2024/25");
        assertThat(Period.parse("FY2022,FY2023,FY2024").labels()).containsExactly("2022/23", "2023/24", "2024/25");
        assertThat(Period.parse("FY2022-FY2024").label()).isEqualTo("2022/23 to 2024/25");
    }

    @Test
    void a_year_ending_december_is_labelled_ye_dec() {
        Period p = Period.parse("YE2025-12");
        assertThat(p.latest().label()).isEqualTo("YE Dec 25");
        assertThat(p.start()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(p.endExclusive()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Period.parse("YE2023-12-YE2025-12").labels()).containsExactly("YE Dec 23", "YE Dec 24", "YE Dec 25");
        assertThat(Period.parse("YE2025-06").start()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void calendar_years_and_date_ranges_include_both_ends() {
        assertThat(Period.parse("CY2025").latest().endInclusive()).isEqualTo(LocalDate.of(2025, 12, 31));
        Period r = Period.parse("2024-06-01..2025-05-31");
        assertThat(r.start()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(r.latest().contains(LocalDate.of(2025, 5, 31))).isTrue();
        assertThat(r.latest().contains(LocalDate.of(2025, 6, 1))).isFalse();
    }

    @Test
    void nonsense_is_refused_with_the_syntax_in_the_message() {
        assertThatThrownBy(() -> Period.parse("2024")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("FY2024").hasMessageContaining("YE2025-12");
        assertThatThrownBy(() -> Period.parse("YE2025-13")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> Period.parse("2025-02-30..2025-03-01")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> Period.parse("FY2024-FY2022")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> Period.parse("FY2024,FY2024")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("overlap");
    }

    @Test
    void shifting_back_a_year_keeps_the_labels_of_the_same_kind() {
        assertThat(Period.parse("FY2024").minusYears(1).labels()).containsExactly("2023/24");
        assertThat(Period.parse("YE2025-12").minusYears(1).labels()).containsExactly("YE Dec 24");
    }
}
