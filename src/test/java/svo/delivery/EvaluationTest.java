package svo.delivery;

import org.junit.jupiter.api.Test;
import svo.analysis.Table;
import svo.store.Store;
import svo.testing.Records;
import svo.testing.TestGeography;
import svo.testing.TestImports;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Evaluation against a matched comparison group drawn from the same records, and without a participant list. */
class EvaluationTest {
    static final String REGISTER = """
            id,name,provider,status,period_start
            mentoring,Mentoring,Mentoring CIC,ongoing,2024-01
            """;

    /**
     * {@code participants} young men (16, Derby, one robbery as suspect in January 2024) start on 1 June 2024, of whom
     * {@code participantsAgain} offend again in September; {@code comparison} people just like them are not on the list,
     * of whom {@code comparisonAgain} offend again; five more like them live in Erewash (another district: no match).
     */
    static Store scenario(int participants, int participantsAgain, int comparison, int comparisonAgain) {
        Store store = Store.inMemory();
        TestGeography.districts(store);
        Records r = new Records();
        StringBuilder list = new StringBuilder("intervention,person_id,start_date\n");
        for (int i = 0; i < participants; i++) {
            person(r, "P" + i, "Derby", i < participantsAgain);
            list.append("mentoring,P").append(i).append(",2024-06-").append(String.format("%02d", 1 + i % 28)).append('\n');
        }
        for (int i = 0; i < comparison; i++) person(r, "C" + i, "Derby", i < comparisonAgain);
        for (int i = 0; i < 5; i++) person(r, "E" + i, "Erewash", true);
        // One participant who started in March 2025: the records end in June 2025, so their 12 months are not over.
        r.add().offence("robbery_personal").on(LocalDate.of(2025, 1, 10)).district("Derby").person("suspect", "LATE", 16, "M", "", "");
        list.append("mentoring,LATE,2025-03-03\n");
        r.add().offence("robbery_personal").on(LocalDate.of(2025, 6, 30)).district("Derby").victim(40);
        r.load(store);
        TestImports.load(store, "interventions", REGISTER);
        TestImports.load(store, "intervention-participants", list.toString());
        return store;
    }

    private static void person(Records r, String id, String district, boolean again) {
        r.add().offence("robbery_personal").on(LocalDate.of(2024, 1, 15)).district(district).person("suspect", id, 16, "M", "", "");
        if (again) r.add().offence("gbh_with_intent").on(LocalDate.of(2024, 9, 20)).district(district).person("suspect", id, 16, "M", "", "");
    }

    @Test
    void a_small_programme_is_compared_with_matched_people_and_said_plainly_to_be_too_small() {
        try (Store store = scenario(10, 2, 20, 10)) {
            Evaluation.Report r = new Evaluation(new Register()).evaluate(store, Viewer.OPERATOR, "mentoring", Evaluation.Outcome.OFFENDING,
                    12, LocalDate.of(2025, 7, 1));
            assertThat(r.personLevel()).isTrue();
            Table sample = r.tables().get(0);
            assertThat(sample.find("On the participant list").get(1)).isEqualTo(11L);
            assertThat(sample.rows().get(1).get(1)).as("follow-up not over").isEqualTo(1L);
            assertThat(sample.find("Matched to a comparison group").get(1)).isEqualTo(10L);
            assertThat(sample.find("Comparison people (drawn from the same records)").get(1)).as("the Erewash five do not match").isEqualTo(20L);
            Table cmp = r.tables().get(2);
            assertThat(cmp.find("Participants").get(2).toString()).isEqualTo("20.0");
            assertThat(cmp.find("Matched comparison (weighted to the participants)").get(2).toString()).isEqualTo("50.0");
            // difference -30 points; se = sqrt(.2*.8/10 + .5*.5/20) = 0.1688; interval -63.1 to +3.1
            assertThat(cmp.notes()).anyMatch(n -> n.contains("-30.0 percentage points (95% interval -63.1 to +3.1)"));
            assertThat(r.conclusion()).startsWith("Too few to tell: 10 matched participants, fewer than the 60");
            Table beforeAfter = r.tables().get(1);
            assertThat(beforeAfter.rows().get(0).get(1)).as("all ten offended in the 12 months before they started").isEqualTo(10L);
            assertThat(beforeAfter.rows().get(1).get(1)).isEqualTo(2L);
        }
    }

    @Test
    void a_large_enough_programme_with_a_real_difference_is_reported_as_such() {
        try (Store store = scenario(80, 8, 160, 64)) {
            Evaluation.Report r = new Evaluation(new Register()).evaluate(store, Viewer.OPERATOR, "mentoring", Evaluation.Outcome.OFFENDING,
                    12, LocalDate.of(2025, 7, 1));
            assertThat(r.conclusion()).startsWith("Participants had less further offending (an occurrence as suspect or offender) than similar people: -30.0");
        }
    }

    @Test
    void without_a_participant_list_it_reports_the_providers_own_figures_labelled_as_such() {
        try (Store store = RegisterTest.realRegister()) {
            Evaluation.Report r = new Evaluation(new Register()).evaluate(store, Viewer.OPERATOR, "Mentoring West Midlands",
                    Evaluation.Outcome.OFFENDING, 12, LocalDate.of(2026, 6, 1));
            assertThat(r.personLevel()).isFalse();
            assertThat(r.conclusion()).contains("No participant list");
            Table t = r.tables().get(0);
            assertThat(t.title()).startsWith("Reported by the provider");
            assertThat(t.rows()).anySatisfy(row -> {
                assertThat(row.get(0)).isEqualTo("desisted");
                assertThat(row.get(2)).isEqualTo(9.0);
            });
            assertThat(t.notes()).anyMatch(n -> n.contains("not checked against the records"));
        }
    }

    @Test
    void a_provider_cannot_evaluate_another_providers_intervention() {
        try (Store store = RegisterTest.realRegister()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Evaluation(new Register()).evaluate(store,
                    Viewer.provider("Safe and Sound"), "Mentoring West Midlands", Evaluation.Outcome.OFFENDING, 12, LocalDate.now()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
