package svo.report;

import org.junit.jupiter.api.Test;
import svo.analysis.AnalysisCatalog;
import svo.analysis.Column;
import svo.analysis.Period;
import svo.analysis.Table;
import svo.report.csv.CsvTables;
import svo.report.html.HtmlReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A public report built from data full of small numbers, read back the way a member of the public would read it. */
class PublicReportTest {
    private static final String[] DISTRICTS = {"Amber Valley", "Bolsover", "Chesterfield", "Derby", "Derbyshire Dales",
            "Erewash", "High Peak", "North East Derbyshire", "South Derbyshire"};
    private static final String[] TYPES = {"Homicide", "Possession of weapons", "Robbery", "Violence with injury"};

    /** District by offence type, many cells from 0 to 6, with a printed Total row and Total column. */
    static Table smallCounts(long seed) {
        Random random = new Random(seed);
        Table.Builder b = Table.builder("district_type", "Serious violence by district and offence type")
                .column(Column.text("district", "District"));
        for (String t : TYPES) b.column(Column.count(t.toLowerCase().replace(' ', '_'), t));
        b.column(Column.count("total", "Total"));
        long[] colTotals = new long[TYPES.length + 1];
        for (String d : DISTRICTS) {
            List<Object> row = new ArrayList<>(List.of(d));
            long sum = 0;
            for (int i = 0; i < TYPES.length; i++) {
                long v = random.nextDouble() < 0.6 ? random.nextInt(7) : 5 + random.nextInt(60);
                row.add(v);
                sum += v;
                colTotals[i] += v;
            }
            row.add(sum);
            colTotals[TYPES.length] += sum;
            b.row(row);
        }
        List<Object> total = new ArrayList<>(List.of("Total"));
        for (long t : colTotals) total.add(t);
        b.row(total);
        return b.build();
    }

    static Report publicReport(Table t) {
        ReportPlan plan = new ReportPlan(List.of(
                SectionPlan.special("definition", "Definition used", "", SectionPlan.Kind.DEFINITION),
                SectionPlan.of("districts", "Districts", "", Block.of("district"))));
        Fakes.Context ctx = new Fakes.Context(Set.of("occurrences"), false, List.of());
        return new ReportBuilder(AnalysisCatalog.of(List.of(Fakes.analysis("district", "By district", t))), ctx, plan)
                .build(ReportRequest.of(Fakes.SVB_2024, Period.parse("FY2024"), Audience.PUBLIC, TestReports.NOW));
    }

    @Test
    void no_published_cell_shows_a_count_from_one_to_the_threshold_and_none_can_be_recovered_from_a_printed_total() {
        for (long seed = 1; seed <= 40; seed++) {
            Report r = publicReport(smallCounts(seed));
            ShownTable shown = r.tables().get(0);
            String csv = CsvTables.csv(shown);
            String[] lines = csv.split("\r\n");
            int rows = lines.length - 1, cols = TYPES.length + 1;
            Long[][] printed = new Long[rows][cols];
            for (int i = 0; i < rows; i++) {
                String[] cells = lines[i + 1].split(",");
                for (int c = 0; c < cols; c++) {
                    String v = cells[c + 1];
                    if (v.matches("\\d+")) {
                        long n = Long.parseLong(v);
                        assertThat(n == 0 || n > DisclosureRule.DEFAULT_THRESHOLD).as("seed %d printed %d", seed, n).isTrue();
                        printed[i][c] = n;
                    } else {
                        assertThat(v).isIn("<5", "[c]");
                    }
                }
            }
            int totalRow = rows - 1, totalCol = cols - 1;
            for (int i = 0; i < totalRow; i++) {
                assertThat(recoverable(printed[i], 0, totalCol, printed[i][totalCol])).as("seed %d row %d", seed, i).isFalse();
            }
            for (int c = 0; c < totalCol + 1; c++) {
                Long[] column = new Long[rows];
                for (int i = 0; i < rows; i++) column[i] = printed[i][c];
                assertThat(recoverable(column, 0, totalRow, column[totalRow])).as("seed %d column %d", seed, c).isFalse();
            }
            assertThat(recoverable(printed[totalRow], 0, totalCol, printed[totalRow][totalCol])).isFalse();
        }
    }

    /** True when exactly one cell of {@code line[from, to)} is withheld and the printed total gives it away. */
    private static boolean recoverable(Long[] line, int from, int to, Long total) {
        if (total == null) return false;
        int withheld = 0;
        for (int i = from; i < to; i++) if (line[i] == null) withheld++;
        return withheld == 1;
    }

    @Test
    void the_html_of_a_public_report_prints_the_rule_and_marks_withheld_cells() {
        Report r = publicReport(smallCounts(3));
        String html = HtmlReport.render(r, HtmlReport.Target.BROWSER);
        assertThat(html).contains("small-counts: any count from 1 to 4 is shown as &quot;&lt;5&quot;");
        Matcher m = Pattern.compile("<td class=\"num\">(\\d+)</td>").matcher(html);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            assertThat(n == 0 || n > 4).as("a printed count %d", n).isTrue();
        }
        assertThat(html).contains("<td class=\"num withheld\">&lt;5</td>");
    }
}
