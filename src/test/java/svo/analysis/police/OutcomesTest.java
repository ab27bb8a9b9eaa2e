package svo.analysis.police;

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

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomesTest {
    private static final String[] SMALLER = {"Prosecution time limit expired", "Suspect too ill to prosecute", "Offender died"};
    private static Store store;
    private static Result result;

    /**
     * §11 as records over five years: each printed count of positive, other and not-yet-complete outcomes; the
     * "other" ones carry the five printed other-outcome types, and what is left of the other outcomes is split over
     * three smaller types so that the printed five stay the top five. (checks.csv: the three types add up to 2,180
     * in 2024/25 against §3.2's 2,179; the records follow this table.)
     */
    @BeforeAll
    static void load() {
        store = Store.inMemory();
        Records r = new Records();
        var outcomes = PublishedTables.sna2025("outcomes");
        var top = PublishedTables.sna2025("other_outcomes_top5");
        for (String period : outcomes.distinct("period")) {
            LocalDate day = PublishedTables.span(period).start().plusDays(30);
            r.times((int) outcomes.where("outcome_type", "Positive outcome").where("period", period).value("count"),
                    o -> o.offence("robbery_personal").on(day).outcome("positive", "Charged/summonsed").victim(30).suspect(30));
            r.times((int) outcomes.where("outcome_type", "Not yet complete").where("period", period).value("count"),
                    o -> o.offence("robbery_personal").on(day).outcome("open", "Under investigation").victim(30).suspect(30));
            long others = outcomes.where("outcome_type", "Other outcome").where("period", period).value("count");
            for (var row : top.where("period", period).rows()) {
                r.times(Integer.parseInt(row.get("count")), o -> o.offence("robbery_personal").on(day).outcome("other", row.get("outcome_type"))
                        .victim(30).suspect(30));
                others -= Integer.parseInt(row.get("count"));
            }
            for (int i = 0; i < others; i++) {
                String type = SMALLER[i % SMALLER.length];
                r.add().offence("robbery_personal").on(day).outcome("other", type).victim(30).suspect(30);
            }
        }
        r.load(store);
        result = new Outcomes().run(store, Scope.of(TestDefinitions.get("svb-2024"), Period.parse("FY2020-FY2024")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void reproduces_positive_other_and_not_yet_complete_per_year() {
        Table t = result.table("by_year");
        for (var row : PublishedTables.sna2025("outcomes").rows()) {
            assertThat(t.find(row.get("outcome_type"), row.get("period")).get(2)).as(row.toString()).isEqualTo(Long.parseLong(row.get("count")));
        }
        assertThat(t.find("Not recorded")).isNull();
    }

    @Test
    void the_percent_positive_is_23_9_in_2024_25_and_as_printed_in_every_year() {
        Table t = result.table("positive");
        assertThat(t.find("2024/25")).containsExactly("2024/25", 522L, 2180L, new BigDecimal("23.9"));
        for (var row : PublishedTables.sna2025("outcomes_positive_pct").rows()) {
            assertThat(t.find(row.get("period")).get(3)).as(row.toString()).isEqualTo(new BigDecimal(row.get("positive_pct")));
        }
    }

    /** The text says the % positive falls "year on year"; 2023/24 (25.5) is above 2022/23 (25.4). The product says what each change is. */
    @Test
    void marks_the_fall_in_the_percent_positive_against_the_previous_year() {
        assertThat(result.table("positive_change").find("% positive")).contains("2023/24", "2024/25", new BigDecimal("25.5"),
                new BigDecimal("23.9"), new BigDecimal("-1.6"), "no significant change");
    }

    @Test
    void lists_the_published_top_five_other_outcome_types_in_order() {
        Table t = result.table("top_other");
        assertThat(t.find(1L, "Investigation complete, no suspect identified", "2024/25").get(3)).isEqualTo(551L);
        assertThat(t.find(5L, "CPS - name suspect, victim supports but evidential difficulties", "2020/21").get(3)).isEqualTo(79L);
        for (var row : PublishedTables.sna2025("other_outcomes_top5").rows()) {
            assertThat(t.rows()).as(row.toString()).anyMatch(r -> r.get(1).equals(row.get("outcome_type")) && r.get(2).equals(row.get("period"))
                    && r.get(3).equals(Long.parseLong(row.get("count"))));
        }
        assertThat(t.rows()).hasSize(25);
    }
}
