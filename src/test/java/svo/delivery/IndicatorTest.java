package svo.delivery;

import org.junit.jupiter.api.Test;
import svo.analysis.AnalysisCatalog;
import svo.analysis.Period;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.TestImports;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** Indicators whose data another part of the product brings. */
class IndicatorTest {
    static Indicator ed() {
        return Strategy.derbyAndDerbyshire2026().vruMeasures().stream().filter(i -> i.id().equals("vru-ed-knife-under-25")).findFirst().orElseThrow();
    }

    static Indicator.Measure measure(Store store, Indicator i) {
        return i.measure(store, AnalysisCatalog.standard(), AnalysisCatalog.standardDefinitions(),
                AnalysisCatalog.standardDefinitions().resolve("svb-2024", false), Period.yearEnding(YearMonth.of(2025, 12)));
    }

    @Test
    void the_ed_knife_measure_says_what_is_missing_while_the_store_has_no_ed_attendances_table() {
        try (Store store = Store.inMemory()) {
            // A store made before the partner data's migration has no ed_attendance view.
            Jdbc.execute(store.connection(), "DROP VIEW IF EXISTS ed_attendance");
            Indicator.Measure m = measure(store, ed());
            assertThat(m.available()).isFalse();
            assertThat(m.unavailable()).contains("ED assault attendances are not loaded");
        }
    }

    @Test
    void the_ed_knife_measure_counts_knife_and_sharp_object_assaults_on_under_25s_in_the_twelve_months() {
        try (Store store = Store.inMemory()) {
            TestImports.load(store, "ed-attendances", """
                    attendance_id,hospital,arrival,assault_method,age,age_band
                    A1,Royal Derby Hospital,2025-03-01T23:10,knife,19,
                    A2,Royal Derby Hospital,2025-06-01T01:00,other_bladed,,18-24
                    A3,Chesterfield Royal Hospital,2025-07-01T02:00,knife,,under 18
                    A4,Royal Derby Hospital,2025-08-01T02:00,knife,25,
                    A5,Royal Derby Hospital,2025-09-01T02:00,knife,,18-30
                    A6,Royal Derby Hospital,2025-12-20T02:00,fist,17,
                    A7,Royal Derby Hospital,2024-12-31T23:59,knife,16,
                    """);
            // A1-A3 count; A4 is 25; A5's band reaches past 24; A6 is a fist; A7 is before the 12 months.
            // A7 and A6 show the data cover the 12 months (first and last month).
            Indicator.Measure m = measure(store, ed());
            assertThat(m.available()).isTrue();
            assertThat(m.numerator()).isEqualTo(3);
        }
    }

    @Test
    void the_ed_knife_measure_is_not_available_when_ed_attendances_are_empty_or_cover_only_part_of_the_twelve_months() {
        try (Store store = Store.inMemory()) {
            // The partner data's view exists in every store but nothing is loaded: not a count of 0.
            assertThat(measure(store, ed()).unavailable()).contains("ED assault attendances are not loaded for these 12 months");
            TestImports.load(store, "ed-attendances", """
                    attendance_id,hospital,arrival,assault_method,age,age_band
                    A1,Royal Derby Hospital,2025-03-01T23:10,knife,19,
                    A2,Royal Derby Hospital,2025-06-01T01:00,knife,17,
                    """);
            // March to June of the 12 months to December 2025: a part, which would read as a fall.
            Indicator.Measure m = measure(store, ed());
            assertThat(m.available()).isFalse();
            assertThat(m.unavailable()).contains("not loaded for these 12 months");
        }
    }
}
