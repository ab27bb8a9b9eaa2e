package svo.report.html;

import org.junit.jupiter.api.Test;
import svo.analysis.AnalysisCatalog;
import svo.analysis.AnalysisContext;
import svo.analysis.Area;
import svo.analysis.Column;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.report.Audience;
import svo.report.Block;
import svo.report.Report;
import svo.report.ReportBuilder;
import svo.report.ReportPlan;
import svo.report.ReportRequest;
import svo.report.SectionPlan;
import svo.report.TestReports;
import svo.report.xlsx.SpreadsheetSafetyFixture;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {
    private static void wellFormed(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_report_is_well_formed_xhtml_for_both_the_browser_and_the_pdf() throws Exception {
        Report r = TestReports.publishedSna(Audience.PUBLIC);
        wellFormed(HtmlReport.render(r, HtmlReport.Target.BROWSER));
        String pdf = HtmlReport.render(r, HtmlReport.Target.PDF);
        wellFormed(pdf);
        assertThat(pdf).contains("<bookmarks>");
    }

    @Test
    void text_from_data_is_escaped_never_markup() throws Exception {
        String html = HtmlReport.render(SpreadsheetSafetyFixture.reportWithHostileText(), HtmlReport.Target.BROWSER);
        wellFormed(html);
        assertThat(html).contains("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)");
    }

    @Test
    void a_long_table_prints_its_first_rows_and_says_where_the_rest_are() {
        Table.Builder b = Table.builder("cells", "Hot cells").columns(Column.text("cell", "Cell"), Column.count("n", "Records"));
        for (int i = 0; i < 100; i++) b.row("C" + i, 100L + i);
        Table cells = b.build(), extra = Table.builder("trend", "Trend").columns(Column.text("cell", "Cell"), Column.count("n", "Records"))
                .row("C1", 5L).build();
        svo.analysis.Analysis a = new svo.analysis.Analysis() {
            public String id() { return "hot"; }
            public String title() { return "Hot"; }
            public String section() { return "beyond the SNA"; }
            public List<String> datasets() { return List.of(); }
            public Result run(svo.store.Store s, Scope scope) { return new Result("hot", "Hot", scope, List.of(cells, extra), Map.of(), List.of()); }
        };
        AnalysisContext ctx = new AnalysisContext() {
            public Result run(svo.analysis.Analysis x, Scope s) { return x.run(null, s); }
            public boolean loaded(String d) { return true; }
            public List<Batch> batches(java.util.Collection<String> d) { return List.of(); }
            public boolean synthetic() { return false; }
            public Optional<svo.definitions.Definition> definition(String n) { return Optional.empty(); }
            public List<Area> districts() { return List.of(); }
            public Optional<String> setting(String k) { return Optional.empty(); }
        };
        ReportPlan plan = new ReportPlan(List.of(SectionPlan.of("hot", "Hot", "", Block.of("hot").printRows("cells", 20).workbookOnly("trend"))));
        Report r = new ReportBuilder(AnalysisCatalog.of(List.of(a)), ctx, plan)
                .build(ReportRequest.of(null, Period.parse("FY2024"), Audience.RESTRICTED, TestReports.NOW));
        String html = HtmlReport.render(r, HtmlReport.Target.BROWSER);
        assertThat(html).contains(">C19<").doesNotContain(">C20<")
                .contains("The first 20 of 100 rows; every row is in the workbook, sheet T1.1, and in the CSV zip.")
                .contains("Table 1.2 Trend (1 row) is in the workbook, sheet T1.2, and in the CSV zip.");
    }
}
