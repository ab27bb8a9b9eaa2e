package svo.report.csv;

import org.junit.jupiter.api.Test;
import svo.report.Audience;
import svo.report.Report;
import svo.report.ShownTable;
import svo.report.TestReports;
import svo.report.xlsx.SpreadsheetSafetyFixture;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTablesTest {
    static Map<String, String> unzip(Report r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTables.write(r, out);
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                files.put(e.getName(), text.startsWith("\uFEFF") ? text.substring(1) : text);
            }
        }
        return files;
    }

    @Test
    void the_zip_holds_every_table_as_csv_with_a_contents_file() throws IOException {
        Report r = TestReports.publishedSna(Audience.RESTRICTED);
        Map<String, String> files = unzip(r);
        assertThat(files).containsKeys("README.txt", "contents.csv", "findings.csv");
        for (ShownTable t : r.tables()) {
            String csv = files.get(CsvTables.fileName(t));
            assertThat(csv).as(t.label()).isNotNull();
            assertThat(csv.split("\r\n")).hasSize(t.rows().size() + 1);
            assertThat(files.get("contents.csv")).contains(CsvTables.fileName(t));
        }
        assertThat(files.get("README.txt")).contains("svb-2024 v1.0").contains("2022/23 to 2024/25").contains("restricted");
    }

    @Test
    void numbers_are_plain_and_the_header_is_snake_case() throws IOException {
        Report r = TestReports.publishedSna(Audience.RESTRICTED);
        ShownTable district = r.tables().stream().filter(t -> t.title().equals("Serious violence by district")).findFirst().orElseThrow();
        String csv = unzip(r).get(CsvTables.fileName(district));
        assertThat(csv).startsWith("district,district_code,population_year,count_2022_23,count_2023_24,count_2024_25,")
                .containsPattern("\r\nDerby,E0\\d+,2023,1153,1023,959,259154,259154,259154,4\\.4,3\\.9,3\\.7\r\n");
    }

    @Test
    void text_a_spreadsheet_could_run_as_a_formula_is_written_behind_an_apostrophe() throws IOException {
        Report r = SpreadsheetSafetyFixture.reportWithHostileText();
        String csv = unzip(r).get(CsvTables.fileName(r.tables().get(0)));
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",100\r\n")
                .contains("'+1+2,101\r\n").contains("'-3+4,102\r\n").contains("'@SUM(A1),103\r\n")
                .contains("Investigation complete,104\r\n");
    }
}
