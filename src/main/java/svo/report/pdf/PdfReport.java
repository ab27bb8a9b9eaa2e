package svo.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import svo.report.Report;
import svo.report.html.HtmlReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;

/**
 * Lays out the report's HTML as an A4 PDF with openhtmltopdf: the print CSS gives the running header, a page number
 * on every page and the contents' page references ({@code target-counter}); charts stay vector through the SVG
 * drawer; the typeface (Liberation Sans, SIL Open Font Licence) is read from the class path and embedded, so the
 * PDF looks the same on every machine and no font is fetched from anywhere.
 *
 * <pre>
 * try (OutputStream out = Files.newOutputStream(dir.resolve("sna.pdf"))) { PdfReport.write(report, out); }
 * </pre>
 */
public final class PdfReport {
    private static final String FONTS = "/liberation/";

    static {
        // PDFBox reports each standard PDF font it maps to an installed one; the report embeds its own fonts,
        // so those messages are noise on the command line. An explicit setting still wins.
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.apache.pdfbox", "error");
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.apache.fontbox", "error");
        // openhtmltopdf logs every stylesheet it parses and font it loads; its diagnostics are not the user's business.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    /**
     * Font metrics, shared by every PDF this process writes: parsing the embedded fonts' metrics again for each of
     * the nine district profiles is wasted work.
     */
    private static final FontMetricsCache METRICS = new FontMetricsCache();

    private PdfReport() {}

    /** Writes the PDF of a report. */
    public static void write(Report report, OutputStream out) {
        writeHtml(HtmlReport.render(report, HtmlReport.Target.PDF), report.meta().title(), out);
    }

    /** Writes a PDF from report markup (for tests of the layout itself). */
    static void writeHtml(String xhtml, String title, OutputStream out) {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS);
        b.withProducer("Serious Violence Observatory");
        try (PDDocument doc = new PDDocument()) {
            b.usePDDocument(doc);
            font(b, doc, "LiberationSans-Regular.ttf", "Liberation Sans", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(b, doc, "LiberationSans-Bold.ttf", "Liberation Sans", 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(b, doc, "LiberationSans-Italic.ttf", "Liberation Sans", 400, BaseRendererBuilder.FontStyle.ITALIC);
            font(b, doc, "LiberationSans-BoldItalic.ttf", "Liberation Sans", 700, BaseRendererBuilder.FontStyle.ITALIC);
            font(b, doc, "LiberationMono-Regular.ttf", "Liberation Mono", 400, BaseRendererBuilder.FontStyle.NORMAL);
            b.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE));
            // Nothing outside the document is ever loaded.
            b.useExternalResourceAccessControl((uri, type) -> false, com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            b.withHtmlContent(xhtml, null);
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF of " + title + ": " + e.getMessage(), e);
        }
    }

    /**
     * Registers one embedded face: for the document text as a font loaded into this PDF with OpenType glyph
     * substitution off (Latin text needs no ligatures, and PDFBox's substitution compiles a regular expression for
     * every run of text: it was half the time of a report), and for the SVG charts from the same file.
     */
    private static void font(PdfRendererBuilder b, PDDocument doc, String file, String family, int weight,
                             BaseRendererBuilder.FontStyle style) throws IOException {
        byte[] bytes = fontBytes(file);
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        ttf.setEnableGsub(false);
        b.useFont(new PDFontSupplier(PDType0Font.load(doc, ttf, true)), family, weight, style, true);
        b.useFont(() -> new java.io.ByteArrayInputStream(bytes), family, weight, style, true,
                EnumSet.of(BaseRendererBuilder.FSFontUseCase.SVG));
    }

    private static final java.util.Map<String, byte[]> FONT_BYTES = new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[] fontBytes(String file) {
        return FONT_BYTES.computeIfAbsent(file, f -> {
            try (InputStream in = PdfReport.class.getResourceAsStream(FONTS + f)) {
                if (in == null) throw new IllegalStateException("the font " + f + " is missing from the class path (openpdf-fonts-extra)");
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A thread-safe cache of font metrics. */
    private static final class FontMetricsCache implements com.openhtmltopdf.extend.FSCacheEx<String, com.openhtmltopdf.extend.FSCacheValue> {
        private final java.util.concurrent.ConcurrentHashMap<String, com.openhtmltopdf.extend.FSCacheValue> map = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void put(String key, com.openhtmltopdf.extend.FSCacheValue value) {
            map.put(key, value);
        }

        @Override
        public com.openhtmltopdf.extend.FSCacheValue get(String key, java.util.concurrent.Callable<? extends com.openhtmltopdf.extend.FSCacheValue> loader) {
            return map.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException("cannot read font metrics for " + k + ": " + e.getMessage(), e);
                }
            });
        }

        @Override
        public com.openhtmltopdf.extend.FSCacheValue get(String key) {
            return map.get(key);
        }
    }
}
