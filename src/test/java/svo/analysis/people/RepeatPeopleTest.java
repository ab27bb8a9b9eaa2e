package svo.analysis.people;

import org.junit.jupiter.api.Test;
import svo.BadInputException;
import svo.analysis.Area;
import svo.analysis.Comparison;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.definitions.Definition;
import svo.store.Store;
import svo.testing.PublishedTables;
import svo.testing.Records;
import svo.testing.TestDefinitions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepeatPeopleTest {
    static final Definition SVB = TestDefinitions.get("svb-2024");
    static final Period THREE_YEARS = Period.parse("FY2022-FY2024");
    static final String WINDOW = "2022/23 to 2024/25";

    static List<RepeatTableRecords.Column> columns(String table, String noun) {
        return PublishedTables.sna2025(table).rows().stream().map(r -> new RepeatTableRecords.Column(
                r.get("period").replace("-", " to "), Long.parseLong(r.get("occurrences_with_" + noun)),
                Long.parseLong(r.get("individual_" + noun)), Long.parseLong(r.get("repeat_" + noun)),
                Long.parseLong(r.get("repeat_" + noun.substring(0, noun.length() - 1) + "_occurrences")))).toList();
    }

    /**
     * The published serious violence of each year (§3.2: 2,485, 2,523, 2,179 occurrences); the first
     * occurrences of each year get the victims of the §4.4 table, the first ones the suspects of §4.6; the
     * rest have no known person. The top 25 are the §4.4 and §2.4/§4.6 prose figures (107 and 244).
     */
    static Records publishedRepeatTables() {
        var victims = columns("repeat_victims", "victims");
        var suspects = columns("repeat_suspects", "suspects");
        var v = RepeatTableRecords.expand("V", victims.subList(0, 3), victims.get(3), 25, 107);
        var s = RepeatTableRecords.expand("S", suspects.subList(0, 3), suspects.get(3), 25, 244);
        int[] all = {2485, 2523, 2179};
        Records r = new Records();
        for (int y = 0; y < 3; y++) {
            LocalDate start = LocalDate.of(2022 + y, 4, 1);
            for (int i = 0; i < all[y]; i++) {
                var o = r.add().offence(i % 3 == 0 ? "robbery_personal" : "gbh_with_intent").on(start.plusDays(i % 365));
                if (i < v.get(y).size()) o.person("victim", v.get(y).get(i), null, "", "", "");
                if (i < s.get(y).size()) o.person("suspect", s.get(y).get(i), null, "", "", "");
            }
        }
        return r;
    }

    @Test
    void reproduces_the_published_repeat_victim_and_repeat_suspect_tables_including_the_three_year_columns() {
        try (Store store = Store.inMemory()) {
            publishedRepeatTables().load(store);
            Result result = new RepeatPeople().run(store, Scope.of(SVB, THREE_YEARS));
            for (String cohort : List.of("victims", "suspects")) {
                Table t = result.table(cohort);
                var printed = PublishedTables.sna2025("repeat_" + cohort).rows();
                assertThat(t.rows()).hasSize(4);
                for (int i = 0; i < 4; i++) {
                    var p = printed.get(i);
                    String one = cohort.substring(0, cohort.length() - 1);
                    assertThat(t.rows().get(i)).as("%s %s", cohort, p.get("period")).containsExactly(
                            p.get("period").replace("-", " to "),
                            Long.parseLong(p.get("occurrences_with_" + cohort)), Long.parseLong(p.get("individual_" + cohort)),
                            Long.parseLong(p.get("repeat_" + cohort)),
                            t.rows().get(i).get(4),
                            Long.parseLong(p.get("repeat_" + one + "_occurrences")), new BigDecimal(p.get("repeat_" + one + "_occurrences_pct")),
                            t.rows().get(i).get(7));
                }
            }
            // Prose: "The 25 most victimised individuals suffered 107 crimes"; "the top 25 suspects committed 244 crimes".
            assertThat(result.figure("victims_top_occurrences")).isEqualTo(107L);
            assertThat(result.figure("suspects_top_occurrences")).isEqualTo(244L);
            // §2.4 and §4.6: "878 repeat suspects made up 18% of all suspects" (878 of 4,823 = 18.2%).
            assertThat(result.figure("suspects_repeat_people_pct")).isEqualTo(new BigDecimal("18.2"));
            // §4.4 says "560 repeat victims made up 5% of all victims" over the three years; the table says 243, and
            // 243 of 4,509 = 5.4% is the 5% (checks.csv repeat_victims_3yr_text). The product prints 243.
            assertThat(result.figure("victims_repeat_people")).isEqualTo(243L);
            assertThat(result.figure("victims_repeat_people_pct")).isEqualTo(new BigDecimal("5.4"));
        }
    }

    @Test
    void a_person_with_one_occurrence_in_each_of_two_years_repeats_in_the_whole_period_only() {
        Records r = new Records();
        r.add().offence("robbery_personal").on(LocalDate.of(2023, 5, 1)).person("victim", "A", 20, "M", "", "");
        r.add().offence("robbery_personal").on(LocalDate.of(2024, 5, 1)).person("victim", "A", 21, "M", "", "");
        r.add().offence("robbery_personal").on(LocalDate.of(2024, 6, 1)).person("victim", "B", 21, "M", "", "")
                .person("victim", "C", 40, "F", "", "");
        try (Store store = Store.inMemory()) {
            r.load(store);
            Table t = new RepeatPeople().run(store, Scope.of(SVB, Period.parse("FY2023-FY2024"))).table("victims");
            assertThat(t.find("2023/24").subList(1, 4)).containsExactly(1L, 1L, 0L);
            assertThat(t.find("2024/25").subList(1, 4)).containsExactly(2L, 3L, 0L);
            assertThat(t.find("2023/24 to 2024/25").subList(1, 4)).containsExactly(3L, 3L, 1L);
            assertThat(t.find("2023/24 to 2024/25").get(5)).isEqualTo(2L);
        }
    }

    @Test
    void an_occurrence_with_two_repeat_suspects_counts_once_and_suspects_include_offenders() {
        Records r = new Records();
        r.add().offence("gbh_with_intent").person("suspect", "A", 20, "M", "", "").person("offender", "B", 20, "M", "", "");
        r.add().offence("gbh_with_intent").person("offender", "A", 20, "M", "", "");
        r.add().offence("gbh_with_intent").person("suspect", "B", 20, "M", "", "").person("suspect", "B", 20, "M", "", "");
        r.add().offence("abh").person("suspect", "C", 20, "M", "", "");   // outside the definition
        r.add().offence("abh").person("suspect", "C", 20, "M", "", "");
        try (Store store = Store.inMemory()) {
            r.load(store);
            Result result = new RepeatPeople().run(store, Scope.of(SVB, Period.fy(2024)));
            assertThat(result.table("suspects").rows()).hasSize(1);
            assertThat(result.table("suspects").find("2024/25")).containsExactly("2024/25", 3L, 2L, 2L,
                    new BigDecimal("100.0"), 3L, new BigDecimal("100.0"), 4L);
            assertThat(result.table("victims").rows()).isEmpty();
        }
    }

    @Test
    void the_number_of_top_people_is_a_parameter_and_a_bad_one_is_refused() {
        Records r = new Records();
        r.times(3, o -> o.offence("gbh_with_intent").person("victim", "A", 20, "M", "", ""));
        r.times(2, o -> o.offence("gbh_with_intent").person("victim", "B", 20, "M", "", ""));
        r.times(1, o -> o.offence("gbh_with_intent").person("victim", "C", 20, "M", "", ""));
        try (Store store = Store.inMemory()) {
            r.load(store);
            Scope top2 = new Scope(SVB, false, Period.fy(2024), Area.ALL, Comparison.PREVIOUS, Map.of("top", "2"));
            assertThat(new RepeatPeople().run(store, top2).figure("victims_top_occurrences")).isEqualTo(5L);
            Scope bad = new Scope(SVB, false, Period.fy(2024), Area.ALL, Comparison.PREVIOUS, Map.of("top", "many"));
            assertThatThrownBy(() -> new RepeatPeople().run(store, bad)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("\"many\"").hasMessageContaining("whole number");
        }
    }
}
