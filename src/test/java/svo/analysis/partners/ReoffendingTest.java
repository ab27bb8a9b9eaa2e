package svo.analysis.partners;

import org.junit.jupiter.api.Test;
import svo.analysis.Area;
import svo.analysis.Comparison;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Store;
import svo.testing.CsvText;
import svo.testing.TestImports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The constructed cohort of {@link KaplanMeierTest} as real records: index events, and police occurrences in which
 * the same people are suspects. Follow-up ends on 30 April 2025, so a censored person's event is that many days
 * before it. Each fact a reader needs is in the rows: who reoffended on which day after the event, who did not.
 */
class ReoffendingTest {
    static final LocalDate END = LocalDate.of(2025, 4, 30);

    /** person, event type, age, sex, days to the first further offence (or to the data end), reoffended. */
    record Case(String person, String type, String age, String sex, int days, boolean reoffended) {}

    static final List<Case> COHORT = List.of(
            new Case("A", "release_from_custody", "16", "M", 20, true),
            new Case("B", "release_from_custody", "17", "M", 50, true),
            new Case("C", "non_custodial_conviction", "19", "M", 50, false),
            new Case("D", "non_custodial_conviction", "30", "M", 80, true),
            new Case("E", "non_custodial_conviction", "30", "F", 100, false),
            new Case("F", "caution", "40", "F", 150, true),
            new Case("G", "caution", "55", "F", 250, true),
            new Case("H", "caution", null, "F", 390, false));

    private static Store cohortStore() {
        Store store = Store.inMemory();
        CsvText events = new CsvText("person_id", "event_type", "event_date", "age", "sex");
        CsvText occurrences = new CsvText("occurrence_id", "recorded_date", "committed_from", "offence", "knife", "firearm",
                "other_weapon", "domestic_abuse");
        CsvText persons = new CsvText("occurrence_id", "person_id", "role", "age");
        Map<String, LocalDate> eventDay = new HashMap<>();
        int o = 0;
        for (Case c : COHORT) {
            // Reoffenders' events are spread over 2024; a censored person's event lies `days` before the data end.
            LocalDate day = c.reoffended() ? LocalDate.of(2024, 5, 1).plusDays(20L * o) : END.minusDays(c.days());
            eventDay.put(c.person(), day);
            events.row("PNC " + c.person(), c.type(), day, c.age(), c.sex());
            if (c.reoffended()) {
                LocalDate then = day.plusDays(c.days());
                occurrences.row("R" + ++o, then, then.atTime(23, 30), "common_assault", "N", "N", "N", "N");
                persons.row("R" + o, "PNC " + c.person(), "suspect", null);
            }
        }
        // Things that are not a first further offence: a later second offence (B), an offence before the event (D),
        // being a victim (C), an offence on the day of the event itself (E), and one after the data end (H).
        occurrences.row("X1", "2024-12-01", "2024-12-01T10:00", "common_assault", "N", "N", "N", "N");
        persons.row("X1", "PNC B", "offender", null);
        occurrences.row("X2", "2024-01-05", "2024-01-05T10:00", "common_assault", "N", "N", "N", "N");
        persons.row("X2", "PNC D", "suspect", null);
        occurrences.row("X3", eventDay.get("C").plusDays(3), eventDay.get("C").plusDays(3).atTime(9, 0), "common_assault", "N", "N", "N", "N");
        persons.row("X3", "PNC C", "victim", null);
        occurrences.row("X4", eventDay.get("E"), eventDay.get("E").atTime(18, 0), "common_assault", "N", "N", "N", "N");
        persons.row("X4", "PNC E", "suspect", null);
        occurrences.row("X5", "2025-05-02", "2025-05-02T01:00", "common_assault", "N", "N", "N", "N");
        persons.row("X5", "PNC H", "suspect", null);
        // H's age is not on the index event: the police recorded H as 44 a year and a day before it.
        LocalDate before = eventDay.get("H").minusDays(366);
        occurrences.row("X6", before, before.atTime(12, 0), "common_assault", "N", "N", "N", "N");
        persons.row("X6", "PNC H", "victim", 44);
        // A second index event of A later in the year does not start a second follow-up.
        events.row("PNC A", "caution", "2024-11-01", "16", "M");
        TestImports.load(store, "occurrences", occurrences.toString());
        TestImports.load(store, "persons", persons.toString());
        TestImports.load(store, "index-events", events.toString());
        return store;
    }

    private static Scope scope(Map<String, String> parameters) {
        Map<String, String> p = new HashMap<>(parameters);
        p.putIfAbsent("data_end", END.toString());
        return new Scope(null, false, Period.parse("FY2024"), Area.ALL, Comparison.PREVIOUS, p);
    }

    @Test
    void the_constructed_cohort_gives_the_exact_kaplan_meier_values_with_censored_people_and_the_at_risk_table() {
        try (Store store = cohortStore()) {
            Result r = new Reoffending().run(store, scope(Map.of("months", "14")));
            assertThat(r.table("summary").rows()).containsExactly(List.of(8L, 5L, 3L, new BigDecimal("40.0"), new BigDecimal("60.0"),
                    new BigDecimal("80.0"), new BigDecimal("3.3"), new BigDecimal("4.9")));
            assertThat(r.figure("within_3_months_pct")).isEqualTo(new BigDecimal("40.0"));
            assertThat(r.figure("within_6_months_pct")).isEqualTo(new BigDecimal("60.0"));
            assertThat(r.figure("within_12_months_pct")).isEqualTo(new BigDecimal("80.0"));
            assertThat(r.figure("rise_per_month_after_6_months")).as("(80 − 60) / 6 points a month").isEqualTo(new BigDecimal("3.3"));
            assertThat(new Reoffending().run(store, scope(Map.of("rise_to", "9"))).figure("rise_per_month_after_6_months"))
                    .as("(80 − 60) / 3 points a month from month 6 to month 9").isEqualTo(new BigDecimal("6.7"));

            // month, at risk at its start, reoffended in it, censored in it, % by its end, 95% interval
            Table curve = r.table("curve");
            assertThat(curve.rows()).containsExactly(
                    row("0", 8, 0, 0, "0.0", "0.0", "0.0"),
                    row("1", 8, 1, 0, "12.5", "1.9", "61.3"),
                    row("2", 7, 1, 1, "25.0", "6.9", "68.5"),
                    row("3", 5, 1, 0, "40.0", "14.8", "80.5"),
                    row("4", 4, 0, 1, "40.0", "14.8", "80.5"),
                    row("5", 3, 1, 0, "60.0", "26.6", "93.4"),
                    row("6", 2, 0, 0, "60.0", "26.6", "93.4"),
                    row("7", 2, 0, 0, "60.0", "26.6", "93.4"),
                    row("8", 2, 0, 0, "60.0", "26.6", "93.4"),
                    row("9", 2, 1, 0, "80.0", "42.7", "99.0"),
                    row("10", 1, 0, 0, "80.0", "42.7", "99.0"),
                    row("11", 1, 0, 0, "80.0", "42.7", "99.0"),
                    row("12", 1, 0, 0, "80.0", "42.7", "99.0"),
                    row("13", 1, 0, 1, null, null, null),
                    row("14", 0, 0, 0, null, null, null));
        }
    }

    @Test
    void splits_by_sex_age_group_and_event_type_each_with_their_own_estimate() {
        try (Store store = cohortStore()) {
            Result r = new Reoffending().run(store, scope(Map.of()));
            // Men: 20, 50 (and a censoring at 50), 80 — all four gone by day 80, so 100% from month 3 on.
            assertThat(r.table("by_sex").find("Male")).containsExactly("Male", 4L, 3L, pct("100.0"), pct("100.0"), pct("100.0"),
                    pct("100.0"), pct("100.0"), pct("100.0"), pct("100.0"), pct("100.0"), pct("100.0"));
            // Women: censored 100, events 150 and 250, censored 390: nothing by month 3, 1/3 by month 6, 2/3 by month 12.
            assertThat(r.table("by_sex").find("Female")).containsExactly("Female", 4L, 2L, pct("0.0"), null, null,
                    pct("33.3"), pct("5.5"), pct("94.6"), pct("66.7"), pct("22.6"), pct("99.1"));
            Table ages = r.table("by_age_group");
            assertThat(ages.rows()).extracting(row -> row.get(0) + " " + row.get(1))
                    .containsExactly("10-17 2", "18-24 1", "25-34 2", "35-49 2", "50+ 1");
            assertThat(r.table("by_event_type").find("Release from custody").get(1)).as("A once, although A has two events").isEqualTo(2L);
            Result cautions = new Reoffending().run(store, scope(Map.of("types", "caution")));
            assertThat(cautions.figure("people")).as("F, G, H, and A from A's caution of November (A's first caution)").isEqualTo(4L);
        }
    }

    @Test
    void the_follow_up_ends_with_the_police_data_unless_a_data_end_is_given_and_an_empty_store_gives_empty_tables() {
        try (Store store = cohortStore()) {
            Result r = new Reoffending().run(store, new Scope(null, false, Period.parse("FY2024"), Area.ALL, Comparison.PREVIOUS, Map.of()));
            assertThat(r.figure("data_end")).as("the last occurrence, X5").isEqualTo(LocalDate.of(2025, 5, 2));
            assertThat(r.figure("reoffended")).as("H's offence of 2 May 2025 now falls inside the follow-up").isEqualTo(6L);
        }
        try (Store empty = Store.inMemory()) {
            Result r = new Reoffending().run(empty, Scope.of(null, Period.parse("FY2024")));
            assertThat(r.tables()).allSatisfy(t -> assertThat(t.rows()).isEmpty());
        }
    }

    private static List<Object> row(String month, long atRisk, long events, long censored, String cum, String low, String high) {
        return java.util.Arrays.asList(month, atRisk, events, censored, cum == null ? null : new BigDecimal(cum),
                low == null ? null : new BigDecimal(low), high == null ? null : new BigDecimal(high));
    }

    private static BigDecimal pct(String v) {
        return new BigDecimal(v);
    }
}
