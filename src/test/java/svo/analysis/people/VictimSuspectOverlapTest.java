package svo.analysis.people;

import org.junit.jupiter.api.Test;
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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VictimSuspectOverlapTest {
    static final Definition SVB = TestDefinitions.get("svb-2024");
    static final Period THREE_YEARS = Period.parse("FY2022-FY2024");
    static final String WINDOW = "2022/23 to 2024/25";
    static final int[] BAND_AGE = {20, 30, 50};

    /** Counts for a group of {@code n} whose printed whole-number shares are {@code pcts}, adding up to n. */
    static long[] split(long n, int... pcts) {
        long[] c = new long[pcts.length];
        long sum = 0;
        for (int i = 0; i < c.length; i++) sum += c[i] = Math.round(pcts[i] * n / 100.0);
        for (int i = 0; sum != n && i < 100 * c.length; i++) {
            int b = i % c.length;
            long step = sum < n ? 1 : -1;
            if (whole(c[b] + step, n) == pcts[b]) { c[b] += step; sum += step; }
        }
        assertThat(sum).as("shares %s of %d", List.of(pcts), n).isEqualTo(n);
        return c;
    }

    static long whole(long part, long of) {
        return BigDecimal.valueOf(100 * part).divide(BigDecimal.valueOf(of), 0, RoundingMode.HALF_UP).longValue();
    }

    static int pct(Map<String, String> row, String column) {
        return Integer.parseInt(row.get(column));
    }

    /**
     * The printed people summary as people: everyone of a cohort has one occurrence in that role; the people
     * who were both have one of each, with the same age and sex. {@code bothBands} are the both group's band
     * counts (the printed shares need not add up, see the test).
     */
    static Records build(List<Map<String, String>> printed, long[] bothBands, boolean knife) {
        Map<String, String> v = printed.get(0), s = printed.get(1), b = printed.get(2);
        long nv = Long.parseLong(v.get("people")), ns = Long.parseLong(s.get("people")), nb = Long.parseLong(b.get("people"));
        long[] vb = split(nv, pct(v, "age_up_to_24_pct"), pct(v, "age_25_40_pct"), pct(v, "age_40_plus_pct"));
        long[] sb = split(ns, pct(s, "age_up_to_24_pct"), pct(s, "age_25_40_pct"), pct(s, "age_40_plus_pct"));
        long vm = Math.round(nv * pct(v, "male_pct") / 100.0), sm = Math.round(ns * pct(s, "male_pct") / 100.0),
                bm = Math.round(nb * pct(b, "male_pct") / 100.0);
        Records r = new Records();
        LocalDate day = LocalDate.of(2023, 6, 1);
        int id = 0;
        for (int band = 0; band < 3; band++) {
            for (long i = 0; i < bothBands[band]; i++, id++) {
                String sex = id < bm ? "M" : "F";
                r.add().offence("robbery_personal").knife(knife).on(day).person("victim", "B" + id, BAND_AGE[band], sex, "", "");
                r.add().offence("robbery_personal").knife(knife).on(day).person("suspect", "B" + id, BAND_AGE[band], sex, "", "");
            }
        }
        only(r, "victim", vb, bothBands, vm - bm, day, knife);
        only(r, "suspect", sb, bothBands, sm - bm, day, knife);
        return r;
    }

    private static void only(Records r, String role, long[] bands, long[] both, long males, LocalDate day, boolean knife) {
        long k = 0;
        for (int band = 0; band < 3; band++) {
            for (long i = 0; i < bands[band] - both[band]; i++, k++) {
                r.add().offence("gbh_with_intent").knife(knife).on(day).person(role, null, BAND_AGE[band], k < males ? "M" : "F", "", "");
            }
        }
    }

    static void assertPrinted(Table t, Map<String, String> printed, String cohort, boolean checkMiddleBand) {
        List<Object> row = t.find(WINDOW, cohort);
        assertThat(row.get(2)).isEqualTo(Long.parseLong(printed.get("people")));
        assertThat(((BigDecimal) row.get(4)).setScale(0, RoundingMode.HALF_UP).intValue()).isEqualTo(pct(printed, "age_up_to_24_pct"));
        if (checkMiddleBand) {
            assertThat(((BigDecimal) row.get(6)).setScale(0, RoundingMode.HALF_UP).intValue()).isEqualTo(pct(printed, "age_25_40_pct"));
        }
        assertThat(((BigDecimal) row.get(8)).setScale(0, RoundingMode.HALF_UP).intValue()).isEqualTo(pct(printed, "age_40_plus_pct"));
        assertThat(((BigDecimal) row.get(11)).setScale(0, RoundingMode.HALF_UP).intValue()).isEqualTo(pct(printed, "male_pct"));
    }

    @Test
    void reproduces_the_published_people_summary_of_serious_violence() {
        var printed = PublishedTables.sna2025("sv_people_summary").rows();
        // The both group's printed shares (35% up to 24, 35% 25-40, 21% 40+) add up to 91% (checks.csv
        // victim_and_suspect_age_shares_sum): 9% of the 496 are in no printed band. Every age here is recorded, so
        // the product puts those 44 in 25-39 and prints 44.0% there; the other two bands are as printed.
        long[] both = {174, 174 + 44, 104};
        try (Store store = Store.inMemory()) {
            build(printed, both, false).load(store);
            Result result = new VictimSuspectOverlap().run(store, Scope.of(SVB, THREE_YEARS));
            Table t = result.table("people");
            assertPrinted(t, printed.get(0), "Victims", true);
            assertPrinted(t, printed.get(1), "Suspects", true);
            assertPrinted(t, printed.get(2), "Both victim and suspect", false);
            assertThat(t.find(WINDOW, "Both victim and suspect").get(6)).isEqualTo(new BigDecimal("44.0"));
            assertThat(result.figure("victim_and_suspect")).isEqualTo(496L);
            // §4.1 says 4,821 suspects; the §4.6 repeat table 4,823 for the same three years (checks.csv
            // suspects_vs_repeat_suspects_table). Built from §4.1, the product says 4,821; see also
            // the_people_summary_and_the_repeat_table_count_the_same_suspects.
            assertThat(result.figure("suspects")).isEqualTo(4821L);
        }
    }

    @Test
    void reproduces_the_published_people_summary_of_knife_crime_under_a_knife_definition() {
        var printed = PublishedTables.sna2025("knife_people_summary").rows();
        Map<String, String> b = printed.get(2);
        long[] both = split(Long.parseLong(b.get("people")), pct(b, "age_up_to_24_pct"), pct(b, "age_25_40_pct"), pct(b, "age_40_plus_pct"));
        Records knife = build(printed, both, true);
        // Serious violence without a knife is not knife crime: these people must not count.
        knife.times(300, o -> o.offence("robbery_personal").on(LocalDate.of(2023, 6, 1)).victim(70).suspect(70));
        try (Store store = Store.inMemory()) {
            knife.load(store);
            Result result = new VictimSuspectOverlap().run(store, Scope.of(TestDefinitions.get("svb-knife"), THREE_YEARS));
            Table t = result.table("people");
            assertPrinted(t, printed.get(0), "Victims", true);
            assertPrinted(t, printed.get(1), "Suspects", true);
            assertPrinted(t, printed.get(2), "Both victim and suspect", true);
            assertThat(result.figure("victim_and_suspect")).isEqualTo(105L);
        }
    }

    @Test
    void the_people_summary_and_the_repeat_table_count_the_same_suspects() {
        // One rule, one number: built from the §4.6 repeat table, both analyses say 4,823 suspects for the three
        // years. The §4.1 prose says 4,821 (checks.csv suspects_vs_repeat_suspects_table); the product cannot
        // print both for the same records.
        try (Store store = Store.inMemory()) {
            RepeatPeopleTest.publishedRepeatTables().load(store);
            Scope scope = Scope.of(SVB, THREE_YEARS);
            Result overlap = new VictimSuspectOverlap().run(store, scope);
            Result repeat = new RepeatPeople().run(store, scope);
            assertThat(overlap.figure("suspects")).isEqualTo(4823L);
            assertThat(repeat.table("suspects").find(WINDOW).get(2)).isEqualTo(4823L);
            assertThat(overlap.figure("victims")).isEqualTo(repeat.table("victims").find(WINDOW).get(2));
        }
    }

    @Test
    void a_person_who_was_a_victim_once_and_a_suspect_once_is_in_all_three_groups_at_their_first_age() {
        Records r = new Records();
        r.add().offence("robbery_personal").on(LocalDate.of(2023, 5, 1)).person("victim", "A", 24, "M", "", "");
        r.add().offence("gbh_with_intent").on(LocalDate.of(2024, 5, 1)).person("offender", "A", 25, "M", "", "");
        r.add().offence("gbh_with_intent").on(LocalDate.of(2024, 5, 2)).person("victim", "B", null, "U", "", "")
                .person("suspect", "B", 41, "U", "", "");
        try (Store store = Store.inMemory()) {
            r.load(store);
            Definition svb = SVB;
            Table t = new VictimSuspectOverlap().run(store, Scope.of(svb, Period.parse("FY2023-FY2024"))).table("people");
            String window = "2023/24 to 2024/25";
            assertThat(t.find(window, "Both victim and suspect").subList(2, 10)).containsExactly(2L, 1L,
                    new BigDecimal("50.0"), 0L, new BigDecimal("0.0"), 1L, new BigDecimal("50.0"), 0L);
            assertThat(t.find(window, "Victims").subList(2, 10)).containsExactly(2L, 1L,
                    new BigDecimal("100.0"), 0L, new BigDecimal("0.0"), 0L, new BigDecimal("0.0"), 1L);
            assertThat(t.find(window, "Suspects").get(5)).isEqualTo(1L);                     // A at 25
            assertThat(t.find("2023/24", "Both victim and suspect").get(2)).isEqualTo(0L);   // not both within one year
            assertThat(t.find(window, "Both victim and suspect").get(15)).isEqualTo(1L);     // B's sex not recorded
        }
    }
}
