package svo.definitions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import svo.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading and checking definition files: the shipped ones, the analyst's own, and the errors for bad ones. */
class DefinitionFileTest {
    private static final String HEADER = """
            name: my-sv
            version: 1.0
            title: My serious violence
            effective from: 2024-04-01
            source: a test
            statement: For a test.

            """; // 7 lines: the first rule is on line 8

    @TempDir
    Path dir;

    @Test
    void the_shipped_definitions_each_state_name_version_dates_statement_source_and_rules() {
        DefinitionRegistry registry = DefinitionRegistry.standard();
        assertThat(registry.definitions()).extracting(FileDefinition::name).contains("svb-2024", "svb-2025",
                "svb-knife", "ho-serious-violence", "ho-knife-crime", "nte-offences", "police-uk-sv-lower",
                "police-uk-sv-upper");
        for (FileDefinition d : registry.definitions()) {
            assertThat(d.version()).as(d.name()).isNotBlank();
            assertThat(d.title()).as(d.name()).isNotBlank();
            assertThat(d.statement()).as(d.name()).hasSizeGreaterThan(40);
            assertThat(d.source()).as(d.name()).isNotBlank();
            assertThat(d.effectiveFrom()).as(d.name()).isNotNull();
            assertThat(d.inclusions()).as(d.name()).isNotEmpty();
            assertThat(d.judgements()).as(d.name() + " states its judgements").isNotEmpty();
            assertThat(d.origin()).isEqualTo(d.name() + ".def (shipped)");
        }
        FileDefinition svb2024 = registry.get("svb-2024");
        assertThat(svb2024.label()).isEqualTo("svb-2024 v1.0");
        assertThat(svb2024.effectiveTo()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(registry.get("svb-2025").effectiveFrom()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(registry.get("police-uk-sv-lower").label()).isEqualTo("police-uk-sv-lower v1.0 (approximate)");
        assertThat(registry.asInForce("svb").label())
                .isEqualTo("svb (svb-2024 v1.0 to 2025-09-30, svb-2025 v1.0 from 2025-10-01)");
    }

    @Test
    void an_unknown_field_is_refused_with_the_file_line_column_and_the_name() throws IOException {
        write("my-sv.def", HEADER + "include robbery: offense = robbery_personal\n");
        assertThatThrownBy(() -> DefinitionRegistry.load(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("my-sv.def, line 8, column 18: \"offense\" is not valid (expected a field of the "
                        + "occurrence view: offence, offence_group, ho_code");
    }

    @Test
    void an_unknown_offence_on_a_continued_line_is_reported_on_the_line_it_is_on() throws IOException {
        write("my-sv.def", HEADER + """
                include gbh: offence in (gbh_with_intent,
                    gbh_with_intnet)
                """);
        assertThatThrownBy(() -> DefinitionRegistry.load(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("my-sv.def, line 9, column 5: \"gbh_with_intnet\" is not valid (expected an offence code: murder,");
    }

    @Test
    void an_unknown_offence_group_is_refused_but_a_known_one_in_any_case_is_accepted() throws IOException {
        write("my-sv.def", HEADER + "include vwi: offence_group = \"Violence with injuries\"\n");
        assertThatThrownBy(() -> DefinitionRegistry.load(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 8")
                .hasMessageContaining("\"Violence with injuries\" is not valid (expected an offence group: Homicide, Violence with injury");
        write("my-sv.def", HEADER + "include vwi: offence_group = \"violence WITH injury\"\n");
        assertThat(DefinitionRegistry.load(dir).get("my-sv").sqlCondition()).contains("'Violence with injury'");
    }

    @Test
    void an_unquoted_value_with_spaces_is_refused_with_a_hint_to_quote_it() throws IOException {
        write("my-sv.def", HEADER + "include vwi: offence_group = Violence with injury\n");
        assertThatThrownBy(() -> DefinitionRegistry.load(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 8, column 30: \"Violence\" is not valid")
                .hasMessageEndingWith("quote a value with spaces: \"Violence with injury\".");
    }

    @Test
    void a_value_written_to_smuggle_sql_is_refused_as_an_unknown_value() throws IOException {
        write("my-sv.def", HEADER + "include x: offence = \"abh' OR true OR '\"\n");
        assertThatThrownBy(() -> DefinitionRegistry.load(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("\"abh' OR true OR '\" is not valid (expected an offence code");
    }

    @Test
    void an_unknown_heading_is_refused_with_its_line() throws IOException {
        write("my-sv.def", HEADER.replace("effective from: 2024-04-01", "efective from: 2024-04-01"));
        assertThatThrownBy(() -> DefinitionRegistry.load(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("my-sv.def, line 4, column 1: \"efective from\" is not valid (expected a heading");
    }

    @Test
    void a_yes_no_field_compared_to_a_value_is_refused_with_a_hint() throws IOException {
        write("my-sv.def", HEADER + "include knives: knife = Y\n");
        assertThatThrownBy(() -> DefinitionRegistry.load(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 8, column 23: \"=\" is not valid")
                .hasMessageContaining("Write \"knife\" or \"not knife\".");
    }

    @Test
    void a_reference_to_an_unknown_definition_is_refused_with_its_line_and_name() throws IOException {
        write("my-sv.def", HEADER + "include knives: meets svb-2023 and knife\n");
        assertThatThrownBy(() -> DefinitionRegistry.load(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("my-sv.def, line 8, column 23: \"svb-2023\" is not valid (expected a definition or family:");
    }

    @Test
    void references_that_loop_are_refused() throws IOException {
        write("loop-a.def", HEADER.replace("my-sv", "loop-a") + "include b: meets loop-b\n");
        write("loop-b.def", HEADER.replace("my-sv", "loop-b") + "include a: meets loop-a\n");
        assertThatThrownBy(() -> DefinitionRegistry.load(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 8")
                .hasMessageContaining("must not form a loop");
    }

    @Test
    void a_rule_with_no_statement_is_refused_naming_what_is_missing() throws IOException {
        write("my-sv.def", HEADER.replace("statement: For a test.\n", "") + "include r: offence_group = Robbery\n");
        assertThatThrownBy(() -> DefinitionRegistry.load(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("my-sv.def: a value is missing (expected a \"statement:\" line).");
    }

    @Test
    void a_file_must_hold_the_definition_it_is_named_after() throws IOException {
        write("other-name.def", HEADER + "include r: offence_group = Robbery\n");
        assertThatThrownBy(() -> DefinitionRegistry.load(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("other-name.def, line 1: \"my-sv\" is not valid (expected the name other-name)");
    }

    @Test
    void a_new_version_in_a_family_must_start_the_day_after_the_previous_one_ends() throws IOException {
        String svb2026 = """
                name: svb-2026
                version: 1.0
                family: svb
                title: A future definition
                effective from: 2026-04-01
                source: a test
                statement: For a test.

                include robbery: offence_group = Robbery
                """;
        write("svb-2026.def", svb2026);
        assertThatThrownBy(() -> DefinitionRegistry.load(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("svb-2026.def")
                .hasMessageContaining("it has no \"effective to\"")
                .hasMessageContaining("without a gap or an overlap");
    }

    @Test
    void a_next_partnership_definition_joins_the_family_and_the_knife_definition_follows_it() throws IOException {
        String svb2025 = svo.store.Sql.resource("/svo/definitions/shipped/svb-2025.def");
        write("svb-2025.def", svb2025.replace("effective from: 2025-10-01", "effective from: 2025-10-01\neffective to: 2026-03-31"));
        write("svb-2026.def", svb2025.replace("name:           svb-2025", "name:           svb-2026")
                .replace("effective from: 2025-10-01", "effective from: 2026-04-01")
                .replace("include abh:             offence = abh", "include abh:             offence = abh\n"
                        + "include threats-to-kill: offence = threats_to_kill"));
        DefinitionRegistry registry = DefinitionRegistry.load(dir);
        assertThat(registry.asInForce("svb").label()).isEqualTo("svb (svb-2024 v1.0 to 2025-09-30, svb-2025 v1.0 to "
                + "2026-03-31, svb-2026 v1.0 from 2026-04-01)");
        assertThat(registry.get("svb-knife").sqlCondition())
                .contains("WHEN committed_from < DATE '2026-04-01' THEN")
                .contains("'threats_to_kill'");
    }

    @Test
    void a_police_uk_definition_must_say_what_it_approximates() throws IOException {
        write("my-sv.def", HEADER + "applies to: police_uk_crime\ninclude r: crime_type = Robbery\n");
        assertThatThrownBy(() -> DefinitionRegistry.load(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("an \"approximates:\" line");
    }

    @Test
    void an_offence_field_is_not_known_on_police_uk_data() throws IOException {
        write("my-sv.def", HEADER + "applies to: police_uk_crime\napproximates: ho-serious-violence\n"
                + "include r: offence_group = Robbery\n");
        assertThatThrownBy(() -> DefinitionRegistry.load(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 10")
                .hasMessageContaining("\"offence_group\" is not valid (expected a field of the police_uk_crime view: crime_type)");
    }

    @Test
    void an_analysts_file_adds_a_definition_and_one_with_a_shipped_name_replaces_it() throws IOException {
        write("my-sv.def", HEADER + """
                exclude da: domestic_abuse
                include robbery: offence_group = Robbery and not (knife or firearm)
                """);
        String shipped = svo.store.Sql.resource("/svo/definitions/shipped/svb-2024.def");
        write("svb-2024.def", shipped.replace("version:        1.0", "version:        1.1"));
        DefinitionRegistry registry = DefinitionRegistry.load(dir);
        assertThat(registry.get("my-sv").sqlCondition())
                .isEqualTo("(NOT (domestic_abuse) AND ((offence_group = 'Robbery' AND (NOT (knife OR firearm)))))");
        assertThat(registry.get("svb-2024").label()).isEqualTo("svb-2024 v1.1");
        assertThat(registry.get("svb-2024").origin()).isEqualTo(dir.resolve("svb-2024.def").toAbsolutePath().toString());
        assertThat(registry.asInForce("svb").label()).startsWith("svb (svb-2024 v1.1 to 2025-09-30");
    }

    @Test
    void a_family_name_alone_is_only_a_definition_as_in_force() {
        DefinitionRegistry registry = DefinitionRegistry.standard();
        assertThatThrownBy(() -> registry.resolve("svb", false))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("add --as-in-force");
        assertThat(registry.resolve("svb", true)).isInstanceOf(InForceDefinition.class);
        assertThat(registry.resolve("ho-serious-violence", true)).isSameAs(registry.get("ho-serious-violence"));
        assertThatThrownBy(() -> registry.get("svb-2023"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("\"svb-2023\" is not valid (expected one of ho-knife-crime, ho-serious-violence");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
