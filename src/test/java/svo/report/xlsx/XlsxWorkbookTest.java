package svo.report.xlsx;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import svo.analysis.Column;
import svo.report.Audience;
import svo.report.Cell;
import svo.report.Report;
import svo.report.ShownTable;
import svo.report.TestReports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxWorkbookTest {
    @TempDir
    Path dir;

    /** The row at a 0-based sheet index (the reader leaves out empty rows, so list positions are not row numbers). */
    static Row at(List<Row> rows, int index) {
        return rows.stream().filter(r -> r.getRowNum() == index + 1).findFirst().orElseThrow(() -> new AssertionError("no row " + index));
    }

    static Path write(Report r, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            XlsxWorkbook.write(r, out);
        }
        return file;
    }

    @Test
    void the_workbook_reopens_with_a_contents_sheet_and_every_table_as_a_sheet() throws IOException {
        Report r = TestReports.publishedSna(Audience.RESTRICTED);
        Path file = write(r, dir.resolve("sna.xlsx"));
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            List<String> names = wb.getSheets().map(Sheet::getName).toList();
            assertThat(names.get(0)).isEqualTo("Contents");
            assertThat(names).contains("Findings", "Methods");
            assertThat(names).containsAll(r.tables().stream().map(XlsxWorkbook::sheetName).toList());
            List<Row> contents = wb.getFirstSheet().read();
            String listed = contents.stream().map(row -> row.getCellText(1)).collect(Collectors.joining("|"));
            for (ShownTable t : r.tables()) assertThat(listed).contains(t.label());
            assertThat(at(contents, 3).getCellText(1)).startsWith("svb-2024 v1.0");
        }
    }

    @Test
    void each_table_sheet_holds_the_table_cell_for_cell_with_numbers_as_numbers() throws IOException {
        Report r = TestReports.publishedSna(Audience.RESTRICTED);
        Path file = write(r, dir.resolve("sna.xlsx"));
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            for (ShownTable t : r.tables()) {
                List<Row> rows = wb.findSheet(XlsxWorkbook.sheetName(t)).orElseThrow().read();
                assertThat(at(rows, 0).getCellText(0)).isEqualTo(t.label() + " " + t.title());
                Row head = at(rows, 3);
                for (int c = 0; c < t.columns().size(); c++) assertThat(head.getCellText(c)).isEqualTo(t.columns().get(c).label());
                for (int i = 0; i < t.rows().size(); i++) {
                    Row row = at(rows, 4 + i);
                    for (int c = 0; c < t.columns().size(); c++) {
                        Cell cell = t.rows().get(i).get(c);
                        Column col = t.columns().get(c);
                        if (col.kind() == Column.Kind.COUNT && cell.value() instanceof Number n) {
                            assertThat(row.getCell(c).getType()).isEqualTo(CellType.NUMBER);
                            assertThat(row.getCell(c).asNumber().longValueExact()).isEqualTo(n.longValue());
                        } else if (col.kind() == Column.Kind.TEXT) {
                            assertThat(row.getCellText(c)).isEqualTo(cell.text());
                        }
                    }
                }
            }
        }
    }

    @Test
    void the_knife_offence_type_sheet_has_the_published_2024_25_total() throws IOException {
        Report r = TestReports.publishedSna(Audience.RESTRICTED);
        ShownTable knife = r.tables().stream().filter(t -> t.title().equals("Knife crime by offence type")).findFirst().orElseThrow();
        try (ReadableWorkbook wb = new ReadableWorkbook(write(r, dir.resolve("sna.xlsx")).toFile())) {
            List<Row> rows = wb.findSheet(XlsxWorkbook.sheetName(knife)).orElseThrow().read();
            Row total = rows.stream().filter(x -> "Total".equals(x.getCellText(0))).findFirst().orElseThrow();
            assertThat(total.getCell(3).asNumber().intValue()).isEqualTo(644);
        }
    }

    @Test
    void a_formula_in_a_text_field_is_written_as_text_never_as_a_formula() throws IOException {
        Report r = SpreadsheetSafetyFixture.reportWithHostileText();
        Path file = write(r, dir.resolve("hostile.xlsx"));
        ShownTable t = r.tables().get(0);
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            List<Row> rows = wb.findSheet(XlsxWorkbook.sheetName(t)).orElseThrow().read();
            for (int i = 0; i < SpreadsheetSafetyFixture.HOSTILE.size(); i++) {
                var cell = at(rows, 4 + i).getCell(0);
                assertThat(cell.getType()).isEqualTo(CellType.STRING);
                assertThat(cell.getFormula()).isNull();
                assertThat(cell.asString()).isEqualTo(SpreadsheetSafetyFixture.HOSTILE.get(i));
            }
        }
        // And in the file itself: no sheet holds a formula element at all.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var entries = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).toList();
            assertThat(entries).isNotEmpty();
            for (var e : entries) {
                String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(xml).doesNotContain("<f>").doesNotContain("<f ");
            }
        }
    }
}
