package svo.delivery.board;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import svo.delivery.BoardPack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The board's PDF pack: the check's XHTML laid out on A4 landscape pages by openhtmltopdf, sparklines kept as vector
 * graphics, nothing outside the document ever loaded.
 *
 * <pre>
 * try (OutputStream out = Files.newOutputStream(dir.resolve("board-2025Q4.pdf"))) { BoardPdf.write(pack, out); }
 * </pre>
 */
public final class BoardPdf {
    static {
        // openhtmltopdf and PDFBox log each font and stylesheet; none of it is the user's business.
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.apache.pdfbox", "error");
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.apache.fontbox", "error");
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private BoardPdf() {}

    /** Writes the pack as a PDF. */
    public static void write(BoardPack pack, OutputStream out) {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.withProducer("Serious Violence Observatory");
        b.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        b.useExternalResourceAccessControl((uri, type) -> false,
                com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        b.withHtmlContent(BoardHtml.document(pack), null);
        b.toStream(out);
        try {
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the board pack: " + e.getMessage(), e);
        }
    }
}
