package svo.analysis.partners;

import org.junit.jupiter.api.Test;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Store;
import svo.testing.CsvText;
import svo.testing.PublishedTables;
import svo.testing.TestImports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NeetTest {
    @Test
    void reproduces_the_neet_table_cohort_neet_and_percentage_for_derby_and_derbyshire() {
        CsvText csv = new CsvText("year", "la_name", "area", "cohort", "neet");
        for (Map<String, String> row : PublishedTables.sna2025("neet").rows()) {
            csv.row(row.get("period"), row.get("area"), row.get("area").equals("Derby") ? "city" : "county", row.get("cohort_size"), row.get("neet"));
        }
        try (Store store = Store.inMemory()) {
            TestImports.load(store, "neet", csv.toString());
            // The SNA's window of financial years 2022/23 to 2024/25 holds the DfE years 2023, 2024 and 2025.
            Result r = new Neet().run(store, Scope.of(null, Period.parse("FY2022-FY2024")));
            Table t = r.table("by_year");
            for (Map<String, String> row : PublishedTables.sna2025("neet").rows()) {
                String check = (row.get("area") + "_" + row.get("period")).toLowerCase() + "_pct";
                BigDecimal exact = new BigDecimal(PublishedTables.check("neet", check).computed());
                BigDecimal printed = new BigDecimal(row.get("neet_pct"));
                BigDecimal ours = (BigDecimal) t.find(row.get("area"), row.get("area").equals("Derby") ? "City" : "County", row.get("period")).get(5);
                assertThat(ours).as(check).isEqualTo(exact.setScale(1, RoundingMode.HALF_UP));
                // The SNA prints two decimals; Derby 2025's 7.91 is one off in the last digit (7.9045), the rest round to ours.
                assertThat(ours).as(check).isEqualTo(printed.setScale(1, RoundingMode.HALF_UP));
                assertThat(t.find(row.get("area"), row.get("area").equals("Derby") ? "City" : "County", row.get("period")).get(3))
                        .isEqualTo(Long.parseLong(row.get("cohort_size")));
            }
            assertThat(t.find("Total", null, "2025")).containsExactly("Total", null, "2025", 24564L, 1848L, new BigDecimal("7.5"), null, null);
            assertThat(r.figure("Derby.2025.neet_pct")).isEqualTo(new BigDecimal("7.9"));
            assertThat(new Neet().run(store, Scope.of(null, Period.parse("FY2024"))).table("by_year").rows())
                    .extracting(row -> row.get(2)).containsOnly("2025");
        }
    }

    @Test
    void reads_activity_not_known_when_a_year_gives_it() {
        try (Store store = Store.inMemory()) {
            TestImports.load(store, "neet", """
                    year,la_name,la_code,area,cohort,neet,not_known
                    2025,Derby,E06000015,city,7034,556,
                    2024,Derby,831,city,6606,271,95
                    """);
            Table t = new Neet().run(store, Scope.of(null, Period.parse("FY2022-FY2024"))).table("by_year");
            assertThat(t.find("Derby", "City", "2024").get(6)).isEqualTo(95L);
            assertThat(t.find("Derby", "City", "2025").get(6)).isNull();
        }
    }
}
