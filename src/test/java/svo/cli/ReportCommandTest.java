package svo.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.Records;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code svo report sna} run as a user runs it: exit code, printed text, and the files it writes. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private Path storeFile;

    record Run(int exit, String out, String err) {}

    @BeforeEach
    void store() throws IOException {
        storeFile = dir.resolve("svo.duckdb");
        try (Store store = Store.open(storeFile)) {
            Records r = new Records();
            r.times(30, o -> o.offence("gbh_with_intent").on(LocalDate.of(2023, 7, 1)).district("E06000015").suspect(19));
            r.times(22, o -> o.offence("robbery_personal").on(LocalDate.of(2024, 8, 1)).district("E06000015").qualifiers("drugs"));
            r.times(3, o -> o.offence("murder").on(LocalDate.of(2024, 9, 1)).district("E07000032").knife());
            r.load(store);
            Jdbc.update(store.connection(), "INSERT INTO store_setting(key, value) VALUES ('synthetic', 'true')");
        }
        String squares = "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::27700\"}},"
                + " \"features\": [" + square("E06000015", "Derby", 430_000, 330_000) + ", " + square("E07000032", "Amber Valley", 440_000, 340_000) + "]}";
        Path file = Files.writeString(dir.resolve("districts.geojson"), squares, StandardCharsets.UTF_8);
        assertThat(run("geo", "import-areas", "--store", storeFile.toString(), "--level", "district", file.toString()).exit()).isZero();
    }

    private static String square(String code, String name, double x, double y) {
        return String.format(java.util.Locale.ROOT, "{\"type\": \"Feature\", \"properties\": {\"LAD13CD\": \"%s\", \"LAD13NM\": \"%s\"},"
                + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]}}",
                code, name, x, y, x + 5000, y, x + 5000, y + 5000, x, y + 5000, x, y);
    }

    @Test
    void writes_the_html_pdf_workbook_and_csv_zip_and_nine_profiles_become_one_per_loaded_district() throws IOException {
        Path out = dir.resolve("out");
        Run r = run("report", "sna", "--store", storeFile.toString(), "--period", "FY2024", "--definition", "svb-2024",
                "--audience", "public", "--out", out.toString(), "--districts");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Serious Violence Strategic Needs Assessment").contains("(synthetic data)").contains("wrote 12 files for 3 reports");
        for (String f : List.of("sna.html", "sna.pdf", "sna.xlsx", "sna-tables.zip", "districts/derby.pdf", "districts/amber-valley.html")) {
            assertThat(out.resolve(f)).as(f).exists();
        }
        String html = Files.readString(out.resolve("sna.html"));
        assertThat(html).contains("SYNTHETIC DATA").contains("svb-2024 v1.0").contains("public")
                .contains("Completeness of the records")
                // Self-contained: nothing is fetched from anywhere (namespace names are not fetches).
                .doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContainPattern("url\\([\"']?(https?:)?//")
                .doesNotContain("@import").doesNotContain("<script");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("districts/derby.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("District profile: Derby").contains("SYNTHETIC DATA").contains("Data quality");
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(out.resolve("sna.xlsx").toFile())) {
            assertThat(wb.getSheets().map(s -> s.getName()).toList()).contains("Contents", "Methods");
        }
        assertThat(out.resolve("sna.pdf.part")).doesNotExist();
    }

    @Test
    void an_unknown_definition_is_bad_input_that_names_the_known_ones() {
        Run r = run("report", "sna", "--store", storeFile.toString(), "--period", "FY2024", "--definition", "svb-2023",
                "--audience", "public", "--out", dir.resolve("x").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("svb-2023").contains("svb-2024").contains("svb-knife");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void an_unknown_audience_or_district_is_bad_input() {
        Run a = run("report", "sna", "--store", storeFile.toString(), "--period", "FY2024", "--audience", "everyone", "--out", dir.toString());
        assertThat(a.exit()).isEqualTo(2);
        assertThat(a.err()).contains("everyone").contains("restricted or public");
        Run d = run("report", "sna", "--store", storeFile.toString(), "--period", "FY2024", "--audience", "public", "--area", "Ripley",
                "--out", dir.toString());
        assertThat(d.exit()).isEqualTo(2);
        assertThat(d.err()).contains("Ripley").contains("Amber Valley, Derby");
    }

    @Test
    void one_district_can_be_reported_on_its_own() {
        Path out = dir.resolve("derby");
        Run r = run("report", "sna", "--store", storeFile.toString(), "--period", "FY2024", "--audience", "restricted",
                "--area", "E06000015", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(out.resolve("derby.pdf")).exists();
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = SvoCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void a_public_district_profile_over_imported_records_withholds_the_district_s_small_counts() throws IOException {
        Path out = dir.resolve("public");
        Run r = run("report", "sna", "--store", storeFile.toString(), "--period", "FY2024", "--audience", "public",
                "--out", out.toString(), "--districts");
        assertThat(r.exit()).as(r.err()).isZero();
        // Amber Valley has 3 occurrences (the murders of 2024/25): a public profile prints none of its counts from 1 to 4.
        Map<String, String> csv = unzip(out.resolve("districts/amber-valley-tables.zip"));
        String completeness = csv.entrySet().stream().filter(e -> e.getKey().contains("completeness")).map(Map.Entry::getValue)
                .findFirst().orElseThrow();
        for (String line : completeness.split("\r\n")) {
            for (String cell : line.split(",")) {
                if (cell.matches("\\d+")) assertThat(Long.parseLong(cell)).as(line).matches(n -> n == 0 || n > 4);
            }
        }
        assertThat(completeness).contains("<5");
        // The partnership report, over all 55 occurrences, prints them: 30 + 22 in Derby, none located.
        String all = unzip(out.resolve("sna-tables.zip")).entrySet().stream().filter(e -> e.getKey().contains("completeness"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        assertThat(all).contains("Occurrences without coordinates,0,30,25,0,30,25,,100.0,100.0")
                .contains("Occurrences with no qualifier recorded,0,[c],<5,0,30,25,,[c],[c]");
    }

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                files.put(e.getName(), text.startsWith("\uFEFF") ? text.substring(1) : text);
            }
        }
        return files;
    }
}
