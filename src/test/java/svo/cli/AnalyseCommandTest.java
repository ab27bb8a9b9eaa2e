package svo.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import svo.store.Store;
import svo.testing.PublishedTables;
import svo.testing.Records;
import svo.testing.SnaRecords;
import svo.testing.TestGeography;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyseCommandTest {
    @TempDir
    static Path dir;
    static Path storeFile;

    @BeforeAll
    static void load() {
        storeFile = dir.resolve("svo.duckdb");
        try (Store store = Store.open(storeFile)) {
            TestGeography.districts(store);
            SnaRecords.seriousViolence(new Records()).load(store);
        }
    }

    record Run(int code, String out, String err) {}

    static Run svo(String... args) {
        CommandLine cl = SvoCommand.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--store");
        all.add(storeFile.toString());
        int code = cl.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void the_offence_type_table_comes_back_as_the_published_section_3_2_csv() {
        Run r = svo("analyse", "trend.offence-type", "--period", "FY2022-FY2024", "--definition", "svb-2024", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> expected = new ArrayList<>(List.of("offence_type,period,all,victims_18_and_under,suspects_18_and_under"));
        var sv = PublishedTables.sna2025("sv_yearly").where("category", "Serious Violence");
        for (String type : sv.distinct("offence_type")) {
            for (String period : sv.distinct("period")) {
                var cell = sv.where("offence_type", type).where("period", period);
                expected.add(type + "," + period + "," + cell.where("cohort", "all").value("count") + ","
                        + cell.where("cohort", "victims_18_and_under").value("count") + "," + cell.where("cohort", "suspects_18_and_under").value("count"));
            }
        }
        expected.addAll(List.of("total,2022/23,2485,479,503", "total,2023/24,2523,415,420", "total,2024/25,2179,281,346"));
        assertThat(r.out().lines().toList()).containsExactlyElementsOf(expected);
        assertThat(r.err()).contains("Scope: svb-2024 v1.0, 2022/23 to 2024/25, all areas").contains("compared with 2023/24");
    }

    @Test
    void the_cost_csv_gives_the_published_costs_with_possession_of_weapons_not_costed() {
        Run r = svo("analyse", "cost", "--period", "FY2023-FY2024", "--definition", "svb-2024", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                "period,offence_type,count,unit_cost,cost",
                "2023/24,Homicide,9,3217740,28959660",
                "2023/24,Violence with injury,894,14050,12560700",
                "2023/24,Robbery,639,11320,7233480",
                "2023/24,Possession of weapons,981,,",
                "2023/24,total,2523,,48753840",
                "2024/25,Homicide,6,3217740,19306440",
                "2024/25,Violence with injury,764,14050,10734200",
                "2024/25,Robbery,535,11320,6056200",
                "2024/25,Possession of weapons,874,,",
                "2024/25,total,2179,,36096840");
    }

    @Test
    void the_knife_block_is_the_same_command_under_svb_knife_and_a_table_prints_scope_and_basis() {
        Run r = svo("analyse", "trend.offence-type", "--period", "FY2022-FY2024", "--definition", "svb-knife");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Scope: svb-knife v1.0, 2022/23 to 2024/25, all areas")
                .contains("is compared with 2023/24").contains("Possession of weapons  2024/25").contains("356");
    }

    @Test
    void json_carries_the_scope_the_basis_the_figures_and_every_table() {
        Run r = svo("analyse", "headline", "--period", "FY2022-FY2024", "--definition", "svb-2024", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"definition_label\" : \"svb-2024 v1.0\"").contains("\"comparison\" : \"previous\"")
                .contains("\"serious_violence_sentence\" : \"Compared with 2023/24, serious violence fell by 14% (2,523 to 2,179).\"")
                .contains("\"label\" : \"2024/25\"");
    }

    @Test
    void a_district_is_chosen_by_name_and_the_comparison_basis_by_option() {
        Run r = svo("analyse", "trend.offence-type", "--period", "FY2022-FY2024", "--area", "derby", "--comparison", "first");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2022/23 to 2024/25, Derby").contains("is compared with 2022/23 (compared with the first period)");
    }

    @Test
    void a_family_name_means_the_definitions_as_in_force_and_an_analyst_folder_adds_definitions(@TempDir Path folder) throws Exception {
        Run family = svo("analyse", "trend.offence-type", "--period", "FY2024", "--definition", "svb", "--format", "csv");
        assertThat(family.code()).as(family.err()).isZero();
        assertThat(family.err()).contains("svb-2024 v1.0 to 2025-09-30, svb-2025 v1.0 from 2025-10-01");
        assertThat(family.out()).contains("total,2024/25,2179,281,346");
        java.nio.file.Files.writeString(folder.resolve("robbery-only.def"), """
                name:           robbery-only
                version:        0.1
                title:          Robbery only
                effective from: 2020-04-01
                source:         a test
                statement:      Robbery, nothing else.

                include robbery: offence_group = Robbery
                """);
        Run own = svo("analyse", "trend.offence-type", "--period", "FY2024", "--definition", "robbery-only", "--definitions",
                folder.toString(), "--format", "csv");
        assertThat(own.code()).as(own.err()).isZero();
        assertThat(own.out()).contains("total,2024/25,535,113,74");
    }

    @Test
    void a_police_uk_definition_is_refused_for_analyses_of_occurrences() {
        Run r = svo("analyse", "trend.offence-type", "--definition", "police-uk-sv-upper");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("police-uk-sv-upper").contains("police_uk_crime");
    }

    @Test
    void list_names_every_analysis_with_the_sna_section_it_reproduces() {
        Run r = svo("analyse", "--list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("trend.offence-type").contains("SNA 2025 §3.2").contains("hour-weekday").contains("SNA 2025 §4.3")
                .contains("knife.ho").contains("PA report May 2026 §2.1");
    }

    @Test
    void bad_ids_periods_areas_comparisons_and_parameters_exit_2_saying_what_is_valid() {
        Run id = svo("analyse", "trend.nonsense");
        assertThat(id.code()).isEqualTo(2);
        assertThat(id.err()).contains("trend.nonsense").contains("trend.offence-type").contains("hour-weekday");
        Run period = svo("analyse", "cost", "--period", "FY24");
        assertThat(period.code()).isEqualTo(2);
        assertThat(period.err()).contains("FY24").contains("FY2022-FY2024");
        Run area = svo("analyse", "cost", "--area", "Narnia");
        assertThat(area.code()).isEqualTo(2);
        assertThat(area.err()).contains("Narnia").contains("Amber Valley (E07000032)").contains("city, county");
        Run comparison = svo("analyse", "cost", "--comparison", "last");
        assertThat(comparison.code()).isEqualTo(2);
        assertThat(comparison.err()).contains("previous").contains("first");
        Run param = svo("analyse", "hour-weekday", "--param", "colour=red");
        assertThat(param.code()).isEqualTo(2);
        assertThat(param.err()).contains("colour=red").contains("child-max-age");
        Run definition = svo("analyse", "cost", "--definition", "svb-1999");
        assertThat(definition.code()).isEqualTo(2);
        assertThat(definition.err()).contains("svb-1999").contains("svb-2024");
    }
}
