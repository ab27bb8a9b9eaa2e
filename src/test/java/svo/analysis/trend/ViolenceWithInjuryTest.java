package svo.analysis.trend;

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

import static org.assertj.core.api.Assertions.assertThat;

class ViolenceWithInjuryTest {
    private static Store store;
    private static Result result;

    /**
     * Records for §3.2's violence with injury: the three printed types, the rest of the printed violence with injury
     * row (874 / 894 / 764) as knife-enabled "other violence with injury", and the printed ABH table with its
     * cohorts. One domestic-abuse ABH a year is there to be left out (svb-2025 excludes domestic abuse).
     */
    @BeforeAll
    static void load() {
        store = Store.inMemory();
        Records r = new Records();
        var breakdown = PublishedTables.sna2025("vwi_breakdown");
        var vwi = PublishedTables.sna2025("sv_yearly").where("category", "Serious Violence").where("offence_type", "Violence with injury")
                .where("cohort", "all");
        var abh = PublishedTables.sna2025("abh_yearly");
        for (String period : breakdown.distinct("period")) {
            var span = PublishedTables.span(period);
            long shown = 0;
            for (String type : breakdown.distinct("offence_type")) {
                long n = breakdown.where("offence_type", type).where("period", period).value("count");
                shown += n;
                String code = PublishedTables.offenceCode(type, false);
                r.times((int) n, o -> o.offence(code).on(span.start().plusDays(40)).victim(30).suspect(30));
            }
            long rest = vwi.where("period", period).value("count") - shown;
            r.times((int) rest, o -> o.offence("other_violence_with_injury").knife().on(span.start().plusDays(50)).victim(30).suspect(30));
            r.cohorts(abh.where("cohort", "all").where("period", period).value("count"),
                    abh.where("cohort", "victims_18_and_under").where("period", period).value("count"),
                    abh.where("cohort", "suspects_18_and_under").where("period", period).value("count"),
                    o -> o.offence("abh").on(span.start().plusDays(60)));
            r.add().offence("abh").domestic().on(span.start().plusDays(60)).victim(10).suspect(12);
        }
        r.load(store);
        result = new ViolenceWithInjury(TestDefinitions.lookup()).run(store,
                Scope.of(TestDefinitions.get("svb-2024"), Period.parse("FY2022-FY2024")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void reproduces_the_three_main_types_of_violence_with_injury() {
        Table t = result.table("by_offence");
        for (var row : PublishedTables.sna2025("vwi_breakdown").rows()) {
            assertThat(t.find(row.get("offence_type"), row.get("period")).get(2)).as(row.toString())
                    .isEqualTo(Long.parseLong(row.get("count")));
        }
    }

    /**
     * checks.csv: the three printed types add up to 840 / 856 / 716, not the 874 / 894 / 764 of the violence with
     * injury row. The product shows every type, so its total is the violence with injury row.
     */
    @Test
    void shows_every_type_so_the_breakdown_adds_up_to_the_violence_with_injury_row() {
        Table t = result.table("by_offence");
        assertThat(t.find("total", "2022/23").get(2)).isEqualTo(874L);
        assertThat(t.find("total", "2023/24").get(2)).isEqualTo(894L);
        assertThat(t.find("total", "2024/25").get(2)).isEqualTo(764L);
        assertThat(t.find("Other violence with injury", "2024/25").get(2)).isEqualTo(764L - 461 - 162 - 93);
    }

    @Test
    void reproduces_the_abh_table_for_all_ages_and_both_young_cohorts_although_abh_is_outside_svb_2024() {
        Table t = result.table("abh");
        for (var row : PublishedTables.sna2025("abh_yearly").rows()) {
            int col = t.indexOf(row.get("cohort"));
            assertThat(t.find("ABH", row.get("period")).get(col)).as(row.toString()).isEqualTo(Long.parseLong(row.get("count")));
        }
    }

    /** Printed arrows: GBH without intent "up" (143 to 162), ABH "up" (4,389 to 4,733); the test rules on each. */
    @Test
    void marks_the_changes_against_the_previous_year_with_the_significance_test() {
        assertThat(result.table("changes").find("GBH with intent", "all")).contains(612L, 461L, "down");
        assertThat(result.table("changes").find("GBH without intent", "all")).contains(143L, 162L, "no significant change");
        assertThat(result.table("abh_changes").find("ABH", "all")).contains(4389L, 4733L, "up");
    }
}
