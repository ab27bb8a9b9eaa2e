package svo.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import svo.ingest.ImportOptions;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.TestImports;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The partner data from the command line: each analysis prints its tables; a bad file is refused and changes nothing. */
class PartnerCommandsTest {
    @TempDir
    static Path dir;
    static Path storeFile;
    static final List<String> EXAMPLES = List.of("occurrences", "persons", "hospitals", "ed-attendances", "ambulance", "yjs-offences",
            "probation", "school-exclusions", "social-care", "neet", "index-events");

    @BeforeAll
    static void load() throws Exception {
        storeFile = dir.resolve("svo.duckdb");
        try (Store store = Store.open(storeFile)) {
            for (String d : EXAMPLES) TestImports.loadFile(store, d, Path.of("docs/datasets/examples/" + d + ".csv"), ImportOptions.strict());
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
        return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            health.ed          | FY2024  | Attendances per year and average per month | Royal Derby Hospital
            health.ambulance   | FY2024  | Patients due to assaults by response type and sex | See, Treat and Convey
            yjs                | FY2024  | Offences by type | Assault by beating
            probation          | CY2024  | Cases by district | Derby
            schools.exclusions | FY2023  | Top reasons for exclusions and suspensions | Persistent disruptive behaviour
            social-care        | FY2024  | Referrals, child protection plans, admissions to care and care leavers | Care leavers
            neet               | FY2024  | 16-17 year olds not in education, employment or training | Derbyshire
            reoffending        | FY2024  | Reoffending within 3, 6 and 12 months | People
            """)
    void each_partner_analysis_runs_from_the_command_line_and_prints_its_tables(String id, String period, String table, String cell) {
        Run r = svo("analyse", id, "--period", period);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(table).contains(cell);
        Run csv = svo("analyse", id, "--period", period, "--format", "csv");
        assertThat(csv.code()).as(csv.err()).isZero();
        Run json = svo("analyse", id, "--period", period, "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"analysis\" : \"" + id + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ed-attendances | hospital,arrival\\nRDH,2024-05-04T23:41\\nRDH,yesterday\\n | line 3, column arrival
            neet           | year,la_name,cohort,neet\\n2025,Derby,100,50\\n2025,Erewash,100,150\\n | line 3, column neet
            """)
    void a_bad_row_refuses_the_file_from_the_command_line_with_exit_code_2_and_nothing_changes(String dataset, String csv, String where)
            throws Exception {
        Path file = dir.resolve(dataset + "-bad.csv");
        Files.writeString(file, csv.replace("\\n", "\n"));
        long batches;
        try (Store store = Store.open(storeFile)) {
            batches = Jdbc.count(store.connection(), "SELECT count(*) FROM batch");
        }
        Run r = svo("import", "--dataset", dataset, file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(where).contains("nothing was loaded (strict mode)");
        try (Store store = Store.open(storeFile)) {
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM batch")).isEqualTo(batches);
        }
    }
}
