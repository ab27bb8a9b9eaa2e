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
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProbationTest {
    /** The §17 cases by district and calendar year, known only by their year as the Probation Service reports them; 63 women in 2024. */
    private static String records() {
        CsvText csv = new CsvText("year", "district_code", "sex", "sentence_type");
        int women2024 = 0;
        for (Map<String, String> row : PublishedTables.sna2025("probation_by_district").rows()) {
            for (long k = 0; k < Long.parseLong(row.get("count")); k++) {
                boolean woman = row.get("period").equals("2024") && women2024 < 63;
                if (woman) women2024++;
                csv.row(row.get("period"), row.get("district"), woman ? "F" : "M", k % 2 == 0 ? "custodial" : "community");
            }
        }
        return csv.toString();
    }

    @Test
    void reproduces_probation_cases_by_district_and_year_680_in_2024_of_whom_91_percent_men() {
        try (Store store = Store.inMemory()) {
            TestImports.load(store, "probation", records());
            Result r = new Probation().run(store, Scope.of(null, Period.parse("CY2022-CY2024")));
            Table t = r.table("by_district");
            for (Map<String, String> row : PublishedTables.sna2025("probation_by_district").rows()) {
                assertThat(t.find(row.get("district"), row.get("period")).get(2)).as(row.toString()).isEqualTo(Long.parseLong(row.get("count")));
            }
            assertThat(t.find("Total", "2024").get(2)).isEqualTo(PublishedTables.check("probation_by_district", "total_2024").printedCount());
            assertThat(r.table("by_sex").find("Female", "2024").get(2)).isEqualTo(63L);
            // §17: "in 2024, 91% of offenders were male" — 617 of 680 = 90.7%, 91 as a sentence rounds it.
            assertThat(r.figure("male_pct_of_recorded.2024")).isEqualTo(new BigDecimal("90.7"));
            assertThat(r.table("by_sentence").find("Custodial", "2024").get(2)).as("every other case of each district, from the first").isEqualTo(342L);
        }
    }

    @Test
    void cases_known_only_by_their_year_are_not_guessed_into_financial_years_and_the_table_says_how_many() {
        try (Store store = Store.inMemory()) {
            TestImports.load(store, "probation", """
                    case_id,start_date,year,age,age_group,sex
                    P1,2024-02-10,,27,,M
                    P2,,2024,,25-29,M
                    P3,2024-06-01,,61,,F
                    """);
            Result fy = new Probation().run(store, Scope.of(null, Period.parse("FY2023")));
            assertThat(fy.table("by_district").find("Total", "2023/24").get(2)).isEqualTo(1L);
            assertThat(fy.figure("cases_not_placed")).isEqualTo(1L);
            assertThat(fy.notes()).anyMatch(n -> n.startsWith("1 cases known only by their calendar year could not be placed"));
            Result cy = new Probation().run(store, Scope.of(null, Period.parse("CY2024")));
            assertThat(cy.table("by_age_group").find("25-34", "2024").get(2)).isEqualTo(2L);
            assertThat(cy.table("by_age_group").find("55+", "2024").get(2)).isEqualTo(1L);
            assertThat(cy.figure("cases_not_placed")).isEqualTo(0L);
            assertThat(new Probation().defaultPeriod(LocalDate.of(2025, 10, 1)).labels()).containsExactly("2022", "2023", "2024");
        }
    }
}
