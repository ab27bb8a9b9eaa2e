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
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolProximityTest {
    private static final double[][] SCHOOLS = {{430_000, 336_000}, {440_000, 336_000}, {430_800, 336_000}};

    private static Scope scope(String period) {
        return new Scope(TestDefinition.SERIOUS_VIOLENCE, false, Period.parse(period), Area.ALL, Comparison.PREVIOUS, Map.of());
    }

    /** One offence of the small case: when, where, what kind of place, and the victims' ages. */
    record Case(String why, LocalDateTime at, Double e, Double n, String place, int... ages) {}

    private static Store storeWith(List<Case> cases) {
        Store store = Store.inMemory();
        new TestGeography(store).district("E06000015", "Derby").district("E07000032", "Amber Valley")
                .school("S1", "School One", "Primary", SCHOOLS[0][0], SCHOOLS[0][1], "E06000015")
                .school("S2", "School Two", "Secondary", SCHOOLS[1][0], SCHOOLS[1][1], "E07000032")
                .school("S3", "School Three", "Primary", SCHOOLS[2][0], SCHOOLS[2][1], "E06000015");
        Records r = new Records();
        for (Case c : cases) {
            Records.Occ o = r.add().offence("abh").at(c.at()).district(c.e() != null && c.e() >= 435_000 ? "E07000032" : "E06000015")
                    .locationType(c.place());
            if (c.e() != null) o.grid(c.e(), c.n());
            for (int age : c.ages()) o.victim(age);
            o.suspect(30);
        }
        r.load(store);
        return store;
    }

    /** Monday 17 June 2024 at the given time. */
    private static LocalDateTime mon(int h, int m) {
        return LocalDateTime.of(2024, 6, 17, h, m);
    }

    @Test
    void the_boundaries_500_m_08_00_16_00_and_ages_5_and_16_all_count_and_one_step_beyond_does_not() {
        List<Case> cases = List.of(
                new Case("exactly 500 m (300-400-500) at 08:00, age 10", mon(8, 0), 430_300.0, 336_400.0 + 0, "street", 10),
                new Case("500.5 m away", mon(10, 0), 430_000.0, 335_499.5, "street", 10),
                new Case("100 m away at 16:00, age 16", mon(16, 0), 429_900.0, 336_000.0, "open_space", 16),
                new Case("16:01", mon(16, 1), 429_900.0, 336_000.0, "street", 10),
                new Case("07:59", mon(7, 59), 429_900.0, 336_000.0, "street", 10),
                new Case("Saturday", LocalDateTime.of(2024, 6, 22, 10, 0), 429_900.0, 336_000.0, "street", 10),
                new Case("age 17: not school age", mon(10, 0), 429_900.0, 336_000.0, "street", 17),
                new Case("age 4: not school age", mon(10, 0), 429_900.0, 336_000.0, "street", 4),
                new Case("age 5", mon(10, 0), 429_900.0, 336_000.0, "street", 5),
                new Case("two school-age victims: counted once", mon(11, 0), 429_950.0, 336_000.0, "street", 10, 12),
                new Case("a dwelling 100 m away is not 'nearby'", mon(12, 0), 429_900.0, 336_000.0, "dwelling", 10),
                new Case("at an education establishment", LocalDateTime.of(2024, 6, 18, 9, 0), 440_050.0, 336_000.0, "education", 14),
                new Case("education, no school within 500 m", LocalDateTime.of(2024, 6, 19, 9, 0), 450_000.0, 336_000.0, "education", 14),
                new Case("street, no coordinates", mon(12, 0), null, null, "street", 10),
                new Case("no victim at all", mon(12, 0), 429_900.0, 336_000.0, "street"));
        try (Store store = storeWith(cases)) {
            Result r = new SchoolProximity().run(store, scope("FY2024"));
            Table periods = r.table("by_period");
            // School-age victims: every case but the ages 17 and 4 and the one with no victim = 12.
            // At or near: 500 m, 16:00/16, age 5, two victims (4 nearby) + 2 at an education establishment = 6.
            assertThat(periods.find("2024/25")).containsExactly("2024/25", 12L, 6L, new BigDecimal("50.0"));
            Table split = r.table("location_split");
            assertThat(split.find("2024/25", "at school")).containsExactly("2024/25", "at school", 2L, new BigDecimal("33.3"));
            assertThat(split.find("2024/25", "nearby school")).containsExactly("2024/25", "nearby school", 4L, new BigDecimal("66.7"));
            Table schools = r.table("schools");
            assertThat(schools.rows().get(0)).containsExactly(1L, "S1", "School One", "Primary", "Derby", 0L, 4L, 4L);
            assertThat(schools.rows().get(1)).containsExactly(2L, "S2", "School Two", "Secondary", "Amber Valley", 1L, 0L, 1L);
            assertThat(schools.rows()).hasSize(2);
            Table districts = r.table("by_district");
            assertThat(districts.find("Derby", "2024/25")).containsExactly("Derby", "2024/25", 4L);
            assertThat(districts.find("Amber Valley", "2024/25")).containsExactly("Amber Valley", "2024/25", 2L);
            assertThat(r.notes()).anyMatch(n -> n.startsWith("1 offences at an education establishment had no school within 500 m"));
            assertThat(periods.notes()).anyMatch(n -> n.startsWith("1 offences in the window at a street or open space have no coordinates"));
            assertThat(r.notes()).anyMatch(n -> n.contains("from 08:00 to 16:00 (both times included"));
        }
    }

    @Test
    void agrees_with_a_brute_force_check_of_every_offence_against_every_school() {
        Random rnd = new Random(2024);
        String[] places = {"street", "open_space", "dwelling", "education", "retail"};
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double[] s = SCHOOLS[rnd.nextInt(SCHOOLS.length)];
            double e, n;
            if (i % 5 == 0) {            // exactly 500 m from a school
                e = s[0] + (rnd.nextBoolean() ? 300 : -300);
                n = s[1] + (rnd.nextBoolean() ? 400 : -400);
            } else {
                e = s[0] - 700 + rnd.nextInt(1400);
                n = s[1] - 700 + rnd.nextInt(1400);
            }
            LocalDateTime at = LocalDateTime.of(2024, 6, 3, 0, 0).plusDays(rnd.nextInt(14))
                    .plusMinutes(6 * 60 + 15L * rnd.nextInt(49));      // 06:00 to 18:00 on the quarter hour
            int age = 3 + rnd.nextInt(16);
            cases.add(new Case("random " + i, at, e, n, places[rnd.nextInt(places.length)], age));
        }
        long expectedVictims = 0, expectedAt = 0, expectedNearby = 0;
        long[] perSchool = new long[SCHOOLS.length];
        for (Case c : cases) {
            if (c.ages()[0] < 5 || c.ages()[0] > 16) continue;
            expectedVictims++;
            DayOfWeek d = c.at().getDayOfWeek();
            LocalTime t = c.at().toLocalTime();
            boolean window = d.getValue() <= 5 && !t.isBefore(LocalTime.of(8, 0)) && !t.isAfter(LocalTime.of(16, 0));
            int nearest = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int s = 0; s < SCHOOLS.length; s++) {
                double dist = Math.sqrt(Math.pow(SCHOOLS[s][0] - c.e(), 2) + Math.pow(SCHOOLS[s][1] - c.n(), 2));
                if (dist <= 500 && dist < best) {
                    best = dist;
                    nearest = s;
                }
            }
            if (!window) continue;
            if (c.place().equals("education")) {
                expectedAt++;
                if (nearest >= 0) perSchool[nearest]++;
            } else if ((c.place().equals("street") || c.place().equals("open_space")) && nearest >= 0) {
                expectedNearby++;
                perSchool[nearest]++;
            }
        }
        try (Store store = storeWith(cases)) {
            Result r = new SchoolProximity().run(store, scope("FY2024"));
            assertThat(r.table("by_period").find("2024/25")).startsWith("2024/25", expectedVictims, expectedAt + expectedNearby);
            assertThat(r.table("location_split").find("2024/25", "at school").get(2)).isEqualTo(expectedAt);
            Table schools = r.table("schools");
            for (int s = 0; s < SCHOOLS.length; s++) {
                String urn = "S" + (s + 1);
                List<Object> row = schools.rows().stream().filter(x -> x.get(1).equals(urn)).findFirst().orElse(null);
                assertThat(row == null ? 0L : row.get(7)).as("school S" + (s + 1)).isEqualTo(perSchool[s]);
            }
            assertThat(expectedNearby).isGreaterThan(20);
        }
    }

    @Test
    void police_uk_data_gets_only_the_spatial_part_and_says_plainly_what_cannot_be_computed() {
        try (Store store = Store.inMemory()) {
            Result r = new SchoolProximity().run(store, new Scope(svo.definitions.DefinitionRegistry.standard().resolve("police-uk-sv-upper", false),
                    false, Period.parse("YE2021-12"), Area.ALL, Comparison.PREVIOUS, Map.of()));
            assertThat(r.tables()).extracting(Table::id).containsExactly("near_schools_any_time", "near_schools_any_time_by_district", "schools");
            assertThat(r.table("near_schools_any_time").title()).startsWith("Spatial part only");
            assertThat(r.notes()).anyMatch(n -> n.contains("police.uk data has no day, time of day or victim age")
                    && n.contains("not comparable with the SNA"));
        }
    }
}
