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
import svo.testing.SnaRecords;
import svo.testing.TestDefinitions;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CostTest {
    private static Store store;
    private static Result result;

    @BeforeAll
    static void load() {
        store = Store.inMemory();
        SnaRecords.seriousViolence(new Records()).load(store);
        result = new Cost().run(store, Scope.of(TestDefinitions.get("svb-2024"), Period.parse("FY2022-FY2024")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void reproduces_the_published_cost_of_2024_25_and_2023_24() {
        Table t = result.table("cost");
        assertThat(t.find("2024/25", "total").get(4)).isEqualTo(36_096_840L);
        assertThat(t.find("2024/25", "total").get(4))
                .isEqualTo(PublishedTables.check("headline_figures", "estimated_cost_gbp_2024_25").printedCount());
        assertThat(t.find("2023/24", "total").get(4)).isEqualTo(48_753_840L);
        assertThat(t.find("2024/25", "Homicide")).containsExactly("2024/25", "Homicide", 6L, 3_217_740L, 19_306_440L);
        assertThat(t.find("2024/25", "Violence with injury")).containsExactly("2024/25", "Violence with injury", 764L, 14_050L, 10_734_200L);
        assertThat(t.find("2024/25", "Robbery")).containsExactly("2024/25", "Robbery", 535L, 11_320L, 6_056_200L);
    }

    @Test
    void possession_of_weapons_is_listed_as_not_costed_never_as_zero() {
        Table t = result.table("cost");
        assertThat(t.find("2024/25", "Possession of weapons")).containsExactly("2024/25", "Possession of weapons", 874L, null, null);
        assertThat(t.find("2024/25", "total").get(2)).isEqualTo(2179L);
        assertThat(result.notes()).anyMatch(n -> n.contains("Not costed") && n.contains("Possession of weapons"));
    }

    /**
     * The SNA says the cost fell by 25% (£12.6 million); the figures give a fall of £12,657,000 = 25.96%, which the
     * product rounds to 26.0% (26% in a sentence) where the document truncated (checks.csv: cost_reduction_pct,
     * cost_reduction_gbp_million). And the text's "five homicides" would cost £32,879,100: only the table's six
     * reproduce the printed total, so the table is right and the text is not (checks.csv: homicides_2024_25).
     */
    @Test
    void states_the_change_in_cost_rounded_by_the_product_rule_where_the_sna_truncated() {
        assertThat(result.figure("change_gbp")).isEqualTo(-12_657_000L);
        assertThat(result.figure("change_pct")).isEqualTo(new BigDecimal("-26.0"));
        assertThat(result.figure("change_pct_whole")).isEqualTo(new BigDecimal("-26"));
        assertThat(PublishedTables.check("headline_figures", "cost_reduction_pct").printed()).isEqualByComparingTo("25");
        assertThat(result.figure("price_year")).isEqualTo("2015/16");
    }

    @Test
    void costs_each_offence_at_its_own_category_so_rape_and_other_sexual_offences_differ() {
        try (Store s = Store.inMemory()) {
            Records r = new Records();
            r.add().offence("rape").on(LocalDate.of(2024, 6, 1));
            r.add().offence("other_sexual").on(LocalDate.of(2024, 6, 1));
            r.add().offence("drug_trafficking").on(LocalDate.of(2024, 6, 1));
            r.load(s);
            var everything = TestDefinitions.sql("everything", "TRUE");
            Table t = new Cost().run(s, Scope.of(everything, Period.parse("FY2024"))).table("cost");
            assertThat(t.find("2024/25", "Rape")).containsExactly("2024/25", "Rape", 1L, 39_360L, 39_360L);
            assertThat(t.find("2024/25", "Other sexual offences")).containsExactly("2024/25", "Other sexual offences", 1L, 6_520L, 6_520L);
            assertThat(t.find("2024/25", "Drugs")).containsExactly("2024/25", "Drugs", 1L, null, null);
            assertThat(t.find("2024/25", "total")).containsExactly("2024/25", "total", 3L, null, 45_880L);
        }
    }
}
