package svo.delivery;

import org.junit.jupiter.api.Test;
import svo.analysis.AnalysisCatalog;
import svo.analysis.Period;
import svo.store.Jdbc;
import svo.store.Store;

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
    void the_ed_knife_measure_says_what_is_missing_until_ed_attendances_are_in_the_store() {
        try (Store store = Store.inMemory()) {
            Jdbc.execute(store.connection(), "DROP VIEW IF EXISTS ed_attendance");
            Indicator.Measure m = measure(store, ed());
            assertThat(m.available()).isFalse();
            assertThat(m.unavailable()).contains("ED assault attendances are not loaded");
        }
    }

    @Test
    void the_ed_knife_measure_counts_knife_and_sharp_object_assaults_on_under_25s_in_the_twelve_months() {
        try (Store store = Store.inMemory()) {
            // The partner data's view, stood in by a view of the same columns: arrival, assault_method, age, age_band, under_18.
            Jdbc.execute(store.connection(), """
                    CREATE OR REPLACE VIEW ed_attendance AS SELECT * FROM (VALUES
                        (TIMESTAMP '2025-03-01 23:10', 'knife', 19, NULL, false),          -- counts
                        (TIMESTAMP '2025-06-01 01:00', 'other_bladed', NULL, '18-24', NULL), -- counts: band wholly under 25
                        (TIMESTAMP '2025-07-01 02:00', 'knife', NULL, 'under 18', true),   -- counts
                        (TIMESTAMP '2025-08-01 02:00', 'knife', 25, NULL, false),          -- 25 is not under 25
                        (TIMESTAMP '2025-09-01 02:00', 'knife', NULL, '18-30', NULL),      -- band reaches past 24
                        (TIMESTAMP '2025-10-01 02:00', 'fist', 17, NULL, true),            -- not a knife
                        (TIMESTAMP '2024-12-31 23:59', 'knife', 16, NULL, true)            -- before the 12 months
                    ) t(arrival, assault_method, age, age_band, under_18)""");
            Indicator.Measure m = measure(store, ed());
            assertThat(m.available()).isTrue();
            assertThat(m.numerator()).isEqualTo(3);
        }
    }
}
