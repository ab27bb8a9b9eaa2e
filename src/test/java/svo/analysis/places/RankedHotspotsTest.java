package svo.analysis.places;

import org.junit.jupiter.api.Test;
import svo.analysis.Area;
import svo.analysis.Comparison;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Store;
import svo.testing.Records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RankedHotspotsTest {
    private static final Map<String, String> DISTRICTS = Map.of("Derby", "E06000015", "Chesterfield", "E07000034",
            "South Derbyshire", "E07000039", "Amber Valley", "E07000032");

    private static Scope scope(String period, Map<String, String> params) {
        return new Scope(TestDefinition.SERIOUS_VIOLENCE, false, Period.parse(period), Area.ALL, Comparison.PREVIOUS, params);
    }

    /**
     * The 15 published neighbourhood areas with their populations, five more areas with fewer occurrences and lower
     * rates (the SNA ranks 95), and the published totals as ABH occurrences spread over the 12-month window (3,569 in all). Records
     * just outside the window and offences outside the definition must not count.
     */
    private static List<Map<String, String>> loadPublishedTop15(Store store) {
        var rows = SnaFixtures.read("hotspots_top15.csv");
        TestGeography geo = new TestGeography(store);
        DISTRICTS.forEach((name, code) -> geo.district(code, name));
        Records records = new Records();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            String code = String.format("NH%02d", i + 1);
            geo.area("neighbourhood", code, row.get("area_name"), DISTRICTS.get(row.get("district")), null, null)
                    .population(code, 2024, Long.parseLong(row.get("population")));
            int total = Integer.parseInt(row.get("total"));
            for (int k = 0; k < total; k++) {
                LocalDate day = LocalDate.of(2024, 6, 1).plusDays(k % 365);
                // Codes, not names: the test Records helper does not quote names with commas ("Dunston, Moor & St Helens").
                records.add().offence(k % 3 == 0 ? "abh" : "gbh_without_intent").on(day).neighbourhood(code)
                        .district(row.get("district"));
            }
            records.add().offence("abh").on(LocalDate.of(2024, 5, 31)).neighbourhood(code);      // the day before the window
            records.add().offence("abh").on(LocalDate.of(2025, 6, 1)).neighbourhood(code);       // the day after it
            records.add().offence("common_assault").on(LocalDate.of(2024, 9, 1)).neighbourhood(code);  // outside the definition
        }
        for (int i = 0; i < 5; i++) {
            String code = String.format("NX%02d", i + 1);
            geo.area("neighbourhood", code, "Quiet area " + (i + 1), "E07000032", null, null).population(code, 2024, 20_000 + 1000L * i);
            records.times(100 + 10 * i, o -> o.offence("abh").on(LocalDate.of(2024, 12, 1)).neighbourhood(code));
        }
        records.load(store);
        return rows;
    }

    @Test
    void reproduces_the_published_hotspot_top_15_including_the_tie_at_score_15_and_the_three_way_tie_at_21() {
        try (Store store = Store.inMemory()) {
            var published = loadPublishedTop15(store);
            Result r = new RankedHotspots().run(store, scope("2024-06-01..2025-05-31", Map.of()));
            Table t = r.table("ranking");
            assertThat(t.rows()).hasSize(15);
            // Row by row, in printed order: every column of the published table.
            for (int i = 0; i < 15; i++) {
                var p = published.get(i);
                String name = p.get("area_name");
                assertThat(t.value(i, "area_name")).as("row " + (i + 1)).isEqualTo(name);
                assertThat(t.value(i, "district")).as(name).isEqualTo(p.get("district"));
                assertThat(t.value(i, "total")).as(name).isEqualTo(Long.parseLong(p.get("total")));
                assertThat(t.value(i, "sv_rank")).as(name).isEqualTo(Long.parseLong(p.get("sv_rank")));
                assertThat(t.value(i, "population")).as(name).isEqualTo(Long.parseLong(p.get("population")));
                assertThat(t.value(i, "per_1000")).as(name).isEqualTo(new BigDecimal(p.get("per_1000")));
                assertThat(t.value(i, "per_pop_rank")).as(name).isEqualTo(Long.parseLong(p.get("per_pop_rank")));
                assertThat(t.value(i, "score")).as(name).isEqualTo(Long.parseLong(p.get("score")));
                assertThat(t.value(i, "rank")).as(name).isEqualTo(Long.parseLong(p.get("rank")));
            }
            // The ties the SNA breaks by the better rate rank.
            assertThat(t.value(6, "score")).isEqualTo(15L);
            assertThat(t.value(7, "score")).isEqualTo(15L);
            assertThat(List.of(t.value(9, "score"), t.value(10, "score"), t.value(11, "score"))).containsOnly(21L);
            assertThat(r.figure("records")).isEqualTo(3569L + 600L);
        }
    }

    @Test
    void ranks_over_wards_or_lsoas_as_well_and_says_which_areas_have_no_population() {
        try (Store store = Store.inMemory()) {
            new TestGeography(store).district("E06000015", "Derby")
                    .area("ward", "E05000001", "Arboretum", "E06000015", null, null).population("E05000001", 2024, 10_000)
                    .area("ward", "E05000002", "Darley", "E06000015", null, null).population("E05000002", 2024, 5_000)
                    .area("ward", "E05000003", "Unpopulated", "E06000015", null, null);
            Records rec = new Records();
            rec.times(30, o -> o.offence("abh").on(LocalDate.of(2024, 8, 1)).ward("Arboretum"));
            rec.times(20, o -> o.offence("abh").on(LocalDate.of(2024, 8, 1)).ward("E05000002"));
            rec.times(5, o -> o.offence("abh").on(LocalDate.of(2024, 8, 1)).ward("Unpopulated"));
            rec.times(7, o -> o.offence("abh").on(LocalDate.of(2024, 8, 1)));
            rec.load(store);
            Result r = new RankedHotspots().run(store, scope("FY2024", Map.of("level", "ward")));
            Table t = r.table();
            // Darley: volume 2, rate 4.0 → rank 1; score 3. Arboretum: volume 1, rate 3.0 → rank 2; score 3. Tie → Darley.
            assertThat(t.rows()).extracting(row -> row.get(2)).containsExactly("Darley", "Arboretum");
            assertThat(t.notes()).anyMatch(n -> n.contains("have no population") && n.contains("Unpopulated"));
            assertThat(t.notes()).anyMatch(n -> n.startsWith("7 of 62 records have no ward code"));
            assertThat(t.notes()).anyMatch(n -> n.contains("Population of 2024"));
        }
    }
}
