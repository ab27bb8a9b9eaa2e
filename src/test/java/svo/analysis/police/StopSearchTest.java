package svo.analysis.police;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import svo.analysis.Area;
import svo.analysis.Comparison;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Store;
import svo.testing.PublishedTables;
import svo.testing.TestImports;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StopSearchTest {
    private static Store store;
    private static Result result;

    /**
     * §10 as searches in the canonical layout: per year, the weapons found with the age band of the person searched
     * (the SNA's 35-59 and 60+ are both "over 34" in the police.uk bands the layout records; a find the age table
     * misses is recorded without a band), the other searches for offensive weapons with nothing found, and the
     * rest of the searches for drugs, some of which found drugs.
     */
    @BeforeAll
    static void load() {
        store = Store.inMemory();
        StringBuilder csv = new StringBuilder("search_id,date_time,age_band,object_of_search,object_found\n");
        var totals = PublishedTables.sna2025("stop_search");
        var byAge = PublishedTables.sna2025("weapons_found_by_age");
        int id = 0;
        for (String period : totals.distinct("period")) {
            var span = PublishedTables.span(period);
            String at = span.start().plusDays(20) + "T21:30";
            long found = totals.where("period", period).value("offensive_weapons_found");
            long searches = totals.where("period", period).value("total_stop_searches");
            long forWeapons = totals.where("period", period).value("searches_for_offensive_weapons");
            long withBand = 0;
            for (var row : byAge.where("period", period).rows()) {
                String band = switch (row.get("age_group")) {
                    case "35-59", "60+" -> "over 34";
                    default -> row.get("age_group");
                };
                for (int i = 0; i < Integer.parseInt(row.get("count")); i++) csv.append("S").append(++id).append(',').append(at).append(',').append(band).append(",Offensive weapons,Y\n");
                withBand += Integer.parseInt(row.get("count"));
            }
            for (long i = withBand; i < found; i++) csv.append("S").append(++id).append(',').append(at).append(",,Offensive weapons,Y\n");
            for (long i = found; i < forWeapons; i++) csv.append("S").append(++id).append(',').append(at).append(",18-24,Offensive weapons,N\n");
            for (long i = forWeapons; i < searches; i++) csv.append("S").append(++id).append(',').append(at).append(",25-34,Controlled drugs,").append(i % 3 == 0 ? "Y" : "N").append('\n');
        }
        TestImports.load(store, "stop-search", csv.toString());
        result = new StopSearch().run(store, new Scope(null, false, Period.parse("FY2022-FY2024"), Area.ALL, Comparison.PREVIOUS, Map.of()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void reproduces_searches_searches_for_weapons_and_weapons_found_per_year() {
        Table t = result.table("by_year");
        for (var row : PublishedTables.sna2025("stop_search").rows()) {
            assertThat(t.find(row.get("period"))).as(row.toString()).contains(Long.parseLong(row.get("total_stop_searches")),
                    Long.parseLong(row.get("searches_for_offensive_weapons")), Long.parseLong(row.get("offensive_weapons_found")));
        }
    }

    @Test
    void find_rates_are_weapons_found_as_a_share_of_searches_for_weapons() {
        Table t = result.table("by_year");
        assertThat(t.find("2022/23").get(4)).isEqualTo(new BigDecimal("56.9"));
        assertThat(t.find("2023/24").get(4)).isEqualTo(new BigDecimal("52.7"));
        assertThat(t.find("2024/25")).containsExactly("2024/25", 3448L, 158L, 122L, new BigDecimal("77.2"));
        assertThat(result.table("changes").find("offensive weapons found")).contains(78L, 122L, "up");
    }

    /**
     * checks.csv sum_vs_weapons_found_2022_23: the age table adds up to 73 in 2022/23 against 74 weapons found. The
     * product shows the find without an age band as "not recorded", so its age table adds up.
     */
    @Test
    void weapons_found_by_age_band_with_the_find_the_sna_age_table_misses() {
        Table t = result.table("found_by_age");
        assertThat(t.find("2024/25", "10-17").get(2)).isEqualTo(34L);
        assertThat(t.find("2024/25", "over 34").get(2)).isEqualTo(39L);
        assertThat(t.find("2022/23", "not recorded").get(2)).isEqualTo(1L);
        assertThat(t.find("2023/24", "not recorded").get(2)).isEqualTo(0L);
        long sum2022 = t.rows().stream().filter(r -> r.get(0).equals("2022/23")).mapToLong(r -> (Long) r.get(2)).sum();
        assertThat(sum2022).isEqualTo(74L);
    }
}
