package svo.analysis.health;

import org.junit.jupiter.api.Test;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.ingest.partners.PartnerCodes;
import svo.store.Store;
import svo.testing.CsvText;
import svo.testing.PublishedTables;
import svo.testing.PublishedTables.Fixture;
import svo.testing.TestImports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EdAttendancesTest {
    private static final Scope SNA = Scope.of(null, Period.parse("FY2022-FY2024"));
    private static final String[] COLUMNS = {"hospital", "arrival", "assault_method", "age", "location_category"};

    @Test
    void reproduces_the_royal_derby_assault_method_tables_fist_1010_of_2074_is_48_7_percent_and_the_0_to_17_table() {
        Fixture methods = PublishedTables.sna2025("rdh_assault_method");
        CsvText csv = new CsvText(COLUMNS);
        int i = 0;
        for (Map<String, String> row : methods.where("age_group", "All ages").rows()) {
            String method = row.get("assault_method");
            long all = Long.parseLong(row.get("count"));
            Fixture child = methods.where("age_group", "0-17").where("assault_method", method);
            long children = child.size() == 0 ? 0 : child.value("count");
            for (long k = 0; k < all; k++) csv.row("Royal Derby Hospital", arrival(i++), method, k < children ? 15 : 30, null);
        }
        // 2,409 attendances, of which 2,074 have a recorded method (§13.1): the other 335 have none.
        while (csv.rows() < 2409) csv.row("RDH", arrival(i++), null, 40, null);
        try (Store store = Store.inMemory()) {
            TestImports.load(store, "ed-attendances", csv.toString());
            Result r = new EdAttendances().run(store, SNA);
            Table t = r.table("method");
            for (Map<String, String> row : methods.rows()) {
                String cohort = row.get("age_group").equals("All ages") ? EdAttendances.ALL_AGES : EdAttendances.UNDER_18;
                String label = PartnerCodes.ASSAULT_METHOD.label(PartnerCodes.ASSAULT_METHOD.code(row.get("assault_method")));
                List<Object> printed = t.find("Royal Derby Hospital", cohort, label);
                assertThat(printed).as(cohort + " " + label).isNotNull();
                assertThat(printed.get(4)).as(cohort + " " + label + " count").isEqualTo(Long.parseLong(row.get("count")));
                assertThat(printed.get(5)).as(cohort + " " + label + " %").isEqualTo(new BigDecimal(row.get("share_pct")));
            }
            assertThat(t.find("Royal Derby Hospital", EdAttendances.ALL_AGES, "Total").get(4)).isEqualTo(2074L);
            assertThat(t.find("Royal Derby Hospital", EdAttendances.UNDER_18, "Total").get(4)).isEqualTo(335L);
            assertThat(r.figure("RDH.fist_pct")).isEqualTo(new BigDecimal("48.7"));
            assertThat(r.figure("RDH.under_18.fist_pct")).isEqualTo(new BigDecimal("55.8"));
            assertThat(r.figure("RDH.attendances")).isEqualTo(2409L);
            // The text's 82.3% body part is 1,708 of 2,074 (fist, feet, head, combination, pushed, other) = 82.35%,
            // which the SNA truncates; the product rounds half-up.
            assertThat(r.figure("RDH.body_part_pct")).isEqualTo(new BigDecimal("82.4"));
            assertThat(r.table("primary_method").find("Royal Derby Hospital", EdAttendances.ALL_AGES, "Not recorded").get(3)).isEqualTo(335L);
        }
    }

    @Test
    void reproduces_chesterfield_attendances_per_year_578_600_439_and_the_location_table() {
        Fixture years = PublishedTables.sna2025("crh_attendances");
        Fixture locations = PublishedTables.sna2025("crh_assault_location");
        List<String> spread = new java.util.ArrayList<>();
        for (Map<String, String> row : locations.rows()) {
            for (long k = 0; k < Long.parseLong(row.get("count")); k++) spread.add(row.get("location"));
        }
        CsvText csv = new CsvText(COLUMNS);
        int next = 0;
        for (Map<String, String> year : years.rows()) {
            Period.Span fy = PublishedTables.span(year.get("period"));
            int n = Integer.parseInt(year.get("attendances"));
            for (int k = 0; k < n; k++) {
                csv.row("Chesterfield Royal Hospital", PublishedTables.day(fy, k, n).atTime(21, 0), null, 25, spread.get(next++));
            }
        }
        assertThat(next).as("the location table covers the same 1,617 attendances").isEqualTo(spread.size());
        try (Store store = Store.inMemory()) {
            TestImports.load(store, "ed-attendances", csv.toString());
            Result r = new EdAttendances().run(store, SNA);
            Table byYear = r.table("by_year");
            for (Map<String, String> year : years.rows()) {
                List<Object> row = byYear.find("Chesterfield Royal Hospital", year.get("period"));
                assertThat(row.get(2)).isEqualTo(Long.parseLong(year.get("attendances")));
                // The SNA prints the monthly average as a whole number (48, 50, 37); the product keeps one decimal.
                assertThat(((BigDecimal) row.get(3)).setScale(0, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal(year.get("average_per_month")));
            }
            assertThat(byYear.find("Chesterfield Royal Hospital", "2022/23").get(3)).isEqualTo(new BigDecimal("48.2"));
            assertThat(byYear.find("Chesterfield Royal Hospital", "Total").get(2)).isEqualTo(1617L);
            assertThat(byYear.find("Chesterfield Royal Hospital", "Total").get(3)).isEqualTo(new BigDecimal("44.9"));

            List<Object> change = r.table("changes").find("Chesterfield Royal Hospital");
            assertThat(change.subList(1, 5)).containsExactly("2023/24", "2024/25", 600L, 439L);
            assertThat(change.get(change.size() - 1)).as("600 to 439 is beyond chance").isEqualTo("down");

            Table where = r.table("location");
            for (Map<String, String> row : locations.rows()) {
                String label = PartnerCodes.LOCATION_CATEGORY.label(PartnerCodes.LOCATION_CATEGORY.code(row.get("location")));
                List<Object> printed = where.find("Chesterfield Royal Hospital", EdAttendances.ALL_AGES, label);
                assertThat(printed).as(label).isNotNull();
                assertThat(printed.get(3)).as(label).isEqualTo(Long.parseLong(row.get("count")));
                assertThat(printed.get(4)).as(label).isEqualTo(new BigDecimal(row.get("share_pct")));
            }
            assertThat(where.find("Chesterfield Royal Hospital", EdAttendances.ALL_AGES, "Total").get(3)).isEqualTo(1617L);
        }
    }

    @Test
    void friday_to_sunday_and_18_to_04_arrivals_and_0_to_17_assaults_at_school_are_shares_of_the_hospital_attendances() {
        try (Store store = Store.inMemory()) {
            TestImports.load(store, "ed-attendances", """
                    hospital,arrival,age,age_band,location_category
                    RDH,2024-05-03T00:30,15,,School
                    RDH,2024-05-04T18:00,,10-14,Street
                    RDH,2024-05-05T03:59,16,,not_known
                    RDH,2024-05-06T04:00,40,,Street
                    RDH,2024-05-09T17:59,,18-24,Own home
                    RDH,2024-05-10T12:00,,,Street
                    CRH,2024-05-10T19:00,15,,school
                    """);
            Result r = new EdAttendances().run(store, Scope.of(null, Period.parse("FY2024")));
            assertThat(r.table("timing").find("Royal Derby Hospital")).containsExactly("Royal Derby Hospital", 6L, 4L,
                    new BigDecimal("66.7"), 3L, new BigDecimal("50.0"));
            assertThat(r.figure("RDH.under_18_at_educational_establishment_pct")).isEqualTo(new BigDecimal("33.3"));
            assertThat(r.figure("CRH.under_18_at_educational_establishment_pct")).isEqualTo(new BigDecimal("100.0"));
            Table ages = r.table("age_group");
            assertThat(ages.find("Royal Derby Hospital", "10-19").get(2)).isEqualTo(3L);
            assertThat(ages.find("Royal Derby Hospital", "18-24 (as supplied)").get(2)).isEqualTo(1L);
            assertThat(ages.find("Royal Derby Hospital", "Not known").get(2)).isEqualTo(1L);

            Result one = new EdAttendances().run(store, new Scope(null, false, Period.parse("FY2024"), svo.analysis.Area.ALL,
                    svo.analysis.Comparison.PREVIOUS, Map.of("hospital", "chesterfield royal hospital", "age_groups", "0-17,18+")));
            assertThat(one.table("by_year").rows()).hasSize(1);
            assertThat(one.table("age_group").find("Chesterfield Royal Hospital", "0-17").get(2)).isEqualTo(1L);
        }
    }

    @Test
    void health_tables_use_the_nhs_hes_disclosure_rule_in_public_outputs_and_an_empty_store_gives_empty_tables() {
        EdAttendances ed = new EdAttendances();
        assertThat(ed.disclosureRule()).isEqualTo("nhs-hes");
        try (Store store = Store.inMemory()) {
            Result r = ed.run(store, SNA);
            assertThat(r.tables()).allSatisfy(t -> assertThat(t.rows()).isEmpty());
        }
    }

    private static LocalDateTime arrival(int i) {
        Period.Span fy = PublishedTables.span(List.of("2022/23", "2023/24", "2024/25").get(i % 3));
        return PublishedTables.day(fy, (i / 3) % 365, 365).atTime(12 + i % 10, 0);
    }
}
