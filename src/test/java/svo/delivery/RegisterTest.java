package svo.delivery;

import org.junit.jupiter.api.Test;
import svo.BadInputException;
import svo.analysis.Table;
import svo.ingest.ImportOptions;
import svo.store.Store;
import svo.testing.PublishedTables;
import svo.testing.TestImports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The register read from the real Derby and Derbyshire interventions and their published figures. */
class RegisterTest {
    static final Path INTERVENTIONS = PublishedTables.FOLDER.resolve("interventions.csv");
    static final Path FIGURES = PublishedTables.FOLDER.resolve("intervention_measures.csv");

    /** A store holding the real register and figures, loaded through the importers as the demo loads them. */
    static Store realRegister() {
        Store store = Store.inMemory();
        TestImports.loadFile(store, "interventions", INTERVENTIONS, ImportOptions.strict());
        TestImports.loadFile(store, "intervention-measures", FIGURES, ImportOptions.strict());
        return store;
    }

    @Test
    void lists_every_real_intervention_with_as_many_published_figures_as_the_fixture_gives_it() {
        PublishedTables.Fixture register = PublishedTables.sna2025("interventions");
        PublishedTables.Fixture figures = PublishedTables.sna2025("intervention_measures");
        try (Store store = realRegister()) {
            List<Register.Intervention> list = new Register().list(store, Viewer.OPERATOR);
            assertThat(list).extracting(Register.Intervention::name)
                    .containsExactlyElementsOf(register.rows().stream().map(r -> r.get("name")).toList());
            Map<String, Long> expected = figures.rows().stream().collect(Collectors.groupingBy(r -> r.get("intervention"), Collectors.counting()));
            for (Register.Intervention i : list) {
                assertThat(i.publishedFigures()).as(i.name()).isEqualTo(expected.getOrDefault(i.name(), 0L));
            }
            assertThat(new Register().figures(store, Viewer.OPERATOR, null)).hasSize(figures.size());
        }
    }

    @Test
    void shows_active_bystander_training_with_both_published_reach_figures_and_its_strand_rating_with_source() {
        try (Store store = realRegister()) {
            Register register = new Register();
            Register.Intervention ab = register.find(store, Viewer.OPERATOR, "Active Bystander Training ('I Can I Will')");
            assertThat(ab.id()).isEqualTo("active-bystander-training-i-can-i-will");
            assertThat(ab.owner()).isEqualTo("Safe and Sound");
            assertThat(ab.tier()).isEqualTo("primary");
            assertThat(ab.tierBasis()).isEqualTo("inferred");
            assertThat(ab.ageMin()).isEqualTo(10);
            assertThat(ab.ageMax()).isEqualTo(18);
            assertThat(ab.strands()).singleElement().satisfies(s -> {
                assertThat(s.strand()).isEqualTo("bystander programmes");
                assertThat(s.headlineEffectPct()).isEqualTo(14.0);
                assertThat(s.citation()).startsWith("https://youthendowmentfund.org.uk/");
            });
            List<Register.Figure> reach = register.figures(store, Viewer.OPERATOR, ab.id()).stream()
                    .filter(f -> f.measure().equals("young_people_reached")).toList();
            assertThat(reach).extracting(Register.Figure::stated).containsExactly("2991", "nearly 3000");
            assertThat(reach).extracting(Register.Figure::source).allMatch(s -> s.startsWith("00"));
        }
    }

    @Test
    void an_intervention_with_two_strands_shows_both_and_an_owner_from_its_lead_when_its_provider_names_several() {
        try (Store store = realRegister()) {
            Register.Intervention sceptre = new Register().find(store, Viewer.OPERATOR, "operation-sceptre");
            assertThat(sceptre.strands()).extracting(Register.EvidenceStrand::strand)
                    .containsExactly("knife-crime education", "hot spots policing");
            assertThat(sceptre.owner()).isEqualTo("Derbyshire Constabulary");
            Table t = Register.table(List.of(sceptre));
            assertThat(t.value(0, "strand_impact").toString()).contains("insufficient evidence").contains("14% reduction in violent crime");
            assertThat(t.value(0, "evidence_strand_basis")).isEqualTo("not stated");
        }
    }

    @Test
    void an_evidence_strand_that_is_not_in_the_reference_data_is_refused_with_the_strands_there_are() {
        try (Store store = Store.inMemory()) {
            assertThatThrownBy(() -> TestImports.load(store, "interventions", """
                    name,provider,status,evidence_strand
                    Street boxing,Boxing Club,ongoing,boxing
                    """)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("line 2, column evidence_strand")
                    .hasMessageContaining("'boxing' is not an evidence strand")
                    .hasMessageContaining("sports programmes");
            assertThat(new Register().list(store, Viewer.OPERATOR)).isEmpty();
        }
    }

    @Test
    void an_intervention_already_in_the_register_is_refused_unless_the_file_replaces_the_register() {
        try (Store store = Store.inMemory()) {
            String csv = """
                    name,provider,status
                    Street boxing,Boxing Club,ongoing
                    """;
            TestImports.load(store, "interventions", csv);
            assertThatThrownBy(() -> TestImports.load(store, "interventions", csv + "Night buses,Bus Co,ongoing\n"))
                    .hasMessageContaining("'street-boxing' is already in the register").hasMessageContaining("--replace");
            TestImports.load(store, "interventions", csv + "Night buses,Bus Co,ongoing\n", ImportOptions.strict().withReplace(true));
            assertThat(new Register().list(store, Viewer.OPERATOR)).extracting(Register.Intervention::id)
                    .containsExactly("street-boxing", "night-buses");
        }
    }

    @Test
    void a_bad_measures_column_says_which_entry_is_wrong() {
        try (Store store = Store.inMemory()) {
            assertThatThrownBy(() -> TestImports.load(store, "interventions", """
                    name,provider,status,measures
                    Street boxing,Boxing Club,ongoing,sessions_delivered*;rounds_sparred
                    """)).hasMessageContaining("column measures")
                    .hasMessageContaining("'rounds_sparred' is not a standard measure, so it needs a unit (rounds_sparred:count)");
        }
    }

    @Test
    void figures_for_an_intervention_not_in_the_register_are_refused_naming_it() {
        try (Store store = realRegister()) {
            assertThatThrownBy(() -> TestImports.load(store, "intervention-measures", """
                    intervention,measure,value,unit
                    Operation Nonesuch,visits,4,count
                    """)).hasMessageContaining("'Operation Nonesuch' is not in the interventions register");
        }
    }
}
