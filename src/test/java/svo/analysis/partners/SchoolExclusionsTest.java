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
import svo.testing.TestImports;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolExclusionsTest {
    private static final Scope SNA = Scope.of(null, Period.parse("FY2022-FY2024"));

    @Test
    void reproduces_the_top_five_reasons_for_derbyshire_county_exclusions_and_suspensions_with_their_shares() {
        // §17.1 prints shares only (period not stated): 1,000 county exclusions with the printed shares give
        // 529, 171, 121, 53 and 31; the other 95 (9.5%) have four other reasons, each rarer than the fifth.
        CsvText csv = new CsvText("academic_year", "la_name", "la_code", "exclusion_type", "reason", "count");
        for (Map<String, String> row : PublishedTables.sna2025("exclusion_reasons_county").rows()) {
            long n = new BigDecimal(row.get("share_pct")).multiply(BigDecimal.TEN).longValueExact();
            csv.row("2023/24", "Derbyshire", "E10000007", "suspension", row.get("reason"), n - 2);
            csv.row("2023/24", "Derbyshire", "E10000007", "permanent_exclusion", row.get("reason"), 2);
        }
        csv.row("2023/24", "Derbyshire", "E10000007", "suspension", "Damage", 30);
        csv.row("2023/24", "Derbyshire", "E10000007", "suspension", "Drug and alcohol related", 30);
        csv.row("2023/24", "Derbyshire", "E10000007", "suspension", "Bullying", 30);
        csv.row("2023/24", "Derbyshire", "E10000007", "suspension", "Theft", 5);
        csv.row("2023/24", "Derby", "E06000015", "suspension", "Bullying", 400);
        try (Store store = Store.inMemory()) {
            TestImports.load(store, "school-exclusions", csv.toString());
            Result r = new SchoolExclusions().run(store, SNA);
            Table top = r.table("top_reasons");
            for (Map<String, String> row : PublishedTables.sna2025("exclusion_reasons_county").rows()) {
                assertThat(top.find("Derbyshire", row.get("rank"))).as(row.toString())
                        .containsExactly("Derbyshire", row.get("rank"), row.get("reason"),
                                new BigDecimal(row.get("share_pct")).multiply(BigDecimal.TEN).longValueExact(), new BigDecimal(row.get("share_pct")));
            }
            assertThat(top.find("Derbyshire", null, "Other reasons")).containsExactly("Derbyshire", null, "Other reasons", 95L, new BigDecimal("9.5"));
            assertThat(top.find("Derby", "1")).containsExactly("Derby", "1", "Bullying", 400L, new BigDecimal("100.0"));
            assertThat(r.table("by_year").find("Derbyshire", "Permanent exclusion", "2023/24").get(3)).isEqualTo(10L);
            assertThat(r.table("by_year").find("Derbyshire", "Suspension", "2023/24").get(3)).isEqualTo(990L);
            Result city = new SchoolExclusions().run(store, SNA.withArea(Area.CITY));
            assertThat(city.table("by_year").rows()).allSatisfy(row -> assertThat(row.get(0)).isEqualTo("Derby"));
        }
    }

    @Test
    void events_and_academic_years_fall_in_the_financial_year_that_holds_their_middle() {
        try (Store store = Store.inMemory()) {
            TestImports.load(store, "school-exclusions", """
                    academic_year,la_name,area,exclusion_type,phase,event_date
                    2022/23,Derby,city,suspension,secondary,2022-10-03
                    2023/24,Derby,city,suspension,secondary,2024-07-01
                    2023/24,Derby,city,permanent_exclusion,primary,
                    2024/25,Derby,city,suspension,PRU,
                    """);
            Result r = new SchoolExclusions().run(store, Scope.of(null, Period.parse("FY2023")));
            assertThat(r.table("by_year").rows()).extracting(row -> row.get(2)).containsOnly("2023/24");
            assertThat(r.table("by_phase").find("Derby", "Permanent exclusion", "Primary", "2023/24").get(4)).isEqualTo(1L);
            assertThat(r.table("top_reasons").rows()).isEmpty();
        }
    }
}
