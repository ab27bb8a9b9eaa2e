package svo.report.charts;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {
    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static double luminance(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16), g = Integer.parseInt(hex.substring(3, 5), 16), b = Integer.parseInt(hex.substring(5, 7), 16);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    @Test
    void the_monthly_line_is_well_formed_svg_with_a_marker_on_every_point_and_the_peak_labelled() throws Exception {
        List<String> months = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            months.add("M" + i);
            counts.add(i == 15 ? 270.0 : 180.0 + i % 7);
        }
        String svg = LineChart.svg("Serious violence by month", months, List.of(new LineChart.Series("All", counts)), "Offences");
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagNameNS("*", "circle").getLength()).isEqualTo(36);
        assertThat(svg).contains("Peak 270 (M15)").contains("<title>Serious violence by month</title>");
    }

    @Test
    void a_withheld_month_breaks_the_line_instead_of_drawing_a_value() throws Exception {
        String svg = LineChart.svg("t", List.of("a", "b", "c", "d"),
                List.of(new LineChart.Series("All", Arrays.asList(10.0, null, 12.0, 14.0))), null);
        assertThat(parse(svg).getElementsByTagNameNS("*", "circle").getLength()).isEqualTo(3);
        assertThat(svg).contains("M52 ").containsPattern("d=\"M[^\"]*M");
    }

    @Test
    void several_lines_differ_by_marker_and_dash_not_only_by_colour() {
        String svg = LineChart.svg("t", List.of("2022/23", "2023/24", "2024/25"),
                List.of(new LineChart.Series("All", List.of(1.0, 2.0, 3.0)), new LineChart.Series("Knife", List.of(1.0, 1.5, 1.2))), null);
        assertThat(svg).contains("stroke-dasharray=\"7 3\"").contains("<rect").contains("<circle");
    }

    @Test
    void the_heatmap_prints_every_value_and_marks_withheld_cells() throws Exception {
        Double[][] v = {{1.0, 50.0}, {null, 20.0}};
        String[][] t = {{"1", "50"}, {"<5", "20"}};
        String svg = Heatmap.svg("By hour", List.of("Mon", "Tue"), List.of("00", "01"), v, t);
        parse(svg);
        assertThat(svg).contains(">50</text>").contains(">&lt;5</text>").contains("withheld (small number)");
    }

    @Test
    void the_sequential_palette_gets_darker_step_by_step_so_it_reads_in_greyscale() {
        for (int i = 1; i < Palette.SEQUENTIAL.length; i++) {
            assertThat(luminance(Palette.SEQUENTIAL[i])).isLessThan(luminance(Palette.SEQUENTIAL[i - 1]));
        }
    }

    @Test
    void the_highlighted_bar_differs_from_the_others_in_greyscale_as_well_as_in_colour() throws Exception {
        assertThat(Math.abs(luminance(Palette.HIGHLIGHT) - luminance(Palette.INK))).isGreaterThan(40);
        String svg = BarChart.horizontal("By district", List.of(new BarChart.Bar("Derby", 959.0, "959", true),
                new BarChart.Bar("Bolsover", 123.0, "123", false), new BarChart.Bar("Dales", null, "<5", false)), 242.0, "Average 242");
        parse(svg);
        assertThat(svg).contains(Palette.HIGHLIGHT).contains("font-weight=\"bold\"").contains("stroke-dasharray").contains("&lt;5");
    }

    @Test
    void grouped_bars_and_sparklines_are_well_formed() throws Exception {
        parse(BarChart.grouped("Victims by age", List.of("1-5", "6-10"),
                List.of(new BarChart.Series("2023/24", List.of(7.0, 26.0)), new BarChart.Series("2024/25", List.of(6.0, 21.0))), "Victims"));
        String spark = Sparkline.svg(Arrays.asList(2485.0, 2523.0, 2179.0), "2,485 to 2,179");
        parse(spark);
        assertThat(spark).contains("aria-label=\"2,485 to 2,179\"");
    }
}
