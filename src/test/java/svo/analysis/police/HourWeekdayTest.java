package svo.analysis.police;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HourWeekdayTest {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static Store store;
    private static Result result;

    /**
     * The three §4.3 tables as records: every cell of the all-victims table becomes that many occurrences on that
     * weekday at that hour across 2022/23-2024/25; of each cell's occurrences, the first get a victim aged 15 (as
     * many as the up-to-17 table's cell), the next a victim aged 30 (the 18-plus cell), the rest a victim whose age
     * is not recorded.
     */
    @BeforeAll
    static void load() {
        store = Store.inMemory();
        var all = PublishedTables.sna2025("heatmap_all");
        var children = PublishedTables.sna2025("heatmap_victims_0_17");
        var adults = PublishedTables.sna2025("heatmap_victims_18_plus");
        var window = PublishedTables.span("2022/23-2024/25");
        Records r = new Records();
        for (var cell : all.rows()) {
            int hour = Integer.parseInt(cell.get("hour"));
            String day = cell.get("weekday");
            long n = Long.parseLong(cell.get("count"));
            long child = cellOf(children, cell.get("hour"), day), adult = cellOf(adults, cell.get("hour"), day);
            for (int i = 0; i < n; i++) {
                Integer age = i < child ? Integer.valueOf(15) : i < child + adult ? Integer.valueOf(30) : null;
                r.add().offence("robbery_personal").at(PublishedTables.at(window, PublishedTables.weekday(day), hour, i))
                        .person("victim", null, age, "", "", "").suspect(25);
            }
        }
        r.load(store);
        result = new HourWeekday().run(store, Scope.of(TestDefinitions.get("svb-2024"), Period.parse("FY2022-FY2024")));
    }

    private static long cellOf(PublishedTables.Fixture table, String hour, String day) {
        var f = table.where("hour", hour).where("weekday", day);
        return f.size() == 0 ? 0 : f.value("count");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void reproduces_the_all_victims_table_cell_by_cell_with_its_totals_and_grand_total_of_6854() {
        Table t = result.table("all");
        assertGrid(t, PublishedTables.sna2025("heatmap_all"));
        assertThat(t.find("total").get(8)).isEqualTo(6854L);
        assertThat(result.figure("grand_total")).isEqualTo(PublishedTables.check("heatmap_all", "grand_total").printedCount());
        String[] days = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        for (int d = 0; d < 7; d++) {
            assertThat(t.find("total").get(d + 1)).isEqualTo(PublishedTables.check("heatmap_all", days[d] + "_total").printedCount());
        }
        assertThat(t.find("23").get(8)).isEqualTo(PublishedTables.check("heatmap_all", "hour_23_total").printedCount());
    }

    @Test
    void friday_and_saturday_nights_hold_1589_of_6854_occurrences_23_2_percent() {
        assertThat(result.figure("fri_sat_night_count")).isEqualTo(1589L);
        assertThat(result.figure("fri_sat_night_share_pct")).isEqualTo(new BigDecimal("23.2"));
    }

    /**
     * checks.csv heatmap_victims_0_17 grand_total: the printed grand total (987) is the sum of printed hour totals,
     * three of which (09, 10, 12) exceed their cells by one; the cells add up to 984, which the product reports.
     * Likewise 3,222 (not 3,224) for victims 18 and over. Neither table prints hour 00; its row here is zero.
     */
    @Test
    void reproduces_the_child_and_adult_victim_tables_whose_printed_grand_totals_exceed_their_cells() {
        Table children = result.table("victims_0_17");
        assertGrid(children, PublishedTables.sna2025("heatmap_victims_0_17"));
        assertThat(children.find("total").get(8)).isEqualTo(984L);
        assertThat(PublishedTables.check("heatmap_victims_0_17", "grand_total").printedCount()).isEqualTo(987L);
        assertThat(children.find("00").get(8)).isEqualTo(0L);
        Table adults = result.table("victims_18_plus");
        assertGrid(adults, PublishedTables.sna2025("heatmap_victims_18_plus"));
        assertThat(adults.find("total").get(8)).isEqualTo(3222L);
    }

    @Test
    void the_night_window_runs_friday_18_00_to_saturday_06_00_and_saturday_18_00_to_sunday_06_00() {
        assertThat(HourWeekday.weekendNight(5, 17)).isFalse();
        assertThat(HourWeekday.weekendNight(5, 18)).isTrue();
        assertThat(HourWeekday.weekendNight(6, 5)).isTrue();
        assertThat(HourWeekday.weekendNight(6, 6)).isFalse();
        assertThat(HourWeekday.weekendNight(6, 23)).isTrue();
        assertThat(HourWeekday.weekendNight(7, 5)).isTrue();
        assertThat(HourWeekday.weekendNight(7, 6)).isFalse();
        assertThat(HourWeekday.weekendNight(1, 2)).isFalse();
    }

    private static void assertGrid(Table t, PublishedTables.Fixture printed) {
        for (Map<String, String> cell : printed.rows()) {
            List<Object> row = t.find(String.format("%02d", Integer.parseInt(cell.get("hour"))));
            int d = java.util.Arrays.asList(DAYS).indexOf(cell.get("weekday"));
            assertThat(row.get(d + 1)).as(cell.toString()).isEqualTo(Long.parseLong(cell.get("count")));
        }
    }
}
