package svo.analysis.trend;

import org.junit.jupiter.api.Test;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Store;
import svo.testing.PublishedTables;
import svo.testing.Records;
import svo.testing.TestDefinitions;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MonthlyTest {
    /**
     * The SNA's line chart has no data table; §1.1 and §4.3 state its figures: 2,485 / 2,523 / 2,179 a year, "around
     * 200 offences per month", the peak in July 2023 (270) and the lowest month February 2025. Records are spread
     * over the months to say exactly that: 270 in July 2023, 150 in February 2025, the rest of each year evenly.
     */
    @Test
    void finds_the_published_peak_in_july_2023_the_trough_in_february_2025_and_about_200_a_month() {
        Map<YearMonth, Integer> plan = new LinkedHashMap<>();
        plan(plan, 2022, 2485, null, 0);
        plan(plan, 2023, 2523, YearMonth.of(2023, 7), 270);
        plan(plan, 2024, 2179, YearMonth.of(2025, 2), 150);
        Records r = new Records();
        plan.forEach((m, n) -> r.times(n, o -> o.offence("robbery_personal").on(m.atDay(10)).victim(30).suspect(30)));
        try (Store store = Store.inMemory()) {
            r.load(store);
            Result result = new Monthly().run(store, Scope.of(TestDefinitions.get("svb-2024"), Period.parse("FY2022-FY2024")));
            assertThat(result.figure("peak_month")).isEqualTo("July 2023");
            assertThat(result.figure("peak_month_count")).isEqualTo(270L);
            assertThat(result.figure("trough_month")).isEqualTo("February 2025");
            assertThat(result.figure("average_per_month")).isEqualTo(new BigDecimal("199.6"));
            assertThat(result.figure("average_per_month_whole")).isEqualTo(BigDecimal.valueOf(
                    PublishedTables.check("headline_figures", "monthly_average_offences").printedCount()));
            Table t = result.table("by_month");
            assertThat(t.rows()).hasSize(36);
            assertThat(t.find("2023-07")).containsExactly("2023-07", "July 2023", "2023/24", 270L);
        }
    }

    @Test
    void a_month_without_occurrences_is_shown_with_zero() {
        try (Store store = Store.inMemory()) {
            Records r = new Records();
            r.add().offence("murder").on(java.time.LocalDate.of(2024, 4, 3));
            r.load(store);
            Table t = new Monthly().run(store, Scope.of(TestDefinitions.get("svb-2024"), Period.parse("FY2024"))).table("by_month");
            assertThat(t.rows()).hasSize(12);
            assertThat(t.find("2024-05").get(3)).isEqualTo(0L);
        }
    }

    /** Spreads {@code total} over the 12 months of FY{@code year}: {@code special} gets {@code count}, the rest evenly. */
    private static void plan(Map<YearMonth, Integer> plan, int year, int total, YearMonth special, int count) {
        int rest = special == null ? total : total - count;
        int others = special == null ? 12 : 11;
        int i = 0;
        for (YearMonth m = YearMonth.of(year, 4); m.isBefore(YearMonth.of(year + 1, 4)); m = m.plusMonths(1)) {
            if (m.equals(special)) {
                plan.put(m, count);
                continue;
            }
            plan.put(m, rest / others + (i++ < rest % others ? 1 : 0));
        }
    }
}
