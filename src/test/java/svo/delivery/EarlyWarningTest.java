package svo.delivery;

import org.junit.jupiter.api.Test;
import svo.BadInputException;
import svo.definitions.DefinitionRegistry;
import svo.store.Store;
import svo.testing.Records;
import svo.testing.TestGeography;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The early warning on generated monthly counts shaped like Derby and Derbyshire's serious violence (about 190 a
 * month over nine districts, four offence types and four victim age groups): it sees an injected rise in the month it
 * starts, and a flat series of the same size raises no flag in at least 95% of seeded runs.
 */
class EarlyWarningTest {
    static final YearMonth FIRST = YearMonth.of(2021, 4);
    static final int MONTHS = 60;
    static final YearMonth LAST = FIRST.plusMonths(MONTHS - 1);
    static final Map<String, Double> DISTRICTS = new LinkedHashMap<>();
    static final Map<String, Double> OFFENCES = new LinkedHashMap<>();
    static final Map<String, Double> AGES = new LinkedHashMap<>();
    static final double PER_MONTH = 190;

    static {
        OFFENCES.put("Violence with injury", 0.36);
        OFFENCES.put("Robbery", 0.25);
        OFFENCES.put("Possession of weapons", 0.385);
        OFFENCES.put("Homicide", 0.005);
        AGES.put("0-17", 0.2);
        AGES.put("18-24", 0.2);
        AGES.put("25+", 0.35);
        AGES.put("no victim age", 0.25);
        DISTRICTS.put("Derby", 0.45);
        for (String d : List.of("Amber Valley", "Bolsover", "Chesterfield", "Derbyshire Dales", "Erewash", "High Peak",
                "North East Derbyshire", "South Derbyshire")) {
            DISTRICTS.put(d, 0.55 / 8);
        }
    }

    /** Monthly Poisson counts per cell; {@code season} scales July; {@code rise} multiplies Derby robbery from {@code from}. */
    static EarlyWarning.Cube generate(long seed, double season, YearMonth riseFrom, double rise) {
        return generate(seed, season, riseFrom, rise, 0);
    }

    /** As above, plus {@code extra} robberies in Derby (victims aged 18-24) in every month from {@code riseFrom}. */
    static EarlyWarning.Cube generate(long seed, double season, YearMonth riseFrom, double rise, int extra) {
        Random rng = new Random(seed);
        EarlyWarning.Cube cube = new EarlyWarning.Cube(FIRST, MONTHS);
        cube.dataEnd(LAST.atEndOfMonth());
        for (int t = 0; t < MONTHS; t++) {
            YearMonth m = FIRST.plusMonths(t);
            double s = m.getMonthValue() == 7 ? season : 1.0;
            for (var d : DISTRICTS.entrySet()) {
                for (var o : OFFENCES.entrySet()) {
                    for (var a : AGES.entrySet()) {
                        double mean = PER_MONTH * d.getValue() * o.getValue() * a.getValue() * s;
                        if (riseFrom != null && !m.isBefore(riseFrom) && d.getKey().equals("Derby") && o.getKey().equals("Robbery")) {
                            mean *= rise;
                        }
                        long n = poisson(rng, mean);
                        if (riseFrom != null && !m.isBefore(riseFrom) && d.getKey().equals("Derby") && o.getKey().equals("Robbery")
                                && a.getKey().equals("18-24")) {
                            n += extra;
                        }
                        if (n > 0) cube.add(d.getKey(), o.getKey(), a.getKey(), m, n);
                    }
                }
            }
        }
        return cube;
    }

    static long poisson(Random rng, double mean) {
        double limit = Math.exp(-mean), p = 1;
        long k = 0;
        do {
            k++;
            p *= rng.nextDouble();
        } while (p > limit);
        return k - 1;
    }

    static boolean derbyRobbery(EarlyWarning.Signal s) {
        return s.cell().district().equals("Derby") && s.cell().offence().equals("Robbery") && s.cell().age().equals(EarlyWarning.ALL);
    }

    @Test
    void an_injected_rise_in_one_districts_robbery_is_flagged_in_the_month_it_starts() {
        // About 21 robberies a month in Derby; 30 more in the last month, all with victims aged 18-24.
        for (long seed = 1; seed <= 20; seed++) {
            EarlyWarning.Cube cube = generate(seed, 1.0, LAST, 1.0, 30);
            EarlyWarning.Assessment start = EarlyWarning.assess(cube, LAST, "test");
            assertThat(start.flagged()).as("seed " + seed).anySatisfy(s -> {
                assertThat(derbyRobbery(s)).isTrue();
                assertThat(s.aboveLimit()).isTrue();
                assertThat(s.observed()).isGreaterThan(s.upperLimit());
                assertThat(s.ratioLow()).as("the rise's interval excludes no change").isGreaterThan(1.0);
            });
            EarlyWarning.Assessment before = EarlyWarning.assess(cube, LAST.minusMonths(1), "test");
            assertThat(before.flagged()).as("seed " + seed + ": nothing before the rise").noneMatch(EarlyWarningTest::derbyRobbery);
        }
    }

    @Test
    void a_flat_series_of_the_same_size_raises_no_flag_in_at_least_95_percent_of_200_seeded_runs() {
        int withFlag = 0;
        int cells = 0;
        for (long seed = 1000; seed < 1200; seed++) {
            EarlyWarning.Assessment a = EarlyWarning.assess(generate(seed, 1.0, null, 1.0), LAST, "test");
            if (!a.flagged().isEmpty()) withFlag++;
            cells = a.cellsTested();
        }
        assertThat(cells).as("district x offence x age cells and their totals").isGreaterThan(200);
        assertThat(withFlag).as("runs with any flag among 200").isLessThanOrEqualTo(10);
    }

    @Test
    void a_july_peak_that_comes_every_year_is_expected_and_not_flagged() {
        int withFlag = 0;
        YearMonth july = YearMonth.of(2025, 7);
        for (long seed = 2000; seed < 2200; seed++) {
            EarlyWarning.Cube cube = generate(seed, 1.5, null, 1.0);
            EarlyWarning.Assessment a = EarlyWarning.assess(cube, july, "test");
            if (!a.flagged().isEmpty()) withFlag++;
        }
        assertThat(withFlag).as("Julys with any flag among 200, with July 50% busier every year").isLessThanOrEqualTo(10);
    }

    @Test
    void a_doubling_of_one_districts_robbery_is_flagged_in_its_first_month_in_most_runs() {
        int detected = 0;
        for (long seed = 3000; seed < 3100; seed++) {
            EarlyWarning.Assessment a = EarlyWarning.assess(generate(seed, 1.0, LAST, 2.0), LAST, "test");
            if (a.flagged().stream().anyMatch(EarlyWarningTest::derbyRobbery)) detected++;
        }
        // About 21 robberies a month in Derby: doubling to about 42 is seen in its first month in about half the runs
        // (measured: 52 of 100); the rest are caught by the sustained-rise test as the rise continues.
        assertThat(detected).isGreaterThanOrEqualTo(40);
    }

    @Test
    void a_rise_that_builds_over_three_months_is_flagged_as_sustained() {
        int sustained = 0;
        for (long seed = 4000; seed < 4050; seed++) {
            EarlyWarning.Assessment a = EarlyWarning.assess(generate(seed, 1.0, LAST.minusMonths(2), 1.75), LAST, "test");
            if (a.flagged().stream().anyMatch(s -> derbyRobbery(s) && s.sustainedRise())) sustained++;
        }
        // Measured: 37 of 50. A 75% rise in a cell of about 21 a month is too small to flag in any one month.
        assertThat(sustained).as("runs among 50 where a 75% rise held for three months is flagged as sustained").isGreaterThanOrEqualTo(30);
    }

    @Test
    void counts_come_from_the_records_by_district_offence_and_youngest_victim() {
        try (Store store = Store.inMemory()) {
            TestGeography.districts(store);
            Records r = new Records();
            // Three years of one robbery a month in Chesterfield with a 30-year-old victim, then a December with six
            // robberies of teenagers.
            for (YearMonth m = YearMonth.of(2023, 1); m.isBefore(YearMonth.of(2025, 12)); m = m.plusMonths(1)) {
                YearMonth month = m;
                r.add().offence("robbery_personal").on(month.atDay(10)).district("Chesterfield").victim(30).suspect(31);
            }
            r.times(6, o -> o.offence("robbery_personal").on(LocalDate.of(2025, 12, 5)).district("Chesterfield").victim(15).victim(40));
            r.load(store);
            EarlyWarning.Cube cube = EarlyWarning.load(store, DefinitionRegistry.standard().resolve("svb-2024", false), YearMonth.of(2025, 12));
            EarlyWarning.Assessment a = EarlyWarning.assess(cube, YearMonth.of(2025, 12), "svb-2024 v1.0");
            EarlyWarning.Signal teen = a.signals().stream().filter(s -> s.districtName().equals("Chesterfield")
                    && s.cell().offence().equals("Robbery") && s.cell().age().equals("0-17")).findFirst().orElseThrow();
            assertThat(teen.observed()).isEqualTo(6);
            assertThat(teen.expected()).isZero();
            assertThat(teen.flagged()).isTrue();
            EarlyWarning.Signal all = a.signals().stream().filter(s -> s.districtName().equals("Chesterfield")
                    && s.cell().offence().equals("Robbery") && s.cell().age().equals(EarlyWarning.ALL)).findFirst().orElseThrow();
            assertThat(all.observed()).isEqualTo(6);
            assertThat(all.expected()).as("one a month for the last 12 months; under three years of records, no season")
                    .isEqualTo(1.0);
            assertThat(a.notes()).anyMatch(n -> n.contains("no seasonal adjustment"));
            assertThat(EarlyWarning.table(a, false).rows()).isNotEmpty();
        }
    }

    @Test
    void a_month_the_records_do_not_reach_is_refused_with_the_day_they_end() {
        EarlyWarning.Cube cube = generate(1, 1.0, null, 1.0);
        cube.dataEnd(LocalDate.of(2026, 2, 14));
        assertThatThrownBy(() -> EarlyWarning.assess(cube, YearMonth.of(2026, 3), "test")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("The records end on 2026-02-14");
        assertThat(EarlyWarning.assess(cube, YearMonth.of(2026, 2), "test").notes()).anyMatch(n -> n.contains("incomplete"));
    }
}
