package svo.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import svo.testing.TestImports;
import svo.store.Jdbc;
import svo.store.Store;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code svo definitions …} and {@code svo classify …} run as a user runs them: exit code and printed text. */
class DefinitionsCommandTest {
    @TempDir
    Path dir;

    private Path storeFile;

    record Run(int exit, String out, String err) {}

    @BeforeEach
    void store() {
        storeFile = dir.resolve("svo.duckdb");
        try (Store store = Store.open(storeFile)) {
            TestImports.load(store, "occurrences", """
                    occurrence_id,recorded_date,committed_from,offence,knife,firearm,other_weapon,domestic_abuse
                    A-1,2025-05-01,2025-05-01T21:00,abh,N,N,N,N
                    A-2,2025-09-30,2025-09-30T23:30,abh,Y,N,N,N
                    A-3,2025-10-01,2025-10-01T00:30,abh,N,N,N,N
                    A-4,2025-10-02,2025-10-02T12:00,abh,N,N,N,Y
                    G-1,2025-06-01,2025-06-01T01:00,gbh_without_intent,N,N,N,N
                    P-1,2025-07-01,2025-07-01T15:00,possession_bladed_article,N,N,N,N
                    R-1,2024-07-01,2024-07-01T15:00,robbery_business,N,N,N,N
                    """);
        }
    }

    @Test
    void definitions_list_prints_every_definition_with_its_version_dates_and_view() {
        Run r = run("definitions", "list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("svb-2024 +1.0 +svb +2022-04-01 to 2025-09-30 +occurrence")
                .containsPattern("svb-2025 +1.0 +svb +from 2025-10-01")
                .contains("ho-knife-crime", "ho-serious-violence", "svb-knife", "nte-offences")
                .containsPattern("police-uk-sv-lower .*police_uk_crime .*\\(approximate\\)")
                .contains("as in force (--as-in-force): svb (svb-2024 v1.0 to 2025-09-30, svb-2025 v1.0 from 2025-10-01)");
    }

    @Test
    void definitions_show_prints_the_rules_in_the_order_they_are_tried_with_their_reasons_and_source() {
        Run r = run("definitions", "show", "svb-2025", "--sql");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("svb-2025 v1.0: Serious Violence Board definition (from October 2025)")
                .contains("source       Derbyshire Constabulary report to the Police and Crime Commissioner, May 2026")
                .contains("  exclude domestic-abuse: domestic_abuse")
                .contains("  include abh: offence = abh")
                .contains("why: \"Amended to include actual bodily harm")
                .contains("judgements")
                .contains("sql condition (over the occurrence view):");
        assertThat(r.out().indexOf("exclude domestic-abuse")).isLessThan(r.out().indexOf("include homicide"));
    }

    @Test
    void definitions_diff_prints_by_offence_the_abh_moving_in_and_nothing_else_and_lists_them() {
        Run r = run("definitions", "diff", "svb-2024", "svb-2025", "--period", "FY2025", "--list", "--store", storeFile.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .startsWith("From svb-2024 v1.0 to svb-2025 v1.0, 2025/26 (occurrences committed 2025-04-01 to 2026-03-31)")
                .containsPattern("Violence with injury +abh +0 +3 +3 +0")
                .containsPattern("total +0 +3 +3 +0")
                .contains("All offences: svb-2024 counts 2; svb-2025 counts 5; 3 move in, 0 move out.")
                .containsPattern("A-2 +2025-09-30T23:30 +abh +in +exclude abh +include abh")
                .doesNotContain("gbh_without_intent  ", "A-4");
        long offenceRows = r.out().lines().filter(l -> l.startsWith("Violence") || l.startsWith("Possession")
                || l.startsWith("Robbery") || l.startsWith("Homicide")).count();
        assertThat(offenceRows).as("only ABH moves").isEqualTo(1);
    }

    @Test
    void definitions_diff_as_csv_is_one_row_per_moving_offence() {
        Run r = run("definitions", "diff", "svb-2024", "svb", "--period", "FY2025", "--format", "csv",
                "--store", storeFile.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                "offence group,offence,in svb-2024,in svb,moving in,moving out",
                "Violence with injury,abh,0,1,1,0");
    }

    @Test
    void classify_stores_each_definition_and_explain_says_why_one_occurrence_is_in_or_out() {
        Run c = run("classify", "--store", storeFile.toString());
        assertThat(c.exit()).isZero();
        assertThat(c.out()).containsPattern("svb-2024 v1.0 +7 +3 +42.9")
                .contains("svb (svb-2024 v1.0 to 2025-09-30, svb-2025 v1.0 from 2025-10-01) as in force")
                .doesNotContain("police-uk");
        try (Store store = Store.open(storeFile)) {
            assertThat(Jdbc.count(store.connection(), "SELECT count(DISTINCT definition) FROM classification")).isEqualTo(7);
        }
        Run e = run("classify", "explain", "A-2", "--store", storeFile.toString());
        assertThat(e.exit()).isZero();
        assertThat(e.out()).contains("occurrence A-2 (batch 1)")
                .contains("committed 2025-09-30T23:30; offence abh (Violence with injury)")
                .contains("knife yes, firearm no")
                .containsPattern("svb-2024 v1\\.0 +out +exclude abh +offence = abh")
                .containsPattern("svb-2025 v1\\.0 +in +include abh +offence = abh")
                .containsPattern("svb-knife v1\\.0 +out +no inclusion rule")
                .containsPattern("ho-knife-crime v1\\.0 +in +include selected-offences-with-a-knife +knife and offence_group in")
                .containsPattern("2025-10-01\\) as in force +out +exclude abh \\(svb-2024\\) +offence = abh");
    }

    @Test
    void explaining_an_unknown_occurrence_is_bad_input() {
        Run r = run("classify", "explain", "NOPE", "--store", storeFile.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("error: occurrence: \"NOPE\" is not valid (expected the id of an occurrence in an active batch)");
    }

    @Test
    void an_unknown_definition_name_exits_2_listing_the_known_ones() {
        Run r = run("definitions", "diff", "svb-2023", "svb-2025", "--period", "FY2025", "--store", storeFile.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("\"svb-2023\" is not valid (expected one of ho-knife-crime, ho-serious-violence");
    }

    @Test
    void a_bad_definition_file_in_the_analysts_folder_exits_2_naming_file_line_and_the_unknown_name() throws Exception {
        Path defs = Files.createDirectories(dir.resolve("defs"));
        Files.writeString(defs.resolve("mine.def"), """
                name: mine
                version: 0.1
                title: Mine
                effective from: 2025-04-01
                source: me
                statement: Robbery with a knife.
                include knife-robbery: offence_group = Robbery and knfe
                """);
        Run r = run("definitions", "list", "--definitions", defs.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("error: mine.def, line 7, column 52: \"knfe\" is not valid (expected a field of the occurrence view");
    }

    @Test
    void the_police_uk_mapping_is_printed_as_approximate_and_says_what_cannot_be_classified() {
        Run r = run("definitions", "police-uk");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("(approximate")
                .containsPattern("Violence and sexual offences +Violence and sexual offences \\(not separable\\) +mixed")
                .containsPattern("Robbery +Robbery +exact")
                .contains("knife crime (no weapon flags)");
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = SvoCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
