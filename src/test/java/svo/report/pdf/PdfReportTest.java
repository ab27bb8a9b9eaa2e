package svo.report.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import svo.report.Audience;
import svo.report.Report;
import svo.report.Section;
import svo.report.TestReports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PdfReportTest {
    private static final Pattern CONTENTS_LINE = Pattern.compile("^\\s*(\\d+)\\s+(.+?)\\s*\\.{3,}\\s*(\\d+)(\\s+not available)?\\s*$");

    @TempDir
    static Path dir;
    static Report report;
    static List<String> pages;

    @BeforeAll
    static void writeTheRestrictedReport() throws IOException {
        report = TestReports.publishedSna(Audience.RESTRICTED);
        pages = pages(write(report, dir.resolve("sna.pdf")));
    }

    static Path write(Report r, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfReport.write(r, out);
        }
        return file;
    }

    static List<String> pages(Path pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(s.getText(doc));
            }
        }
        return out;
    }

    @Test
    void the_pdf_opens_and_its_page_count_is_that_of_a_report_with_these_sections() {
        assertThat(pages.size()).isBetween(12, 40);
    }

    @Test
    void every_page_carries_its_number_and_the_page_count() {
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).contains("Page " + (i + 1) + " of " + pages.size());
        }
    }

    @Test
    void the_contents_page_numbers_are_the_pages_where_the_sections_start() {
        Map<String, Integer> listed = new LinkedHashMap<>();
        for (String line : pages.get(1).split("\\R")) {
            Matcher m = CONTENTS_LINE.matcher(line);
            if (m.matches()) listed.put(m.group(1), Integer.parseInt(m.group(3)));
        }
        assertThat(listed.keySet()).containsExactlyElementsOf(report.sections().stream().map(Section::number).toList());
        for (Section s : report.sections()) {
            int found = -1;
            for (int p = 2; p < pages.size() && found < 0; p++) {
                for (String line : pages.get(p).split("\\R")) {
                    if (line.strip().equals(s.number() + " " + s.title())) {
                        found = p + 1;
                        break;
                    }
                }
            }
            assertThat(listed.get(s.number())).as("page of section %s %s", s.number(), s.title()).isEqualTo(found);
        }
    }

    @Test
    void text_extraction_finds_every_section_title_and_the_key_figures() {
        String all = String.join("\n", pages);
        for (Section s : report.sections()) assertThat(all).contains(s.title());
        assertThat(all).contains("2,179", "2,523", "644", "691", "959", "Compared with 2023/24, serious violence fell by 14% (2,523 to 2,179).");
    }

    @Test
    void a_synthetic_report_says_so_on_every_page() throws IOException {
        List<String> synthetic = pages(write(TestReports.syntheticSna(Audience.PUBLIC), dir.resolve("synthetic.pdf")));
        for (int i = 0; i < synthetic.size(); i++) assertThat(synthetic.get(i)).as("page %d", i + 1).contains("SYNTHETIC DATA");
    }

    @Test
    void charts_are_vector_drawings_not_pictures() throws IOException {
        int heatmapPage = -1;
        for (int p = 2; p < pages.size() && heatmapPage < 0; p++) if (pages.get(p).contains("Figure 6.1")) heatmapPage = p;
        assertThat(heatmapPage).isPositive();
        try (PDDocument doc = Loader.loadPDF(dir.resolve("sna.pdf").toFile())) {
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().isImageXObject(name)).as("an image on a page").isFalse();
                }
            }
            RectangleCounter counter = new RectangleCounter(doc.getPage(heatmapPage));
            counter.processPage(doc.getPage(heatmapPage));
            // 7 days by 24 hours of shaded cells, drawn as vector shapes.
            assertThat(counter.fills).isGreaterThanOrEqualTo(168);
        }
    }

    /** Counts the shapes a page fills, inside forms too. */
    private static final class RectangleCounter extends org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine {
        int rectangles;
        int fills;

        RectangleCounter(org.apache.pdfbox.pdmodel.PDPage page) {
            super(page);
        }

        @Override public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2, java.awt.geom.Point2D p3) { rectangles++; }
        @Override public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage pdImage) { }
        @Override public void clip(int windingRule) { }
        @Override public void moveTo(float x, float y) { }
        @Override public void lineTo(float x, float y) { }
        @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
        @Override public java.awt.geom.Point2D getCurrentPoint() { return new java.awt.geom.Point2D.Float(); }
        @Override public void closePath() { }
        @Override public void endPath() { }
        @Override public void strokePath() { }
        @Override public void fillPath(int windingRule) { fills++; }
        @Override public void fillAndStrokePath(int windingRule) { fills++; }
        @Override public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) { }
    }
}
