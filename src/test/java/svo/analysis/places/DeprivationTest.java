package svo.analysis.places;

import org.junit.jupiter.api.Test;
import svo.analysis.Area;
import svo.analysis.Comparison;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Store;
import svo.testing.Records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DeprivationTest {
    @Test
    void rates_by_decile_rate_ratio_and_correlations_match_values_computed_in_r() {
        try (Store store = Store.inMemory()) {
            TestGeography geo = new TestGeography(store).district("E06000015", "Derby");
            Records r = new Records();
            // 20 LSOAs, two per decile: score 60 − 2.5 i (+1 for odd i), population 1000 + 100 (i mod 3),
            // records max(1, 40 − 2i + (i mod 4)). R: cor(score, rate, method = "spearman") = 0.982324251491863,
            // cor(score, rate) = 0.983294236501326, decile 1 vs 10 rate ratio (79/2100)/(11/2100) = 7.18181818.
            for (int i = 0; i < 20; i++) {
                String code = String.format("E0100%04d", i);
                geo.area("lsoa", code, "LSOA " + i, "E06000015", null, null).population(code, 2021, 1000 + 100L * (i % 3))
                        .imd(code, 60 - 2.5 * i + (i % 2), 100 + i, i / 2 + 1);
                r.times(Math.max(1, 40 - 2 * i + (i % 4)), o -> o.offence("abh").on(LocalDate.of(2024, 10, 1)).lsoa(code));
            }
            // An LSOA with records but no population: left out of rates, and said so.
            geo.area("lsoa", "E01009999", "No population", "E06000015", null, null).imd("E01009999", 30.0, 999, 5);
            r.times(9, o -> o.offence("abh").on(LocalDate.of(2024, 10, 1)).lsoa("E01009999"));
            r.load(store);

            Result res = new Deprivation().run(store, new Scope(TestDefinition.SERIOUS_VIOLENCE, false, Period.parse("FY2024"),
                    Area.ALL, Comparison.PREVIOUS, Map.of()));
            Table deciles = res.table("by_decile");
            assertThat(deciles.find(1L)).containsExactly(1L, 2L, 2100L, 79L, new BigDecimal("37.6"));
            assertThat(deciles.find(10L)).containsExactly(10L, 2L, 2100L, 11L, new BigDecimal("5.2"));
            assertThat(deciles.notes()).anyMatch(n -> n.startsWith("1 LSOAs with no population loaded (9 records)"));
            assertThat(deciles.notes()).anyMatch(n -> n.contains("population of 2021"));
            Table corr = res.table("correlation");
            assertThat(corr.rows().get(0).get(1)).isEqualTo(new BigDecimal("0.982"));
            assertThat(corr.rows().get(1).get(1)).isEqualTo(new BigDecimal("0.983"));
            assertThat(corr.rows().get(2)).startsWith("Rate ratio, decile 1 vs decile 10", new BigDecimal("7.18"));
            BigDecimal lower = (BigDecimal) corr.rows().get(0).get(2), upper = (BigDecimal) corr.rows().get(0).get(3);
            assertThat(lower).isLessThan(new BigDecimal("0.982"));
            assertThat(upper).isBetween(new BigDecimal("0.982"), BigDecimal.ONE);
            assertThat(res.figure("spearman_rho")).isEqualTo(new BigDecimal("0.982"));
        }
    }
}
