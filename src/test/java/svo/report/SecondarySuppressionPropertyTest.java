package svo.report;

import org.junit.jupiter.api.Test;
import svo.analysis.Column;
import svo.analysis.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Seeded random tables full of small counts, with and without printed total rows and columns, attacked the way a
 * reader would: every line (row or column) whose total is known — printed, or published elsewhere — minus its
 * printed cells; every pair of lines, one of whose withheld cells is a subset of the other's; and the bounds a
 * reader knows ("&lt;5" is 1 to 4, "[c]" is 0 or above 4).
 */
class SecondarySuppressionPropertyTest {
    private record Line(List<int[]> cells, int[] total) {}

    @Test
    void no_suppressed_count_in_a_thousand_random_tables_can_be_recovered_from_totals() {
        Random random = new Random(20251021L);
        int tablesWithSuppression = 0, secondaries = 0;
        for (int i = 0; i < 1_000; i++) {
            int threshold = 2 + random.nextInt(6);
            int rows = 2 + random.nextInt(7), cols = 2 + random.nextInt(5);
            boolean totalRow = random.nextBoolean(), totalCol = random.nextBoolean();
            long[][] v = new long[rows + 1][cols + 1];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    double p = random.nextDouble();
                    v[r][c] = p < 0.35 ? random.nextInt(threshold + 1) : p < 0.5 ? threshold + 1 + random.nextInt(3) : random.nextInt(300);
                }
            }
            for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) {
                v[r][cols] += v[r][c];
                v[rows][c] += v[r][c];
                v[rows][cols] += v[r][c];
            }
            Table.Builder b = Table.builder("random" + i, "Random table " + i).column(Column.text("label", "Label"));
            for (int c = 0; c < cols; c++) b.column(Column.count("c" + c, "Column " + c));
            if (totalCol) b.column(Column.count("total", "Total"));
            int shownRows = rows + (totalRow ? 1 : 0), shownCols = cols + (totalCol ? 1 : 0);
            for (int r = 0; r < shownRows; r++) {
                List<Object> row = new ArrayList<>();
                row.add(r == rows ? "Total" : "Row " + r);
                for (int c = 0; c < shownCols; c++) row.add(v[r][c]);
                b.row(row);
            }
            List<List<Cell>> cells = DisclosureControl.apply(b.build(), DisclosureRule.smallCounts(threshold), TableLayout.DEFAULT);

            // No printed count between 1 and the threshold.
            for (int r = 0; r < shownRows; r++) {
                for (int c = 0; c < shownCols; c++) {
                    Cell cell = cells.get(r).get(c + 1);
                    if (cell.value() instanceof Number n) assertThat(n.longValue()).as("table %d cell %d,%d", i, r, c)
                            .satisfies(x -> assertThat(x == 0 || x > threshold).isTrue());
                }
            }
            boolean any = cells.stream().flatMap(List::stream).anyMatch(Cell::withheld);
            if (any) tablesWithSuppression++;
            secondaries += (int) cells.stream().flatMap(List::stream).filter(c -> c.mark() == Cell.Mark.SECONDARY).count();

            List<Line> lines = new ArrayList<>();
            for (int r = 0; r < shownRows; r++) {
                List<int[]> members = new ArrayList<>();
                for (int c = 0; c < cols; c++) members.add(new int[]{r, c});
                lines.add(new Line(members, totalCol ? new int[]{r, cols} : null));
            }
            for (int c = 0; c < shownCols; c++) {
                List<int[]> members = new ArrayList<>();
                for (int r = 0; r < rows; r++) members.add(new int[]{r, c});
                lines.add(new Line(members, totalRow ? new int[]{rows, c} : null));
            }
            attack(i, threshold, v, cells, lines);
        }
        assertThat(tablesWithSuppression).isGreaterThan(900);
        assertThat(secondaries).isGreaterThan(1_000);
    }

    /** What a reader knows of one line: the sum of its withheld cells, and which cells those are. */
    private record Known(long sum, Set<Long> withheld) {}

    private static void attack(int table, int threshold, long[][] v, List<List<Cell>> cells, List<Line> lines) {
        List<Known> known = new ArrayList<>();
        for (Line l : lines) {
            long total;
            if (l.total() != null) {
                Cell t = cells.get(l.total()[0]).get(l.total()[1] + 1);
                if (t.withheld()) continue;               // the reader does not know this total
                total = ((Number) t.value()).longValue();
            } else {
                total = 0;                                 // not printed: assume it is published elsewhere,
                for (int[] c : l.cells()) total += v[c[0]][c[1]];
                if (total >= 1 && total <= threshold) continue; // unless it is small (then it is suppressed there)
            }
            long printed = 0;
            Set<Long> withheld = new HashSet<>();
            for (int[] c : l.cells()) {
                Cell cell = cells.get(c[0]).get(c[1] + 1);
                if (cell.withheld()) withheld.add(c[0] * 1000L + c[1]);
                else printed += ((Number) cell.value()).longValue();
            }
            if (withheld.isEmpty()) continue;
            Known k = new Known(total - printed, withheld);
            known.add(k);
            if (withheld.size() == 1) fail("table %d: a withheld cell is its line's total minus the printed cells", table);
            // A line every cell of which is withheld already, whose total is published elsewhere, cannot be protected
            // further inside this table ("3" elsewhere, "<3 <3 <3" here: the total is the disclosure). Every other
            // line must hold.
            boolean allWithheld = withheld.size() == l.cells().size();
            if (!(allWithheld && l.total() == null)) bounds(table, threshold, k, cells);
        }
        for (Known a : known) {
            for (Known b : known) {
                if (a == b || !a.withheld().containsAll(b.withheld())) continue;
                if (a.withheld().size() - b.withheld().size() == 1) {
                    fail("table %d: a withheld cell is the difference of two lines' remainders", table);
                }
            }
        }
    }

    /** A "&lt;5" is 1..threshold, a "[c]" is 0 or above the threshold: no cell may be pinned to one value. */
    private static void bounds(int table, int threshold, Known k, List<List<Cell>> cells) {
        List<Long> ids = new ArrayList<>(k.withheld());
        for (long id : ids) {
            long lo = 0, hi = 0;
            boolean unbounded = false;
            for (long o : ids) {
                if (o == id) continue;
                if (primary(cells, o)) {
                    lo += 1;
                    hi += threshold;
                } else unbounded = true;
            }
            long min = unbounded ? Long.MIN_VALUE : k.sum() - hi, max = k.sum() - lo;
            int possible = 0;
            if (primary(cells, id)) {
                for (long x = Math.max(1, min); x <= Math.min(threshold, max) && possible < 2; x++) possible++;
            } else {
                if (min <= 0 && max >= 0) possible++;
                if (max >= threshold + 1) possible += max > Math.max(threshold + 1, min) ? 2 : 1;
            }
            if (possible <= 1) fail("table %d: bounds pin a withheld cell to one value", table);
        }
    }

    private static boolean primary(List<List<Cell>> cells, long id) {
        return cells.get((int) (id / 1000)).get((int) (id % 1000) + 1).mark() == Cell.Mark.PRIMARY;
    }

    @Test
    void nhs_hes_never_prints_a_count_from_one_to_seven_and_rounds_every_other_to_a_multiple_of_five() {
        Random random = new Random(7L);
        for (int i = 0; i < 200; i++) {
            Table.Builder b = Table.builder("h" + i, "Hospital").columns(Column.text("hospital", "Hospital"),
                    Column.count("a", "A"), Column.count("b", "B"), Column.count("c", "C"));
            for (int r = 0; r < 6; r++) b.row("H" + r, (long) random.nextInt(30), (long) random.nextInt(12), (long) random.nextInt(500));
            for (List<Cell> row : DisclosureControl.apply(b.build(), DisclosureRule.nhsHes(400), TableLayout.DEFAULT)) {
                for (Cell c : row.subList(1, 4)) {
                    if (c.value() instanceof Number n) assertThat(n.longValue() == 0 || (n.longValue() >= 10 && n.longValue() % 5 == 0)).isTrue();
                    else assertThat(c.text()).isEqualTo("*");
                }
            }
        }
    }
}
