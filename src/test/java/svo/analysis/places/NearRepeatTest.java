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
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NearRepeatTest {
    @Test
    void the_knox_table_of_stored_occurrences_matches_a_brute_force_count_and_labels_its_bands_exactly() {
        Random rnd = new Random(8);
        int n = 150;
        double[] x = new double[n], y = new double[n];
        LocalDate[] d = new LocalDate[n];
        Records r = new Records();
        for (int i = 0; i < n; i++) {
            x[i] = i > 0 && i % 6 == 0 ? x[i - 1] : 440_000 + rnd.nextInt(1500);
            y[i] = i > 0 && i % 6 == 0 ? y[i - 1] : 335_000 + rnd.nextInt(1500);
            d[i] = LocalDate.of(2024, 4, 1).plusDays(rnd.nextInt(120));
            r.add().offence("robbery_personal").on(d[i]).grid(x[i], y[i]);
        }
        r.add().offence("robbery_personal").on(LocalDate.of(2024, 5, 1));    // no coordinates: left out
        try (Store store = Store.inMemory()) {
            r.load(store);
            Result res = new NearRepeat().run(store, new Scope(TestDefinition.SERIOUS_VIOLENCE, false, Period.parse("FY2024"), Area.ALL,
                    Comparison.PREVIOUS, Map.of("distance_bands", "100;250", "time_bands", "7;30", "permutations", "99", "seed", "42")));
            Table t = res.table("knox");
            long[][] brute = new long[4][3];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dist = Math.hypot(x[i] - x[j], y[i] - y[j]);
                    int db = dist == 0 ? 0 : dist < 100 ? 1 : dist < 250 ? 2 : 3;
                    long days = Math.abs(d[i].toEpochDay() - d[j].toEpochDay());
                    int tb = days < 7 ? 0 : days < 30 ? 1 : 2;
                    brute[db][tb]++;
                }
            }
            String[] dl = {"same location (0 m)", "more than 0 m and under 100 m", "100 m to under 250 m", "250 m or more"};
            String[] tl = {"0 to under 7 days (0–6 days apart)", "7 to under 30 days (7–29 days apart)", "30 days or more"};
            for (int a = 0; a < 4; a++) {
                for (int b = 0; b < 3; b++) {
                    assertThat(t.find(dl[a], tl[b])).as(dl[a] + " / " + tl[b]).isNotNull();
                    assertThat(t.find(dl[a], tl[b]).get(2)).as(dl[a] + " / " + tl[b]).isEqualTo(brute[a][b]);
                    BigDecimal p = (BigDecimal) t.find(dl[a], tl[b]).get(5);
                    assertThat(p).isBetween(new BigDecimal("0.010"), BigDecimal.ONE);
                }
            }
            assertThat(res.figure("events")).isEqualTo(150L);
            assertThat(res.figure("pairs")).isEqualTo(150L * 149 / 2);
            assertThat(t.notes()).anyMatch(s -> s.startsWith("1 offences without coordinates are left out"));
            // Same seed, same answer.
            Result again = new NearRepeat().run(store, new Scope(TestDefinition.SERIOUS_VIOLENCE, false, Period.parse("FY2024"), Area.ALL,
                    Comparison.PREVIOUS, Map.of("distance_bands", "100;250", "time_bands", "7;30", "permutations", "99", "seed", "42", "threads", "1")));
            assertThat(again.table("knox").rows()).isEqualTo(t.rows());
        }
    }
}
