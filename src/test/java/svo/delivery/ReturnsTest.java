package svo.delivery;

import org.junit.jupiter.api.Test;
import svo.BadInputException;
import svo.ingest.ImportOptions;
import svo.ingest.ImportReport;
import svo.ingest.delivery.Quarter;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.TestImports;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Quarterly returns: what is refused and why, corrections, what is overdue, delivery against plan. */
class ReturnsTest {
    static final String REGISTER = """
            id,name,provider,status,period_start,measures
            outreach,Town centre outreach,Youth Trust,ongoing,2025-04,sessions_delivered*=24;attendance*;participants_24_and_under*;participants_25_and_over;first_session_date;survey_improved_pct
            mentoring,Mentoring,Mentoring CIC,ongoing,2025-01,participants_24_and_under*;desisted;reoffended
            """;

    static Store withRegister() {
        Store store = Store.inMemory();
        TestImports.load(store, "interventions", REGISTER);
        return store;
    }

    static long returnRows(Store store) {
        return Jdbc.count(store.connection(), "SELECT count(*) FROM return_value_all");
    }

    @Test
    void a_return_with_more_unique_participants_than_attendances_is_refused_with_the_reason() {
        try (Store store = withRegister()) {
            assertThatThrownBy(() -> TestImports.load(store, "intervention-returns", """
                    intervention,quarter,measure,value
                    outreach,2025Q4,sessions_delivered,20
                    outreach,2025Q4,attendance,150
                    outreach,2025Q4,participants_24_and_under,140
                    outreach,2025Q4,participants_25_and_over,30
                    """)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("line 3, column value")
                    .hasMessageContaining("gives 170 unique participants but only 150 attendances; every participant attends at least once")
                    .hasMessageContaining("nothing was loaded");
            assertThat(returnRows(store)).isZero();
        }
    }

    @Test
    void a_percentage_over_100_is_refused_with_the_reason_and_takes_the_whole_return_with_it() {
        try (Store store = withRegister()) {
            ImportReport r = TestImports.load(store, "intervention-returns", """
                    intervention,quarter,measure,value
                    outreach,2025Q4,sessions_delivered,20
                    outreach,2025Q4,attendance,150
                    outreach,2025Q4,participants_24_and_under,40
                    outreach,2025Q4,survey_improved_pct,140
                    mentoring,2025Q4,participants_24_and_under,9
                    """, ImportOptions.strict().withLenient(true));
            assertThat(r.firstRejects()).extracting(x -> x.line() + ": " + x.reason()).contains(
                    "5: '140' is a percentage over 100; survey_improved_pct is a percentage from 0 to 100",
                    "2: line 5 of the same return (outreach, 2025Q4) was refused, so the whole return is refused");
            assertThat(r.rowsRejected()).isEqualTo(4);
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM return_value WHERE intervention_id = 'mentoring'")).isEqualTo(1);
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM return_value WHERE intervention_id = 'outreach'")).isZero();
        }
    }

    @Test
    void a_date_outside_the_quarter_is_refused_with_the_quarter_it_should_be_in() {
        try (Store store = withRegister()) {
            assertThatThrownBy(() -> TestImports.load(store, "intervention-returns", """
                    intervention,quarter,measure,value
                    outreach,2025Q4,sessions_delivered,20
                    outreach,2025Q4,attendance,150
                    outreach,2025Q4,participants_24_and_under,40
                    outreach,2025Q4,first_session_date,2025-09-30
                    """)).hasMessageContaining("line 5, column value")
                    .hasMessageContaining("2025-09-30 is outside the quarter 2025Q4 (2025-10-01 to 2025-12-31)");
        }
    }

    @Test
    void a_return_that_omits_a_required_measure_is_refused_naming_the_measure() {
        try (Store store = withRegister()) {
            assertThatThrownBy(() -> TestImports.load(store, "intervention-returns", """
                    intervention,quarter,measure,value
                    outreach,2025Q4,sessions_delivered,20
                    outreach,2025Q4,participants_24_and_under,40
                    """)).hasMessageContaining("the return for outreach, 2025Q4 omits the required measure attendance");
        }
    }

    @Test
    void negative_and_fractional_counts_and_measures_the_intervention_does_not_report_are_refused() {
        try (Store store = withRegister()) {
            assertThatThrownBy(() -> TestImports.load(store, "intervention-returns", """
                    intervention,quarter,measure,value
                    mentoring,2025Q4,participants_24_and_under,-3
                    mentoring,2025Q3,participants_24_and_under,2.5
                    mentoring,2025Q2,knives_surrendered,4
                    """)).hasMessageContaining("line 2, column value: '-3' is negative")
                    .hasMessageContaining("line 3, column value: '2.5' is not a whole number")
                    .hasMessageContaining("'knives_surrendered' is not a measure of Mentoring; its measures are participants_24_and_under, desisted, reoffended");
        }
    }

    @Test
    void more_people_desisting_than_participants_is_impossible() {
        try (Store store = withRegister()) {
            assertThatThrownBy(() -> TestImports.load(store, "intervention-returns", """
                    intervention,quarter,measure,value
                    mentoring,2025Q4,participants_24_and_under,9
                    mentoring,2025Q4,desisted,12
                    """)).hasMessageContaining("gives desisted = 12, more than its 9 participants");
        }
    }

    @Test
    void a_corrected_return_becomes_the_current_version_and_the_earlier_version_is_kept() {
        try (Store store = withRegister()) {
            TestImports.load(store, "intervention-returns", """
                    intervention,quarter,measure,value
                    mentoring,2025Q4,participants_24_and_under,9
                    mentoring,2025Q4,desisted,4
                    """);
            TestImports.load(store, "intervention-returns", """
                    intervention,quarter,measure,value,note
                    mentoring,2025Q4,participants_24_and_under,11,two referrals were missed in the first return
                    """);
            assertThat(Jdbc.count(store.connection(), "SELECT CAST(value AS BIGINT) FROM return_value WHERE intervention_id = 'mentoring' "
                    + "AND measure = 'participants_24_and_under'")).isEqualTo(11);
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM return_value WHERE intervention_id = 'mentoring'"))
                    .as("the correction replaces the whole return").isEqualTo(1);
            List<Returns.Version> history = new Returns(new Register()).history(store, Viewer.OPERATOR, "mentoring");
            assertThat(history).extracting(Returns.Version::version, Returns.Version::current).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, true));
            assertThat(history.get(0).values()).extracting(Returns.Value::text).containsExactly("9", "4");
        }
    }

    @Test
    void a_return_for_a_quarter_before_the_intervention_started_is_refused() {
        try (Store store = withRegister()) {
            assertThatThrownBy(() -> TestImports.load(store, "intervention-returns", """
                    intervention,quarter,measure,value
                    mentoring,2024Q4,participants_24_and_under,9
                    """)).hasMessageContaining("2024Q4 ends before Mentoring started (2025-01-01, as the register says)");
        }
    }

    @Test
    void a_return_for_a_quarter_after_the_intervention_ended_is_refused_and_nothing_is_stored() {
        try (Store store = Store.inMemory()) {
            TestImports.load(store, "interventions", """
                    id,name,provider,status,period_start,period_end,measures
                    summer,Summer programme,Youth Trust,completed,2025-07-31,2025-09-04,participants_24_and_under*
                    """);
            TestImports.load(store, "intervention-returns", """
                    intervention,quarter,measure,value
                    summer,2025Q3,participants_24_and_under,12
                    """);
            assertThatThrownBy(() -> TestImports.load(store, "intervention-returns", """
                    intervention,quarter,measure,value
                    summer,2025Q4,participants_24_and_under,3
                    """)).hasMessageContaining("2025Q4 starts after Summer programme ended (2025-09-04, as the register says)");
            assertThat(returnRows(store)).isEqualTo(1);
        }
    }

    @Test
    void a_corrected_register_keeps_the_date_each_intervention_first_entered_it() {
        try (Store store = withRegister()) {
            Jdbc.update(store.connection(), "UPDATE batch SET loaded_at = TIMESTAMP '2025-01-15 09:00:00'");
            TestImports.load(store, "interventions", REGISTER + "night-buses,Night buses,Bus Co,ongoing,2025-06,\n",
                    ImportOptions.strict().withReplace(true));
            List<Register.Intervention> list = new Register().list(store, Viewer.OPERATOR);
            assertThat(list).filteredOn(i -> i.id().equals("mentoring")).singleElement()
                    .satisfies(i -> assertThat(i.registered()).isEqualTo(LocalDate.of(2025, 1, 15)));
            assertThat(list).filteredOn(i -> i.id().equals("night-buses")).singleElement()
                    .satisfies(i -> assertThat(i.registered()).isEqualTo(LocalDate.now()));
        }
    }

    @Test
    void a_return_for_a_quarter_that_has_not_started_is_refused() {
        try (Store store = withRegister()) {
            Quarter future = Quarter.of(LocalDate.now()).next();
            assertThatThrownBy(() -> TestImports.load(store, "intervention-returns", "intervention,quarter,measure,value\n"
                    + "mentoring," + future + ",participants_24_and_under,9\n")).hasMessageContaining(future + " has not started yet");
        }
    }

    @Test
    void lists_overdue_returns_and_delivery_against_plan() {
        try (Store store = withRegister()) {
            // The register was loaded today; backdate it so the quarters since April 2025 are owed.
            Jdbc.update(store.connection(), "UPDATE batch SET loaded_at = TIMESTAMP '2025-01-15 09:00:00'");
            TestImports.load(store, "intervention-returns", """
                    intervention,quarter,measure,value
                    outreach,2025Q2,sessions_delivered,24
                    outreach,2025Q2,attendance,300
                    outreach,2025Q2,participants_24_and_under,80
                    outreach,2025Q4,sessions_delivered,18
                    outreach,2025Q4,attendance,200
                    outreach,2025Q4,participants_24_and_under,70
                    """);
            List<Returns.Status> s = new Returns(new Register()).status(store, Viewer.OPERATOR, Quarter.parse("2025Q4"), LocalDate.of(2026, 1, 20));
            Returns.Status outreach = s.stream().filter(x -> x.intervention().id().equals("outreach")).findFirst().orElseThrow();
            assertThat(outreach.expected()).extracting(Quarter::toString).containsExactly("2025Q2", "2025Q3", "2025Q4");
            assertThat(outreach.overdue()).extracting(Quarter::toString).containsExactly("2025Q3");
            assertThat(outreach.delivery().status()).isEqualTo(Returns.Delivery.BELOW_PLAN);
            assertThat(outreach.delivery().checks()).singleElement().satisfies(c -> assertThat(c.share()).isEqualTo(0.75));
            Returns.Status mentoring = s.stream().filter(x -> x.intervention().id().equals("mentoring")).findFirst().orElseThrow();
            assertThat(mentoring.expected()).extracting(Quarter::toString).containsExactly("2025Q1", "2025Q2", "2025Q3", "2025Q4");
            assertThat(mentoring.overdue()).extracting(Quarter::toString).containsExactly("2025Q1", "2025Q2", "2025Q3");
            assertThat(mentoring.notYetDue()).hasToString("2025Q4");
            assertThat(mentoring.delivery().status()).isEqualTo(Returns.Delivery.NO_PLAN);
        }
    }
}
