package svo.analysis.police;

import org.junit.jupiter.api.Test;
import svo.analysis.Area;
import svo.analysis.Comparison;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.ScopeResolver;
import svo.analysis.Table;
import svo.store.Store;
import svo.testing.PublishedTables;
import svo.testing.Records;
import svo.testing.TestDefinitions;
import svo.testing.TestGeography;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DistrictTest {
    /**
     * §4.2 prints district counts that add up to 2,461 / 2,479 / 2,160, fewer than the §3.2 totals (checks.csv
     * district_sum_vs_s3_2_total_*). The records put the difference (24 / 44 / 19) in no district: the product shows
     * it as "Unknown area", so the district table adds up to the serious violence total.
     */
    @Test
    void reproduces_the_district_table_of_section_4_2_and_shows_the_occurrences_without_a_district() {
        try (Store store = Store.inMemory()) {
            TestGeography.districts(store);
            Records r = new Records();
            var table = PublishedTables.sna2025("sv_by_district");
            var totals = PublishedTables.sna2025("sv_yearly").where("category", "Serious Violence").where("cohort", "all");
            for (String period : table.distinct("period")) {
                var span = PublishedTables.span(period);
                for (String district : table.distinct("district")) {
                    long n = table.where("district", district).where("period", period).value("count");
                    r.times((int) n, o -> o.offence("robbery_personal").district(district).on(span.start().plusDays(100)).victim(30).suspect(30));
                }
                long unknown = totals.where("period", period).sum("count") - table.where("period", period).sum("count");
                r.times((int) unknown, o -> o.offence("robbery_personal").on(span.start().plusDays(100)).victim(30).suspect(30));
            }
            r.load(store);
            Result result = new District().run(store, Scope.of(TestDefinitions.get("svb-2024"), Period.parse("FY2022-FY2024")));
            Table t = result.table("by_district");
            for (var row : table.rows()) {
                assertThat(t.find(row.get("district"), TestGeography.DISTRICTS.get(row.get("district")), row.get("period")).get(3))
                        .as(row.toString()).isEqualTo(Long.parseLong(row.get("count")));
            }
            assertThat(t.find("Unknown area", null, "2022/23").get(3)).isEqualTo(24L);
            assertThat(t.find("total", null, "2024/25").get(3)).isEqualTo(2179L);
            // checks.csv chesterfield_trend: the SNA's "up" compares 276 with 2022/23 (273); against 2023/24 (315) it is
            // a fall, and one within chance.
            assertThat(result.table("changes").find("Chesterfield")).contains(315L, 276L, "no significant change");
            assertThat(result.table("changes").find("Derby")).contains(1023L, 959L);
        }
    }

    /** PA report May 2026 §3.3: Derby 4,180 offences / 270,468 people = 15.5 per 1,000, and so on for each district. */
    @Test
    void rates_per_1000_use_the_population_of_the_same_district_and_year() {
        try (Store store = Store.inMemory()) {
            TestGeography.districts(store);
            TestGeography.population(store, 2025);
            TestGeography.population(store, 2021);
            Records r = new Records();
            var table = PublishedTables.sna2025("par2026_sv_ho_by_district");
            var ye25 = PublishedTables.span("YE Dec 25");
            for (var row : table.rows()) {
                String district = row.get("district").equals("Unknown area") ? "" : row.get("district");
                r.times(Integer.parseInt(row.get("sv_count")), o -> o.offence("abh").district(district).on(ye25.start().plusDays(50))
                        .victim(30).suspect(30));
            }
            r.load(store);
            Table t = new District().run(store, Scope.of(TestDefinitions.get("ho-serious-violence"), Period.parse("YE2025-12")))
                    .table("by_district");
            assertThat(t.find("Derby", "E06000015", "YE Dec 25")).containsExactly("Derby", "E06000015", "YE Dec 25", 4180L, 270_468L,
                    "2025", new BigDecimal("15.5"));
            for (var row : table.rows()) {
                if (row.get("per_1000").isEmpty()) continue;
                assertThat(t.find(row.get("district")).get(6)).as(row.toString()).isEqualTo(new BigDecimal(row.get("per_1000")));
            }
            assertThat(t.find("Unknown area").get(3)).isEqualTo(100L);
            // The district table's grand total (11,531, 10.8 per 1,000 with the unknown area in the numerator); §3.1 of the
            // same report prints 11,532 (checks.csv grand_total_vs_sv_ho_table): the records follow the district table.
            assertThat(t.find("total")).contains(PublishedTables.check("par2026_sv_ho_by_district", "grand_total_count").printedCount(),
                    1_067_314L, new BigDecimal("10.8"));
        }
    }

    @Test
    void a_district_area_counts_only_that_district_and_city_only_derby() {
        try (Store store = Store.inMemory()) {
            TestGeography.districts(store);
            Records r = new Records();
            r.times(3, o -> o.offence("robbery_personal").district("Derby").on(java.time.LocalDate.of(2024, 5, 1)));
            r.times(2, o -> o.offence("robbery_personal").district("E07000034").on(java.time.LocalDate.of(2024, 5, 1)));
            r.load(store);
            Area chesterfield = ScopeResolver.area(store.connection(), "chesterfield");
            Table one = new District().run(store, new Scope(TestDefinitions.get("svb-2024"), false, Period.parse("FY2024"), chesterfield,
                    Comparison.PREVIOUS, Map.of())).table("by_district");
            assertThat(one.rows()).hasSize(2);
            assertThat(one.find("Chesterfield").get(3)).isEqualTo(2L);
            Table city = new District().run(store, new Scope(TestDefinitions.get("svb-2024"), false, Period.parse("FY2024"),
                    ScopeResolver.area(store.connection(), "city"), Comparison.PREVIOUS, Map.of())).table("by_district");
            assertThat(city.find("total").get(3)).isEqualTo(3L);
        }
    }
}
