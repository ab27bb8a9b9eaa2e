package svo.analysis.places;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GetisOrdTest {
    private static final Path FIXTURES = Path.of("src/test/resources/places");

    @Test
    void matches_a_hand_worked_three_by_three_grid() {
        // A strip of four cells, 0 0 0 8, each with neighbours {left, self, right}:
        // n = 4, mean = 2, s² = (4 + 4 + 4 + 36) / 4 = 12.
        // Cell 0: W = 2, lag = 0, z = (0 − 2·2) / √(12 · (4·2 − 2²) / 3) = −4 / 4 = −1.
        // Cell 1: W = 3, lag = 0, z = (0 − 3·2) / √(12 · (4·3 − 3²) / 3) = −6 / √12 = −√3.
        // Cell 2: W = 3, lag = 8, z = (8 − 6) / √12 = 1/√3.
        // Cell 3: W = 2, lag = 8, z = (8 − 4) / 4 = 1; two-sided p = 0.3173.
        Neighbours nb = Neighbours.queenGrid(4, 1, null, 1, true);
        GetisOrd.Result g = GetisOrd.compute(new long[] {0, 0, 0, 8}, nb, false);
        assertThat(g.z()).containsExactly(new double[] {-1, -Math.sqrt(3), 1 / Math.sqrt(3), 1}, within(1e-12));
        assertThat(g.p()[3]).isCloseTo(0.31731050786291415, within(1e-12));
        assertThat(g.bin()).containsExactly(0, -1, 0, 0);
    }

    @Test
    void grid_z_scores_and_p_values_match_r_spdep_local_g_to_1e_6() throws IOException {
        List<String[]> rows = csv(FIXTURES.resolve("gi_star_grid.csv"), ",");
        int cols = 9, rowsN = 7;
        long[] counts = new long[cols * rowsN];
        for (String[] r : rows) counts[Integer.parseInt(r[0])] = Long.parseLong(r[3]);
        Neighbours nb = Neighbours.queenGrid(cols, rowsN, null, 1, true);
        GetisOrd.Result g = GetisOrd.compute(counts, nb, false);
        GetisOrd.Result fdr = GetisOrd.compute(counts, nb, true);
        for (String[] r : rows) {
            int cell = Integer.parseInt(r[0]);
            assertThat(nb.count(cell)).as("neighbours of cell " + cell).isEqualTo(Integer.parseInt(r[7]));
            assertThat(g.z()[cell]).as("z of cell " + cell).isCloseTo(Double.parseDouble(r[4]), within(1e-6));
            assertThat(g.p()[cell]).as("p of cell " + cell).isCloseTo(Double.parseDouble(r[5]), within(1e-6));
            assertThat(fdr.p()[cell]).as("BH p of cell " + cell).isCloseTo(Double.parseDouble(r[6]), within(1e-6));
        }
        assertThat(g.countInBin(3)).isGreaterThan(0);
        assertThat(fdr.countInBin(3) + fdr.countInBin(2)).isLessThanOrEqualTo(g.countInBin(3) + g.countInBin(2));
    }

    @Test
    void irregular_area_z_scores_and_queen_neighbours_match_r_spdep() throws IOException, ParseException {
        List<String[]> rows = csv(FIXTURES.resolve("gi_star_areas.csv"), "\\|");
        WKTReader reader = new WKTReader();
        List<Geometry> polygons = new ArrayList<>();
        double[] values = new double[rows.size()];
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            codes.add(r[0]);
            values[i] = Double.parseDouble(r[1]);
            polygons.add(reader.read(r[5]));
        }
        Neighbours nb = Neighbours.queenContiguity(polygons, 0, true);
        GetisOrd.Result g = GetisOrd.compute(values, nb, false);
        for (int i = 0; i < rows.size(); i++) {
            List<String> mine = new ArrayList<>();
            for (int k = nb.start()[i]; k < nb.start()[i + 1]; k++) mine.add(codes.get(nb.index()[k]));
            assertThat(String.join(";", mine)).as("neighbours of " + codes.get(i)).isEqualTo(rows.get(i)[4]);
            assertThat(g.z()[i]).as("z of " + codes.get(i)).isCloseTo(Double.parseDouble(rows.get(i)[2]), within(1e-6));
        }
    }

    @Test
    void a_grid_where_every_cell_is_the_same_has_no_hot_spots() {
        GetisOrd.Result g = GetisOrd.compute(new long[] {2, 2, 2, 2}, Neighbours.queenGrid(2, 2, null, 1, true), false);
        assertThat(g.z()[0]).isNaN();
        assertThat(g.bin()).containsOnly(0);
    }

    @Test
    void masked_cells_are_neither_units_nor_neighbours() {
        boolean[] mask = {true, false, true, true};
        Neighbours nb = Neighbours.queenGrid(2, 2, mask, 1, true);
        assertThat(nb.size()).isEqualTo(3);
        assertThat(nb.count(0)).isEqualTo(3);
        Neighbours two = Neighbours.queenGrid(5, 5, null, 2, false);
        assertThat(two.count(12)).isEqualTo(24);
    }

    private static List<String[]> csv(Path file, String sep) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> out = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) if (!l.isBlank()) out.add(l.split(sep));
        return out;
    }
}
