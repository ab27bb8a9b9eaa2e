package svo.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class ParseTest {
    @Test
    void dates_are_iso_or_day_first_as_excel_writes_them_in_the_uk() {
        assertThat(Parse.date("2025-03-31")).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(Parse.date("31/03/2025")).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(Parse.date("1/4/2025")).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(Parse.date("31/02/2025")).isNull();
        assertThat(Parse.date("2025-13-01")).isNull();
        assertThat(Parse.date("03/31/2025")).isNull();
        assertThat(Parse.date("45678")).isNull();
    }

    @Test
    void date_times_take_t_or_space_optional_seconds_and_ignore_an_offset() {
        assertThat(Parse.dateTime("2025-03-31T23:59")).isEqualTo(LocalDateTime.of(2025, 3, 31, 23, 59));
        assertThat(Parse.dateTime("2025-03-31 23:59:30")).isEqualTo(LocalDateTime.of(2025, 3, 31, 23, 59, 30));
        assertThat(Parse.dateTime("31/03/2025 08:00")).isEqualTo(LocalDateTime.of(2025, 3, 31, 8, 0));
        assertThat(Parse.dateTime("2018-03-02T12:35:00+00:00")).isEqualTo(LocalDateTime.of(2018, 3, 2, 12, 35));
        assertThat(Parse.dateTime("2025-03-31")).isNull();
        assertThat(Parse.dateTime("2025-03-31T24:00")).isNull();
    }

    @Test
    void flags_and_numbers_are_strict() {
        assertThat(Parse.flag("Y")).isTrue();
        assertThat(Parse.flag("no")).isFalse();
        assertThat(Parse.flag("maybe")).isNull();
        assertThat(Parse.whole("42")).isEqualTo(42L);
        assertThat(Parse.whole("4.2")).isNull();
        assertThat(Parse.decimal("-1.5")).isEqualTo(-1.5);
        assertThat(Parse.decimal("1,234")).isNull();
        assertThat(Parse.decimal("NaN")).isNull();
    }
}
