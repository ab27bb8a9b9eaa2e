package svo.definitions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import svo.BadInputException;
import svo.store.Jdbc;
import svo.testing.TestImports;
import svo.store.Store;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Stored classification, the diff between two definitions, and the police.uk mappings. */
class ClassifierTest {
    private static final DefinitionRegistry REGISTRY = DefinitionRegistry.standard();
    /** FY2025: 1 April 2025 to 31 March 2026. */
    private static final List<Classifier.Span> FY2025 = List.of(
            new Classifier.Span(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 1)));

    private Store store;

    @BeforeEach
    void load() {
        store = Store.inMemory();
        TestImports.load(store, "occurrences", """
                occurrence_id,recorded_date,committed_from,offence,knife,firearm,other_weapon,domestic_abuse
                abh-apr-2025,2025-04-10,2025-04-10T21:00,abh,N,N,N,N
                abh-sep-2025,2025-09-30,2025-09-30T23:00,abh,N,N,N,N
                abh-jan-2026,2026-01-15,2026-01-15T02:00,abh,N,N,N,N
                knife-abh-nov-2025,2025-11-01,2025-11-01T20:00,abh,Y,N,N,N
                abh-da-jun-2025,2025-06-01,2025-06-01T20:00,abh,N,N,N,Y
                abh-fy2024,2025-03-31,2025-03-31T23:59,abh,N,N,N,N
                abh-fy2026,2026-04-01,2026-04-01T00:00,abh,N,N,N,N
                gbh-may-2025,2025-05-01,2025-05-01T01:00,gbh_with_intent,N,N,N,N
                robbery-jul-2025,2025-07-01,2025-07-01T15:00,robbery_personal,Y,N,N,N
                possession-aug-2025,2025-08-01,2025-08-01T15:00,possession_bladed_article,N,N,N,N
                common-assault-aug-2025,2025-08-02,2025-08-02T15:00,common_assault,N,N,N,N
                """);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void the_diff_from_svb_2024_to_svb_2025_over_fy2025_moves_the_abh_offences_in_and_nothing_else() {
        Classifier.Diff diff = Classifier.diff(store, REGISTRY.get("svb-2024"), REGISTRY.get("svb-2025"), FY2025);
        // In FY2025: four non-domestic ABH (one with a knife); the domestic ABH and the ABH of FY2024 and FY2026 do not count.
        assertThat(diff.moving()).extracting(Classifier.OffenceChange::offence, Classifier.OffenceChange::inA,
                        Classifier.OffenceChange::inB, Classifier.OffenceChange::movingIn, Classifier.OffenceChange::movingOut)
                .containsExactly(tuple("abh", 0L, 4L, 4L, 0L));
        assertThat(diff.totalA()).isEqualTo(3);   // gbh, robbery, possession
        assertThat(diff.totalB()).isEqualTo(7);
        assertThat(diff.movingIn()).isEqualTo(4);
        assertThat(diff.movingOut()).isZero();
        assertThat(diff.byOffence()).extracting(Classifier.OffenceChange::offence)
                .containsExactly("gbh_with_intent", "abh", "robbery_personal", "possession_bladed_article");
    }

    @Test
    void the_moves_list_names_each_occurrence_and_its_deciding_rule_under_both_definitions() {
        List<Classifier.Move> moves = Classifier.moves(store, REGISTRY.get("svb-2024"), REGISTRY.get("svb-2025"), FY2025);
        assertThat(moves).extracting(Classifier.Move::occurrenceId, Classifier.Move::movesIn, Classifier.Move::ruleA,
                        Classifier.Move::ruleB)
                .containsExactly(
                        tuple("abh-apr-2025", true, "exclude abh", "include abh"),
                        tuple("abh-sep-2025", true, "exclude abh", "include abh"),
                        tuple("knife-abh-nov-2025", true, "exclude abh", "include abh"),
                        tuple("abh-jan-2026", true, "exclude abh", "include abh"));
    }

    @Test
    void the_diff_the_other_way_moves_the_same_offences_out() {
        Classifier.Diff diff = Classifier.diff(store, REGISTRY.get("svb-2025"), REGISTRY.get("svb-2024"), FY2025);
        assertThat(diff.movingOut()).isEqualTo(4);
        assertThat(diff.movingIn()).isZero();
    }

    @Test
    void as_in_force_over_fy2025_only_the_abh_from_october_counts() {
        Classifier.Diff diff = Classifier.diff(store, REGISTRY.get("svb-2024"), REGISTRY.asInForce("svb"), FY2025);
        assertThat(diff.moving()).extracting(Classifier.OffenceChange::offence, Classifier.OffenceChange::movingIn)
                .containsExactly(tuple("abh", 2L));
        assertThat(Classifier.moves(store, REGISTRY.get("svb-2024"), REGISTRY.asInForce("svb"), FY2025))
                .extracting(Classifier.Move::occurrenceId, Classifier.Move::ruleB)
                .containsExactly(tuple("knife-abh-nov-2025", "include abh (svb-2025)"),
                        tuple("abh-jan-2026", "include abh (svb-2025)"));
    }

    @Test
    void classify_stores_every_active_occurrence_with_its_deciding_rule_in_one_run() {
        Classifier.Run run = Classifier.classify(store, REGISTRY.get("svb-2024"));
        assertThat(run.occurrences()).isEqualTo(11);
        assertThat(run.included()).isEqualTo(3);
        assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM classification WHERE judged_by = 'svb-2024 v1.0'"))
                .isEqualTo(11);
        assertThat(Jdbc.query(store.connection(), "SELECT occurrence_id, included, rule FROM classification "
                        + "WHERE definition = 'svb-2024' AND occurrence_id IN ('abh-da-jun-2025', 'gbh-may-2025', "
                        + "'common-assault-aug-2025') ORDER BY occurrence_id",
                rs -> rs.getString(1) + " " + rs.getBoolean(2) + " " + rs.getString(3)))
                .containsExactly("abh-da-jun-2025 false exclude domestic-abuse",
                        "common-assault-aug-2025 false no inclusion rule",
                        "gbh-may-2025 true include gbh-and-above");
        assertThat(Jdbc.queryOne(store.connection(), "SELECT label, as_in_force, occurrences, included, rules_sha256 "
                        + "FROM classification_run WHERE definition = 'svb-2024'",
                rs -> rs.getString(1) + " " + rs.getBoolean(2) + " " + rs.getLong(3) + " " + rs.getLong(4) + " "
                        + rs.getString(5))).contains("svb-2024 v1.0 false 11 3 " + REGISTRY.get("svb-2024").sha256());
    }

    @Test
    void classifying_again_replaces_the_earlier_rows_and_skips_superseded_batches() {
        Classifier.classify(store, REGISTRY.get("svb-2024"));
        Jdbc.update(store.connection(), "UPDATE batch SET status = 'superseded'");
        TestImports.load(store, "occurrences", """
                occurrence_id,recorded_date,committed_from,offence,knife,firearm,other_weapon,domestic_abuse
                gbh-may-2025,2025-05-01,2025-05-01T01:00,gbh_with_intent,N,N,N,N
                """);
        Classifier.Run run = Classifier.classify(store, REGISTRY.get("svb-2024"));
        assertThat(run.occurrences()).isEqualTo(1);
        assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM classification WHERE definition = 'svb-2024'"))
                .isEqualTo(1);
    }

    @Test
    void a_family_classified_as_in_force_is_stored_under_the_family_name_with_the_deciding_definition() {
        Classifier.classify(store, REGISTRY.asInForce("svb-2025"));
        assertThat(Jdbc.query(store.connection(), "SELECT occurrence_id || ': ' || judged_by || ', ' || rule FROM classification "
                        + "WHERE definition = 'svb' AND occurrence_id IN ('abh-sep-2025', 'knife-abh-nov-2025') "
                        + "ORDER BY occurrence_id", rs -> rs.getString(1)))
                .containsExactly("abh-sep-2025: svb-2024 v1.0, exclude abh (svb-2024)",
                        "knife-abh-nov-2025: svb-2025 v1.0, include abh (svb-2025)");
        assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM classification_run WHERE definition = 'svb' AND as_in_force"))
                .isEqualTo(1);
    }

    @Test
    void explain_names_the_deciding_rule_under_every_definition_asked() {
        List<Classifier.Explanation> e = Classifier.explain(store, "knife-abh-nov-2025",
                List.of(REGISTRY.get("svb-2024"), REGISTRY.get("svb-2025"), REGISTRY.get("svb-knife"),
                        REGISTRY.get("ho-knife-crime"), REGISTRY.asInForce("svb")));
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.offence()).isEqualTo("abh");
            assertThat(x.flags()).containsEntry("knife", true).containsEntry("domestic_abuse", false);
            assertThat(x.judgements()).extracting(Classifier.Judgement::included, Classifier.Judgement::rule)
                    .containsExactly(tuple(false, "exclude abh"), tuple(true, "include abh"),
                            tuple(true, "include knife-or-blade"), tuple(true, "include selected-offences-with-a-knife"),
                            tuple(true, "include abh (svb-2025)"));
        });
        assertThat(Classifier.explain(store, "no-such-id", List.of(REGISTRY.get("svb-2024")))).isEmpty();
    }

    @Test
    void the_police_uk_bounds_bracket_home_office_serious_violence_and_are_labelled_approximate() {
        long batch = Jdbc.count(store.connection(), "SELECT nextval('batch_seq')");
        Jdbc.update(store.connection(), "INSERT INTO batch VALUES (?, 'police-uk-street', 'police.uk', 'x.csv', 'x', "
                + "'UTF-8', 'strict', 5, 5, 0, NULL, NULL, 'active', NULL, false, 'test', current_timestamp)", batch);
        int line = 1;
        for (String type : List.of("Robbery", "Possession of weapons", "Violence and sexual offences",
                "Violence and sexual offences", "Burglary")) {
            Jdbc.update(store.connection(), "INSERT INTO police_uk_crime_all (batch_id, line, month, crime_type) "
                    + "VALUES (?, ?, DATE '2018-03-01', ?)", batch, ++line, type);
        }
        FileDefinition lower = REGISTRY.get("police-uk-sv-lower");
        FileDefinition upper = REGISTRY.get("police-uk-sv-upper");
        assertThat(lower.view()).isEqualTo("police_uk_crime");
        assertThat(count(lower)).isEqualTo(2);
        assertThat(count(upper)).isEqualTo(4);
        assertThat(lower.label()).endsWith("(approximate)");
        assertThat(upper.approximates()).isEqualTo("ho-serious-violence");
        assertThat(Jdbc.query(store.connection(), "SELECT DISTINCT " + PoliceUkCrimeTypes.sqlGroup()
                + " FROM police_uk_crime ORDER BY 1", rs -> rs.getString(1)))
                .containsExactly("Other", "Possession of weapons", "Robbery", "Violence and sexual offences (not separable)");
        assertThatThrownBy(() -> Classifier.classify(store, lower))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("applies to police_uk_crime");
    }

    @Test
    void every_police_uk_crime_type_has_a_stated_mapping() {
        assertThat(PoliceUkCrimeTypes.MAPPINGS).extracting(PoliceUkCrimeTypes.Mapping::crimeType)
                .containsExactlyElementsOf(Fields.POLICE_UK_CRIME_TYPES);
        assertThat(PoliceUkCrimeTypes.MAPPINGS).filteredOn(m -> m.crimeType().equals("Violence and sexual offences"))
                .singleElement().extracting(PoliceUkCrimeTypes.Mapping::fit).isEqualTo(PoliceUkCrimeTypes.Fit.MIXED);
    }

    @Test
    void occurrences_generated_in_sql_are_classified_once_per_definition_with_counts_that_match_the_condition() {
        SyntheticOccurrences.generate(store, 20_000);
        for (Definition d : REGISTRY.everything()) {
            if (!d.view().equals("occurrence")) continue;
            Classifier.Run run = Classifier.classify(store, d);
            assertThat(run.occurrences()).isEqualTo(20_011);
            assertThat(run.included()).as(d.label()).isEqualTo(count(d)).isPositive();
        }
        assertThat(Jdbc.count(store.connection(), "SELECT count(DISTINCT offence) FROM occurrence"))
                .isEqualTo(Fields.OFFENCE_GROUP.size());
    }

    private long count(Definition d) {
        return Jdbc.count(store.connection(), "SELECT count(*) FROM " + d.view() + " WHERE " + d.sqlCondition());
    }
}
