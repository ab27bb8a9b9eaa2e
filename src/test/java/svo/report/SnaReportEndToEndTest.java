package svo.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import svo.analysis.AnalysisCatalog;
import svo.analysis.AnalysisContext;
import svo.analysis.Area;
import svo.analysis.Period;
import svo.definitions.Definition;
import svo.definitions.DefinitionRegistry;
import svo.report.pdf.PdfReport;
import svo.store.Store;
import svo.testing.Records;
import svo.testing.SnaRecords;
import svo.testing.TestDefinitions;
import svo.testing.TestGeography;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path on real records: the SNA 2025's §3.2 expanded into occurrences and people, loaded through the real
 * importers, counted by the real analyses of the catalogue, published by the report — which must draft the SNA's
 * own headline sentence from them.
 */
class SnaReportEndToEndTest {
    static Store store;
    static ReportBuilder builder;
    static Definition svb;

    @BeforeAll
    static void loadTheSnaRecords() {
        store = Store.inMemory();
        SnaRecords.seriousViolence(new Records()).load(store);
        TestGeography.districts(store);
        for (int y = 2022; y <= 2025; y++) TestGeography.population(store, y);
        DefinitionRegistry registry = DefinitionRegistry.standard();
        svb = TestDefinitions.get("svb-2024");
        AnalysisContext ctx = AnalysisContext.of(store, name -> registry.find(name).map(d -> (Definition) d));
        builder = new ReportBuilder(AnalysisCatalog.standard(TestDefinitions.lookup()), ctx, ReportPlan.sna());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Report build(Audience audience) {
        return builder.build(ReportRequest.of(svb, Period.parse("FY2024"), audience, TestReports.NOW));
    }

    @Test
    void drafts_the_published_headline_sentences_from_imported_records() {
        Report r = build(Audience.RESTRICTED);
        assertThat(r.findings()).extracting(Finding::text).contains(
                "Compared with 2023/24, serious violence fell by 14% (2,523 to 2,179).",
                "Compared with 2023/24, knife crime fell by 7% (691 to 644).");
        ShownTable trend = r.tables().stream().filter(t -> t.analysisId().equals("trend.offence-type")
                && t.scope().startsWith("svb-2024")).findFirst().orElseThrow();
        int total = trend.rowOf("Total");
        assertThat(trend.rows().get(total).stream().map(Cell::text).toList()).contains("2,485", "2,523", "2,179");
    }

    @Test
    void the_knife_share_and_the_key_figures_come_from_the_same_records() {
        Report r = build(Audience.RESTRICTED);
        assertThat(r.findings()).extracting(Finding::text).contains("30% of serious violence involved a knife or bladed article in 2024/25.");
        List<KeyFigure> keys = r.sections().stream().flatMap(s -> s.parts().stream())
                .filter(p -> p instanceof Part.KeyFigures).flatMap(p -> ((Part.KeyFigures) p).figures().stream()).toList();
        assertThat(keys).extracting(KeyFigure::value).containsExactly("2,179", "644");
    }

    @Test
    void a_public_report_withholds_the_small_homicide_counts_and_still_passes_its_consistency_check() throws IOException {
        Report r = build(Audience.PUBLIC);
        ShownTable trend = r.tables().stream().filter(t -> t.analysisId().equals("trend.offence-type")
                && t.scope().startsWith("svb-2024")).findFirst().orElseThrow();
        int homicide = trend.rowOf("Homicide");
        // 2 homicides in 2022/23: "<5" in the all-ages column.
        assertThat(trend.rows().get(homicide).get(1).text()).isEqualTo("<5");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfReport.write(r, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Compared with 2023/24, serious violence fell by 14% (2,523 to 2,179).")
                    .contains("small-counts: any count from 1 to 4 is shown as \"<5\"");
        }
    }

    @Test
    void a_district_profile_runs_every_analysis_for_the_district() {
        Report derby = builder.build(ReportRequest.of(svb, Period.parse("FY2024"), Audience.PUBLIC, TestReports.NOW)
                .withArea(Area.district("E06000015", "Derby")));
        assertThat(derby.meta().title()).isEqualTo("District profile: Derby");
        assertThat(derby.tables()).allMatch(t -> !t.scope().endsWith("all areas") || t.analysisId().equals("district")
                || t.anchor().contains("--all-districts") || t.anchor().contains("--comparison"));
    }
}
