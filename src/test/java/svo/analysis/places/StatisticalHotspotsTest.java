package svo.analysis.places;

import org.junit.jupiter.api.Test;
import svo.BadInputException;
import svo.analysis.Area;
import svo.analysis.Comparison;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Store;
import svo.testing.Records;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatisticalHotspotsTest {
    private static Scope scope(String period, Map<String, String> params) {
        return new Scope(TestDefinition.SERIOUS_VIOLENCE, false, Period.parse(period), Area.ALL, Comparison.PREVIOUS, params);
    }

    /** 300 offences spread over a 10 km square; in the latest year 80 more within 150 m of E 435250 N 335250. */
    private static Records background(Random rnd, LocalDate day, int n) {
        Records r = new Records();
        for (int i = 0; i < n; i++) {
            r.add().offence("abh").on(day.plusDays(i % 300)).grid(430_000 + rnd.nextInt(10_000), 330_000 + rnd.nextInt(10_000));
        }
        return r;
    }

    private static void cluster(Records r, Random rnd, LocalDate day) {
        for (int i = 0; i < 80; i++) {
            r.add().offence("gbh_with_intent").on(day.plusDays(i)).grid(435_250 - 150 + rnd.nextInt(300), 335_250 - 150 + rnd.nextInt(300));
        }
    }

    @Test
    void finds_a_planted_cluster_as_a_99_percent_hot_cell_on_a_grid_over_the_district() {
        try (Store store = Store.inMemory()) {
            new TestGeography(store).district("E06000015", "Derby", TestGeography.square(430_000, 330_000, 10_000));
            Random rnd = new Random(4);
            Records r = background(rnd, LocalDate.of(2024, 4, 10), 300);
            cluster(r, rnd, LocalDate.of(2024, 5, 1));
            r.load(store);
            Result res = new StatisticalHotspots().run(store, scope("FY2024", Map.of("cell", "500")));
            Table hot = res.table("hot_cells");
            assertThat(hot.rows()).isNotEmpty();
            // The cluster's cell is a 99% hot spot, and so is every cell whose 3 × 3 block takes it in; no other is.
            assertThat(hot.find("435000,335000")).isNotNull();
            assertThat(hot.find("435000,335000").get(8)).isEqualTo(3L);
            assertThat((Long) hot.find("435000,335000").get(4)).isGreaterThanOrEqualTo(80L);
            for (var row : hot.rows()) {
                if (!row.get(8).equals(3L)) continue;
                String[] sw = row.get(0).toString().split(",");
                assertThat(Math.abs(Double.parseDouble(sw[0]) - 435_000)).as(row.get(0).toString()).isLessThanOrEqualTo(500);
                assertThat(Math.abs(Double.parseDouble(sw[1]) - 335_000)).as(row.get(0).toString()).isLessThanOrEqualTo(500);
            }
            Table settings = res.table("settings");
            assertThat(settings.find("cell size")).containsExactly("cell size", "500 m", "given");
            assertThat(settings.find("bandwidth").get(2).toString()).startsWith("default: 0.9 · min(SD");
            assertThat(settings.find("grid").get(1).toString()).startsWith("500 m cells, 21 × 21");
            assertThat(settings.find("study area").get(1).toString()).contains("cells whose centre lies in the district boundaries");
            assertThat(res.table("bins").notes()).anyMatch(n -> n.contains("use fdr=true"));
            // With the false-discovery-rate correction the cluster stays hot and the correction is printed.
            Result fdr = new StatisticalHotspots().run(store, scope("FY2024", Map.of("cell", "500", "fdr", "true")));
            assertThat(fdr.table("hot_cells").find("435000,335000").get(8)).isEqualTo(3L);
            assertThat(fdr.table("settings").find("multiple testing").get(1)).isEqualTo("Benjamini–Hochberg false-discovery-rate correction");
        }
    }

    @Test
    void refuses_a_grid_stretched_by_a_record_at_0_0_and_names_it_unless_told_to_drop_it() {
        try (Store store = Store.inMemory()) {
            Random rnd = new Random(5);
            Records r = background(rnd, LocalDate.of(2024, 4, 10), 200);
            Records.Occ stray = r.add().offence("abh").on(LocalDate.of(2024, 6, 1)).grid(0, 0);
            r.load(store);
            assertThatThrownBy(() -> new StatisticalHotspots().run(store, scope("FY2024", Map.of())))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("1 record(s) lie far outside the rest")
                    .hasMessageContaining(stray.id() + " at E 0 N 0")
                    .hasMessageContaining("outliers=drop");
            Result res = new StatisticalHotspots().run(store, scope("FY2024", Map.of("outliers", "drop")));
            assertThat(res.table("settings").notes()).anyMatch(n -> n.startsWith("1 stray record(s) left out (outliers=drop): " + stray.id()));
            // The default cell is the shorter side of the extent of the remaining points (just under 10 km) / 50.
            assertThat(res.table("settings").find("cell size").get(1).toString()).isIn("190 m", "200 m");
            assertThat(res.table("settings").find("cell size").get(2)).isEqualTo("default: shorter side of the extent / 50, to 10 m");
        }
    }

    @Test
    void refuses_a_cell_size_that_would_make_millions_of_cells_and_says_the_smallest_that_works() {
        try (Store store = Store.inMemory()) {
            new TestGeography(store).district("E06000015", "Derby", TestGeography.square(430_000, 330_000, 10_000));
            background(new Random(1), LocalDate.of(2024, 4, 10), 20).load(store);
            assertThatThrownBy(() -> new StatisticalHotspots().run(store, scope("FY2024", Map.of("cell", "2"))))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("cell").hasMessageContaining("at least 5 m");
        }
    }

    @Test
    void a_cluster_that_appears_in_the_latest_year_is_emerging_on_the_same_grid() {
        try (Store store = Store.inMemory()) {
            new TestGeography(store).district("E06000015", "Derby", TestGeography.square(430_000, 330_000, 10_000));
            Random rnd = new Random(6);
            Records r = background(rnd, LocalDate.of(2022, 4, 10), 300);
            for (int i = 0; i < 300; i++) {
                r.add().offence("abh").on(LocalDate.of(2023, 4, 10).plusDays(i % 300)).grid(430_000 + rnd.nextInt(10_000), 330_000 + rnd.nextInt(10_000));
            }
            cluster(r, rnd, LocalDate.of(2023, 5, 1));           // in FY2023 and FY2024 ...
            for (int i = 0; i < 300; i++) {
                r.add().offence("abh").on(LocalDate.of(2024, 4, 10).plusDays(i % 300)).grid(430_000 + rnd.nextInt(10_000), 330_000 + rnd.nextInt(10_000));
            }
            cluster(r, rnd, LocalDate.of(2024, 5, 1));
            r.load(store);
            Result res = new StatisticalHotspots().run(store, scope("FY2022-FY2024", Map.of("cell", "500")));
            Table trend = res.table("trend_units");
            assertThat(trend.find("435000,335000")).isNotNull();
            assertThat(trend.find("435000,335000").get(4)).isEqualTo("emerging");
            assertThat(trend.find("435000,335000").get(5).toString()).endsWith("→ 3 → 3");
            assertThat(res.table("trend").find("emerging").get(1)).isNotEqualTo(0L);
            Table change = res.table("change");
            assertThat(change.rows()).isNotEmpty();
            assertThat(change.value(0, "unit")).isEqualTo("435000,335000");
        }
    }

    @Test
    void on_areas_gi_star_uses_queen_contiguity_of_the_boundaries() {
        try (Store store = Store.inMemory()) {
            TestGeography geo = new TestGeography(store).district("E06000015", "Derby", TestGeography.square(430_000, 330_000, 5000));
            Records r = new Records();
            // A 5 × 5 block of 1 km LSOA squares; the centre one and its neighbours have many more offences.
            for (int row = 0; row < 5; row++) {
                for (int col = 0; col < 5; col++) {
                    String code = String.format("E010000%d%d", row, col);
                    geo.area("lsoa", code, "LSOA " + row + col, "E06000015", null, TestGeography.square(430_000 + 1000 * col, 330_000 + 1000 * row, 1000));
                    int n = (Math.abs(row - 2) <= 1 && Math.abs(col - 2) <= 1) ? (row == 2 && col == 2 ? 60 : 25) : 3 + (row + col) % 3;
                    r.times(n, o -> o.offence("abh").on(LocalDate.of(2024, 7, 1)).lsoa(code));
                }
            }
            r.load(store);
            Result res = new StatisticalHotspots().run(store, scope("FY2024", Map.of("mode", "areas")));
            Table hot = res.table("hot_areas");
            assertThat(hot.value(0, "unit")).isEqualTo("E01000022");
            assertThat(hot.value(0, "bin")).isEqualTo(3L);
            assertThat(res.table("settings").find("neighbours").get(1).toString()).startsWith("queen contiguity");
        }
    }
}
