package svo.analysis.partners;

import org.junit.jupiter.api.Test;
import svo.analysis.Area;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Store;
import svo.testing.CsvText;
import svo.testing.PublishedTables;
import svo.testing.PublishedTables.Fixture;
import svo.testing.TestImports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class YouthJusticeTest {
    private static final Scope SNA = Scope.of(null, Period.parse("FY2022-FY2024"));

    /** The §15 offences of each year, the first of them in the city as many as the city/county table says. */
    private static String records() {
        Fixture types = PublishedTables.sna2025("yjs_offences");
        Fixture areas = PublishedTables.sna2025("yjs_city_county");
        CsvText csv = new CsvText("offence_date", "offence_type", "age", "sex", "area");
        for (String year : types.distinct("period")) {
            Period.Span fy = PublishedTables.span(year);
            List<String> offences = new ArrayList<>();
            for (Map<String, String> row : types.where("period", year).rows()) {
                for (long k = 0; k < Long.parseLong(row.get("count")); k++) offences.add(row.get("offence_type"));
            }
            long city = areas.where("area", "City").where("period", year).value("count");
            for (int i = 0; i < offences.size(); i++) {
                csv.row(PublishedTables.day(fy, i, offences.size()), offences.get(i), 13 + i % 5, i % 4 == 0 ? "F" : "M",
                        i < city ? "city" : "county");
            }
        }
        return csv.toString();
    }

    @Test
    void reproduces_the_youth_justice_table_by_offence_type_and_year_and_the_city_county_split() {
        try (Store store = Store.inMemory()) {
            TestImports.load(store, "yjs-offences", records());
            Result r = new YouthJustice().run(store, SNA);
            Table byType = r.table("by_type");
            for (Map<String, String> row : PublishedTables.sna2025("yjs_offences").rows()) {
                assertThat(byType.find(row.get("offence_type"), row.get("period")).get(2)).as(row.toString())
                        .isEqualTo(Long.parseLong(row.get("count")));
            }
            assertThat(byType.find("Possess an offensive weapon in a public place", "Total").get(2)).isEqualTo(144L);
            assertThat(byType.find("Total", "2022/23").get(2)).isEqualTo(PublishedTables.check("yjs_offences", "total_2022_23").printedCount());
            assertThat(byType.find("Total", "2023/24").get(2)).isEqualTo(143L);
            assertThat(byType.find("Total", "2024/25").get(2)).isEqualTo(149L);
            assertThat(byType.find("Total", "Total").get(2)).isEqualTo(PublishedTables.check("yjs_offences", "grand_total").printedCount());
            assertThat(byType.rows().get(0).get(0)).as("the largest type first, as printed").isEqualTo("Possess an offensive weapon in a public place");

            Table byArea = r.table("by_area");
            for (Map<String, String> row : PublishedTables.sna2025("yjs_city_county").rows()) {
                assertThat(byArea.find(row.get("area"), row.get("period")).get(2)).as(row.toString()).isEqualTo(Long.parseLong(row.get("count")));
            }
            assertThat(byArea.find("County", "2024/25").get(3)).isEqualTo(new BigDecimal("22.1"));

            List<Object> change = r.table("changes").find("Total");
            assertThat(change.subList(1, 7)).containsExactly("2023/24", "2024/25", 143L, 149L, 6L, new BigDecimal("4.2"));
            assertThat(change.get(change.size() - 1)).isEqualTo("no significant change");

            Result county = new YouthJustice().run(store, SNA.withArea(Area.COUNTY));
            assertThat(county.table("by_type").find("Total", "Total").get(2)).isEqualTo(43L + 38 + 33);
        }
    }

    @Test
    void offences_by_sex_and_age_and_the_male_share() {
        try (Store store = Store.inMemory()) {
            TestImports.load(store, "yjs-offences", """
                    offence_date,offence_type,age,sex
                    2024-05-01,Assault by beating,16,M
                    2024-06-01,Assault by beating,16,M
                    2024-07-01,Robbery/attempt,15,F
                    2024-08-01,Robbery/attempt,,
                    """);
            Result r = new YouthJustice().run(store, Scope.of(null, Period.parse("FY2024")));
            assertThat(r.table("by_sex").find("Male", "2024/25")).containsExactly("Male", "2024/25", 2L, new BigDecimal("50.0"));
            assertThat(r.table("by_sex").find("Not known", "2024/25").get(2)).isEqualTo(1L);
            assertThat(r.table("by_age").rows().stream().map(row -> row.get(0)).distinct().toList())
                    .containsExactly("15", "16", "Not known", "Total");
            assertThat(r.figure("male_pct_of_recorded")).isEqualTo(new BigDecimal("66.7"));
        }
    }
}
