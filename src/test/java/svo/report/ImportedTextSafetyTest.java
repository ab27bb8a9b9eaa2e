package svo.report;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import svo.analysis.AnalysisCatalog;
import svo.analysis.AnalysisContext;
import svo.analysis.Period;
import svo.definitions.Definition;
import svo.definitions.DefinitionRegistry;
import svo.report.csv.CsvTables;
import svo.report.html.HtmlReport;
import svo.report.xlsx.XlsxWorkbook;
import svo.store.Store;
import svo.testing.Records;
import svo.testing.TestDefinitions;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A formula typed into a free-text field of a police extract (the outcome type) reaches the report through the real
 * importer and the real outcomes analysis, and comes out as text in the workbook, the CSV and the HTML.
 */
class ImportedTextSafetyTest {
    private static final String HOSTILE = "=HYPERLINK(\"http://x\",\"y\")";

    @Test
    void a_formula_in_an_imported_outcome_field_appears_as_text() throws Exception {
        try (Store store = Store.inMemory()) {
            Records r = new Records();
            r.times(12, o -> o.offence("robbery_personal").on(LocalDate.of(2024, 8, 1)).outcome("other", HOSTILE));
            r.times(9, o -> o.offence("robbery_personal").on(LocalDate.of(2024, 9, 1)).outcome("other", "Evidential difficulties"));
            r.load(store);
            DefinitionRegistry registry = DefinitionRegistry.standard();
            AnalysisContext ctx = AnalysisContext.of(store, name -> registry.find(name).map(d -> (Definition) d));
            ReportPlan plan = new ReportPlan(List.of(SectionPlan.of("outcomes", "Outcomes", "", Block.of("outcomes"))));
            Report report = new ReportBuilder(AnalysisCatalog.standard(TestDefinitions.lookup()), ctx, plan)
                    .build(ReportRequest.of(TestDefinitions.get("svb-2024"), Period.parse("FY2024"), Audience.PUBLIC, TestReports.NOW));
            ShownTable top = report.tables().stream().filter(t -> t.anchor().endsWith("--top_other")).findFirst().orElseThrow();

            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            XlsxWorkbook.write(report, xlsx);
            try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
                List<Row> rows = wb.findSheet(XlsxWorkbook.sheetName(top)).orElseThrow().read();
                var cell = rows.stream().flatMap(row -> row.stream()).filter(c -> c != null && HOSTILE.equals(c.getRawValue())
                        || c != null && c.getType() == CellType.STRING && HOSTILE.equals(c.asString())).findFirst().orElseThrow();
                assertThat(cell.getType()).isEqualTo(CellType.STRING);
                assertThat(cell.getFormula()).isNull();
            }
            assertThat(CsvTables.csv(top)).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
            assertThat(HtmlReport.render(report, HtmlReport.Target.BROWSER)).contains("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)");
        }
    }
}
