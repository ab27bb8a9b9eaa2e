package svo.definitions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import svo.store.Jdbc;
import svo.testing.TestImports;
import svo.store.Store;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each inclusion and exclusion rule of the shipped definitions, judged in SQL on occurrences in a store. */
class DefinitionRulesTest {
    private static final DefinitionRegistry REGISTRY = DefinitionRegistry.standard();
    private Store store;

    @BeforeEach
    void load() {
        store = Store.inMemory();
        // Each row is there for one rule; the ids say which.
        TestImports.load(store, "occurrences", """
                occurrence_id,recorded_date,committed_from,offence,knife,firearm,other_weapon,domestic_abuse,ho_code
                gbh-da,2024-06-01,2024-06-01T22:00,gbh_with_intent,N,N,N,Y,5D
                gbh,2024-06-01,2024-06-01T22:00,gbh_with_intent,N,N,N,N,5D
                homicide-da,2024-06-02,2024-06-02T01:00,murder,Y,N,N,Y,1
                knife-possession,2024-07-01,2024-07-01T15:00,possession_bladed_article,N,N,N,N,10D
                knife-threat-in-public,2024-07-01,2024-07-01T15:00,threaten_with_weapon,Y,N,N,N,
                knife-robbery,2024-07-02,2024-07-02T18:00,robbery_personal,Y,N,N,N,34B
                knife-common-assault,2024-07-03,2024-07-03T19:00,common_assault,Y,N,N,N,105A
                knife-abh,2024-07-04,2024-07-04T20:00,abh,Y,N,N,N,8N
                knife-abh-da,2024-07-04,2024-07-04T20:00,abh,Y,N,N,Y,8N
                bat-other-vwi,2024-07-05,2024-07-05T21:00,other_violence_with_injury,N,N,Y,N,
                plain-other-vwi,2024-07-05,2024-07-05T21:00,other_violence_with_injury,N,N,N,N,
                knife-rape,2024-07-06,2024-07-06T23:00,rape,Y,N,N,N,19C
                firearm-possession,2024-07-07,2024-07-07T12:00,possession_firearm,N,Y,N,N,
                modern-slavery,2024-07-08,2024-07-08T12:00,other_violence_without_injury,N,N,N,N,106
                abh-2025-09-30,2025-09-30,2025-09-30T23:59,abh,N,N,N,N,8N
                abh-2025-10-01,2025-10-01,2025-10-01T00:00,abh,N,N,N,N,8N
                knife-abh-2025-10-01,2025-10-01,2025-10-01T00:00,abh,Y,N,N,N,8N
                theft,2024-07-09,2024-07-09T23:00,other_theft,N,N,N,N,49
                theft-from-person,2024-07-09,2024-07-09T23:00,theft_from_person,N,N,N,N,39
                """);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void domestic_abuse_is_excluded_from_the_partnership_definitions_but_not_from_ho_serious_violence() {
        assertThat(rule("svb-2024", "gbh-da")).isEqualTo("exclude domestic-abuse");
        assertThat(rule("svb-2025", "gbh-da")).isEqualTo("exclude domestic-abuse");
        assertThat(rule("svb-2024", "gbh")).isEqualTo("include gbh-and-above");
        assertThat(rule("ho-serious-violence", "gbh-da")).isEqualTo("include violence-with-injury");
    }

    @Test
    void the_domestic_abuse_exclusion_beats_even_homicide_and_a_knife() {
        assertThat(rule("svb-2024", "homicide-da")).isEqualTo("exclude domestic-abuse");
        assertThat(rule("svb-knife", "homicide-da")).isEqualTo("no inclusion rule");
        assertThat(rule("ho-serious-violence", "homicide-da")).isEqualTo("include homicide");
        assertThat(rule("ho-knife-crime", "homicide-da")).isEqualTo("include selected-offences-with-a-knife");
    }

    @Test
    void knife_possession_is_in_svb_knife_but_not_in_ho_knife_crime() {
        assertThat(rule("svb-knife", "knife-possession")).isEqualTo("include knife-or-blade");
        assertThat(rule("ho-knife-crime", "knife-possession")).isEqualTo("exclude possession-offences");
        assertThat(rule("svb-2024", "knife-possession")).isEqualTo("include possession-of-weapons");
        assertThat(rule("ho-knife-crime", "knife-threat-in-public")).isEqualTo("exclude possession-offences");
    }

    @Test
    void a_firearm_possession_is_serious_violence_but_not_knife_crime() {
        assertThat(rule("svb-2024", "firearm-possession")).isEqualTo("include possession-of-weapons");
        assertThat(rule("svb-knife", "firearm-possession")).isEqualTo("no inclusion rule");
    }

    @Test
    void abh_is_out_of_svb_2024_and_in_svb_2025() {
        assertThat(rule("svb-2024", "abh-2025-10-01")).isEqualTo("exclude abh");
        assertThat(rule("svb-2025", "abh-2025-10-01")).isEqualTo("include abh");
        assertThat(rule("svb-2025", "abh-2025-09-30")).isEqualTo("include abh");
        assertThat(rule("ho-serious-violence", "abh-2025-09-30")).isEqualTo("include violence-with-injury");
    }

    @Test
    void as_in_force_an_abh_dated_30_september_2025_is_out_and_one_dated_1_october_2025_is_in() {
        Definition svb = REGISTRY.asInForce("svb");
        assertThat(rule(svb, "abh-2025-09-30")).isEqualTo("exclude abh (svb-2024)");
        assertThat(rule(svb, "abh-2025-10-01")).isEqualTo("include abh (svb-2025)");
        assertThat(in(svb, "abh-2025-09-30")).isFalse();
        assertThat(in(svb, "abh-2025-10-01")).isTrue();
        assertThat(REGISTRY.resolve("svb-2024", true).label()).isEqualTo(svb.label());
    }

    @Test
    void the_abh_exclusion_beats_the_weapon_inclusion_until_october_2025() {
        assertThat(rule("svb-2024", "knife-abh")).isEqualTo("exclude abh");
        assertThat(rule("svb-knife", "knife-abh")).isEqualTo("no inclusion rule");
        assertThat(rule("svb-knife", "knife-abh-2025-10-01")).isEqualTo("include knife-or-blade");
        assertThat(rule("svb-2025", "knife-abh-da")).isEqualTo("exclude domestic-abuse");
    }

    @Test
    void a_weapon_brings_lesser_violence_with_injury_into_the_partnership_definition() {
        assertThat(rule("svb-2024", "bat-other-vwi")).isEqualTo("include weapon-enabled-violence");
        assertThat(rule("svb-2024", "plain-other-vwi")).isEqualTo("no inclusion rule");
        assertThat(rule("svb-2025", "plain-other-vwi")).isEqualTo("no inclusion rule");
    }

    @Test
    void knife_violence_without_injury_is_home_office_knife_crime_but_not_partnership_serious_violence() {
        assertThat(rule("ho-knife-crime", "knife-common-assault")).isEqualTo("include selected-offences-with-a-knife");
        assertThat(rule("svb-2024", "knife-common-assault")).isEqualTo("no inclusion rule");
        assertThat(rule("svb-knife", "knife-common-assault")).isEqualTo("no inclusion rule");
    }

    @Test
    void sexual_offences_are_out_of_the_partnership_definitions_and_in_ho_knife_crime_with_a_knife() {
        assertThat(rule("svb-2024", "knife-rape")).isEqualTo("exclude sexual-offences");
        assertThat(rule("svb-2025", "knife-rape")).isEqualTo("exclude sexual-offences");
        assertThat(rule("ho-knife-crime", "knife-rape")).isEqualTo("include selected-offences-with-a-knife");
        assertThat(rule("ho-serious-violence", "knife-rape")).isEqualTo("no inclusion rule");
    }

    @Test
    void robbery_is_in_every_serious_violence_definition_and_a_knife_robbery_in_both_knife_definitions() {
        for (String d : List.of("svb-2024", "svb-2025", "ho-serious-violence")) assertThat(in(d, "knife-robbery")).isTrue();
        assertThat(rule("svb-knife", "knife-robbery")).isEqualTo("include knife-or-blade");
        assertThat(rule("ho-knife-crime", "knife-robbery")).isEqualTo("include selected-offences-with-a-knife");
    }

    @Test
    void modern_slavery_is_excluded_from_the_partnership_definitions_by_its_home_office_code() {
        assertThat(rule("svb-2024", "modern-slavery")).isEqualTo("exclude modern-slavery");
        assertThat(rule("svb-2025", "modern-slavery")).isEqualTo("exclude modern-slavery");
        assertThat(rule("svb-2024", "theft")).isEqualTo("no inclusion rule");
    }

    @Test
    void the_nte_offence_types_include_theft_from_the_person_and_violence_but_not_other_theft() {
        assertThat(rule("nte-offences", "theft-from-person")).isEqualTo("include listed-offences");
        assertThat(rule("nte-offences", "knife-common-assault")).isEqualTo("include listed-groups");
        assertThat(rule("nte-offences", "gbh-da")).isEqualTo("include listed-groups");
        assertThat(rule("nte-offences", "theft")).isEqualTo("no inclusion rule");
    }

    @Test
    void every_deciding_rule_agrees_with_the_condition_analyses_filter_with() {
        for (Definition d : REGISTRY.everything()) {
            if (!d.view().equals("occurrence")) continue;
            long disagree = Jdbc.count(store.connection(), "SELECT count(*) FROM occurrence WHERE ("
                    + d.sqlCondition() + ") <> starts_with(" + d.sqlRule() + ", 'include ')");
            assertThat(disagree).as(d.label()).isZero();
        }
    }

    private String rule(String definition, String occurrenceId) {
        return rule(REGISTRY.get(definition), occurrenceId);
    }

    private String rule(Definition d, String occurrenceId) {
        List<Classifier.Explanation> e = Classifier.explain(store, occurrenceId, List.of(d));
        assertThat(e).as(occurrenceId).hasSize(1);
        Classifier.Judgement j = e.get(0).judgements().get(0);
        assertThat(j.included()).isEqualTo(in(d, occurrenceId));
        return j.rule();
    }

    private boolean in(String definition, String occurrenceId) {
        return in(REGISTRY.get(definition), occurrenceId);
    }

    private boolean in(Definition d, String occurrenceId) {
        return Jdbc.count(store.connection(), "SELECT count(*) FROM occurrence WHERE occurrence_id = ? AND "
                + d.sqlCondition(), occurrenceId) == 1;
    }
}
