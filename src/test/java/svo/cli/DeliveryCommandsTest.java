package svo.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import svo.ingest.ImportOptions;
import svo.store.Store;
import svo.testing.PublishedTables;
import svo.testing.Records;
import svo.testing.TestGeography;
import svo.testing.TestImports;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery commands run from outside: exit codes, messages, CSV, the PDF pack. */
class DeliveryCommandsTest {
    @TempDir
    static Path dir;
    static Path storeFile;

    @BeforeAll
    static void load() {
        storeFile = dir.resolve("svo.duckdb");
        try (Store store = Store.open(storeFile)) {
            TestGeography.districts(store);
            Records r = new Records();
            // Three years of robberies in Derby, ten a month, then 35 in December 2025.
            for (LocalDate m = LocalDate.of(2022, 1, 1); m.isBefore(LocalDate.of(2025, 12, 1)); m = m.plusMonths(1)) {
                LocalDate month = m;
                r.times(10, o -> o.offence("robbery_personal").on(month.plusDays(9)).district("Derby").victim(30).suspect(28));
            }
            r.times(35, o -> o.offence("robbery_personal").on(LocalDate.of(2025, 12, 6)).district("Derby").victim(30).suspect(28));
            r.load(store);
            TestImports.loadFile(store, "interventions", PublishedTables.FOLDER.resolve("interventions.csv"), ImportOptions.strict());
            TestImports.loadFile(store, "intervention-measures", PublishedTables.FOLDER.resolve("intervention_measures.csv"), ImportOptions.strict());
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
    void interventions_list_as_csv_has_one_row_per_real_intervention() {
        Run r = svo("interventions", "list", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("intervention_id,name,provider,owner,lead_organisation,funder,funding_stream,tier,tier_basis,");
        assertThat(lines).hasSize(1 + PublishedTables.sna2025("interventions").size());
        assertThat(lines).anyMatch(l -> l.startsWith("active-bystander-training-i-can-i-will,Active Bystander Training ('I Can I Will'),Safe and Sound,"));
    }

    @Test
    void import_returns_refuses_an_impossible_value_with_the_reason_and_exit_code_2() throws Exception {
        Path file = dir.resolve("returns-bad.csv");
        Files.writeString(file, """
                intervention,quarter,measure,value
                erewash-youth-outreach-safe-and-sound,2025Q4,attendance,100
                erewash-youth-outreach-safe-and-sound,2025Q4,participants_24_and_under,140
                """);
        Run r = svo("interventions", "import-returns", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("gives 140 unique participants but only 100 attendances").contains("nothing was loaded");
        Files.writeString(file, """
                intervention,quarter,measure,value
                erewash-youth-outreach-safe-and-sound,2025Q4,sessions_delivered,37
                erewash-youth-outreach-safe-and-sound,2025Q4,attendance,679
                """);
        Run ok = svo("interventions", "import-returns", file.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("2 rows read, 2 loaded, 0 rejected").contains("1 return (intervention and quarter), 0 correcting");
    }

    @Test
    void a_provider_is_refused_another_providers_intervention_on_the_command_line_too() {
        Run r = svo("interventions", "show", "hope-hacks", "--provider", "Safe and Sound");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("refused: the intervention 'hope-hacks' is not one of Safe and Sound's interventions");
        assertThat(svo("interventions", "list", "--provider", "Safe and Sound", "--format", "csv").out().lines()).hasSize(3);
    }

    @Test
    void early_warning_lists_the_december_rise_in_derby_robbery_as_csv() {
        Run r = svo("early-warning", "--month", "2025-12", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("month,district,offence_type,age_group,observed,expected,upper_limit,excess,ratio,ratio_low,"
                + "ratio_high,p_value,run_observed,run_expected,flag");
        assertThat(lines).anyMatch(l -> l.startsWith("2025-12,Derby,Robbery,All ages,35,10.0,") && l.endsWith("above upper limit"));
        Run bad = svo("early-warning", "--month", "December");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--month").contains("YYYY-MM");
    }

    @Test
    void board_writes_the_pdf_pack_for_the_quarter() throws Exception {
        Path out = dir.resolve("pack");
        Run r = svo("board", "--quarter", "2025Q4", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Serious violence, all ages").contains("wrote ");
        Path pdf = out.resolve("board-2025Q4.pdf");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Oct–Dec 2025").contains("Derby").contains("Robbery").contains("above upper limit");
        }
        Run late = svo("board", "--quarter", "2026Q3");
        assertThat(late.code()).isEqualTo(2);
        assertThat(late.err()).contains("The records end on 2025-12-06");
    }

    @Test
    void evaluate_without_a_participant_list_reports_the_providers_figures() {
        Run r = svo("interventions", "evaluate", "Stop and Search Scrutiny Panels");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Reported by the provider").contains("reoffended").contains("not checked against the records");
    }
}
