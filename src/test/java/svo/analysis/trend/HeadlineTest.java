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

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineTest {
    private static Store store;
    private static Result result;

    @BeforeAll
    static void load() {
        store = Store.inMemory();
        SnaRecords.seriousViolence(new Records()).load(store);
        result = new Headline(TestDefinitions.lookup()).run(store, Scope.of(TestDefinitions.get("svb-2024"), Period.parse("FY2022-FY2024")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void serious_violence_fell_by_14_percent_from_2523_to_2179() {
        Table t = result.table("headline");
        assertThat(t.find("Serious violence")).containsExactly("Serious violence", "2023/24", 2523L, "2024/25", 2179L, -344L,
                new BigDecimal("-13.6"), "down", "Compared with 2023/24, serious violence fell by 14% (2,523 to 2,179).");
        assertThat(result.figure("serious_violence_change_pct_whole")).isEqualTo(new BigDecimal("-14"));
        assertThat(PublishedTables.check("headline_figures", "sv_reduction_pct").printed()).isEqualByComparingTo("14");
    }

    /** The SNA calls the fall from 691 to 644 a 7% reduction; it is, and the product adds that it may be chance. */
    @Test
    void knife_crime_fell_by_7_percent_from_691_to_644_which_is_within_chance() {
        Table t = result.table("headline");
        assertThat(t.find("Knife crime")).contains(691L, 644L, -47L, new BigDecimal("-6.8"), "no significant change");
        assertThat(result.figure("knife_crime_change_pct_whole")).isEqualTo(new BigDecimal("-7"));
        assertThat(result.figure("knife_crime_sentence")).isEqualTo("Compared with 2023/24, knife crime fell by 7% (691 to 644).");
    }

    /** checks.csv homicides_2024_25: the text says five homicides, the §3.2 table six; the product counts records (six). */
    @Test
    void counts_six_homicides_in_2024_25_two_with_a_knife_as_the_table_not_the_text_says() {
        assertThat(result.figure("homicides")).isEqualTo(6L);
        assertThat(result.figure("knife_homicides")).isEqualTo(2L);
        assertThat(PublishedTables.check("headline_figures", "homicides_2024_25").consistent()).isFalse();
    }

    @Test
    void around_200_offences_a_month_over_the_three_years() {
        assertThat(result.figure("months")).isEqualTo(36);
        assertThat(result.figure("average_per_month")).isEqualTo(new BigDecimal("199.6"));
        assertThat(result.figure("average_per_month_whole")).isEqualTo(new BigDecimal("200"));
    }
}
