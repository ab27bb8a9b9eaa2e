package svo.report.maps;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.util.GeometricShapeFactory;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SvgMapTest {
    private static final GeometryFactory GF = new GeometryFactory();

    /** Renders the SVG with Batik (the SVG engine of the PDF renderer) and returns the image. */
    static BufferedImage render(String svg) throws TranscoderException {
        BufferedImage[] out = new BufferedImage[1];
        ImageTranscoder t = new ImageTranscoder() {
            @Override
            public BufferedImage createImage(int w, int h) {
                return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            }

            @Override
            public void writeImage(BufferedImage img, TranscoderOutput output) {
                out[0] = img;
            }
        };
        t.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput());
        return out[0];
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** A ring of 5 × 5 hexagon-ish areas, each a 2,000-vertex circle so simplification has work to do. */
    private static List<SvgMap.Region> regions() {
        List<SvgMap.Region> out = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            GeometricShapeFactory s = new GeometricShapeFactory(GF);
            s.setCentre(new Coordinate(430_000 + (i % 5) * 2000, 330_000 + (i / 5) * 2000));
            s.setSize(2100);
            s.setNumPoints(2000);
            out.add(new SvgMap.Region("A" + i, "Area <" + i + "> & co", s.createCircle(), i == 3 ? null : (double) i));
        }
        return out;
    }

    @Test
    void a_choropleth_is_well_formed_svg_with_legend_scale_bar_north_arrow_and_the_boundary_attribution() throws Exception {
        List<SvgMap.Region> regions = regions();
        String svg = SvgMap.builder("Rate per 1,000 & more").choropleth(regions, "Per 1,000", ClassBreaks.of(0, 5, 10, 15, 20))
                .outlines(List.of(GF.toGeometry(new org.locationtech.jts.geom.Envelope(429_000, 439_000, 329_000, 339_000))))
                .note("Counts occurrences under svb-2024 v1.0.").toSvg();
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg).contains("<title>Rate per 1,000 &amp; more</title>");
        assertThat(svg).contains(SvgMap.BOUNDARY_ATTRIBUTION.substring(0, 60));
        assertThat(svg).contains("Contains Ordnance Survey, Office of National Statistics");
        assertThat(svg).contains("© Crown copyright and database right 2016.");
        assertThat(svg).contains("under 5").contains("5 to under 10").contains("20 or more").contains("no data");
        assertThat(svg).contains("class=\"scale-bar\"").contains("class=\"north-arrow\"");
        assertThat(svg).contains("Area &lt;7&gt; &amp; co: 7");
        // Nothing is fetched: no external references at all.
        assertThat(svg.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http").doesNotContain("<image");
        assertThat(render(svg)).isNotNull();
    }

    @Test
    void geometry_is_simplified_so_a_map_of_many_detailed_areas_stays_small() {
        String svg = SvgMap.builder("Detailed").size(800, 600).choropleth(regions(), "Per 1,000", ClassBreaks.quantiles(
                regions().stream().filter(r -> r.value() != null).mapToDouble(SvgMap.Region::value).toArray(), 5)).toSvg();
        // 25 areas × 2,000 vertices unsimplified would be about 25 × 2,000 × 14 bytes = 700 KB.
        assertThat(svg.length()).isLessThan(60_000);
    }

    @Test
    void the_sequential_palette_gets_darker_class_by_class_so_it_reads_in_greyscale() {
        for (int k = 1; k <= 7; k++) {
            String[] p = Palettes.sequential(k);
            for (int i = 1; i < p.length; i++) assertThat(luminance(p[i])).as(k + " classes, class " + i).isLessThan(luminance(p[i - 1]));
        }
        // Hot and cold bins of the same strength differ in greyscale only by the hatching of cold cells; the map draws it.
        String svg = SvgMap.builder("Hot spots").hotSpotCells(List.of(new SvgMap.Cell(square(0, 0), 3), new SvgMap.Cell(square(100, 0), -3),
                new SvgMap.Cell(square(200, 0), 0)), "Gi*").toSvg();
        assertThat(svg).contains("fill=\"url(#cold-hatch)\"").contains(Palettes.giBin(3)).contains(Palettes.giBin(-3));
        assertThat(svg).contains("hot spot, 99% confidence").contains("cold spot, 99%");
    }

    @Test
    void quantile_breaks_are_round_numbers_and_classes_are_half_open() {
        ClassBreaks c = ClassBreaks.quantiles(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10.4}, 5);
        assertThat(c.breaks()).containsExactly(3, 5, 7, 9);
        assertThat(c.classOf(2.99)).isEqualTo(0);
        assertThat(c.classOf(3)).isEqualTo(1);
        assertThat(c.classOf(10.4)).isEqualTo(4);
        assertThat(c.label(1)).isEqualTo("3 to under 5");
        assertThat(SvgMap.nice(3700)).isEqualTo(2000);
    }

    private static Geometry square(double x, double y) {
        return GF.toGeometry(new org.locationtech.jts.geom.Envelope(x, x + 100, y, y + 100));
    }

    private static double luminance(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16), g = Integer.parseInt(hex.substring(3, 5), 16), b = Integer.parseInt(hex.substring(5, 7), 16);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }
}
