package svo.geo;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LocatorTest {
    private static Geometry box(double x0, double y0, double x1, double y1) {
        return Areas.GRID.toGeometry(new Envelope(x0, x1, y0, y1));
    }

    private static AreaShape area(Level level, String code, String parent, Geometry g) {
        return new AreaShape(level, code, code, parent, null, g);
    }

    /** Coarse districts West | East split at x = 440 000; finer LSOAs, one of East's reaching over the coarse line. */
    private final Locator locator = Locator.of(List.of(
            area(Level.DISTRICT, "W", null, box(430_000, 330_000, 440_000, 340_000)),
            area(Level.DISTRICT, "E", null, box(440_000, 330_000, 450_000, 340_000)),
            area(Level.LSOA, "L1", "W", box(430_000, 330_000, 439_800, 340_000)),
            area(Level.LSOA, "L2", "E", box(439_800, 330_000, 450_000, 340_000)),
            area(Level.WARD, "WA", "W", box(430_000, 330_000, 435_000, 335_000)),
            area(Level.NEIGHBOURHOOD, "N1", "W", box(431_000, 331_000, 432_000, 332_000)),
            area(Level.NTE, "T1", "W", box(431_500, 331_500, 431_600, 331_600))));

    @Test
    void a_point_gets_the_code_of_every_level_that_contains_it() {
        Locator.Codes c = locator.locate(431_550, 331_550);
        assertThat(c).isEqualTo(new Locator.Codes("W", "WA", "L1", "N1", "T1"));
        assertThat(c.get(Level.NTE)).isEqualTo("T1");
        assertThat(locator.locate(436_000, 331_000)).isEqualTo(new Locator.Codes("W", null, "L1", null, null));
    }

    @Test
    void the_district_follows_the_lsoa_the_point_lies_in_where_the_coarse_district_line_disagrees() {
        // 439 900 is West by the coarse district polygons but inside L2, whose district is East.
        assertThat(locator.codeAt(Level.DISTRICT, 439_900, 335_000)).isEqualTo("W");
        assertThat(locator.locate(439_900, 335_000).district()).isEqualTo("E");
        assertThat(locator.locate(439_900, 335_000).lsoa()).isEqualTo("L2");
    }

    @Test
    void a_point_outside_every_area_has_no_code_at_any_level() {
        assertThat(locator.locate(400_000, 300_000).outside()).isTrue();
        assertThat(locator.locate(400_000, 300_000)).isEqualTo(Locator.Codes.NONE);
    }

    @Test
    void a_point_on_a_shared_boundary_belongs_to_the_smaller_area_then_the_lower_code() {
        Locator l = Locator.of(List.of(
                area(Level.LSOA, "B", null, box(0, 1000, 1000, 2000)),
                area(Level.LSOA, "A", null, box(1000, 1000, 2000, 2000)),
                area(Level.LSOA, "S", null, box(2000, 1000, 2500, 1500))));
        assertThat(l.locate(1000, 1500).lsoa()).isEqualTo("A");    // equal areas: lower code
        assertThat(l.locate(2000, 1200).lsoa()).isEqualTo("S");    // the smaller area
        assertThat(l.locate(999.999, 1500).lsoa()).isEqualTo("B");
    }

    @Test
    void a_level_that_is_not_loaded_gives_no_code() {
        Locator l = Locator.of(List.of(area(Level.LSOA, "L", "D", box(0, 1000, 10, 1010))));
        assertThat(l.has(Level.LSOA)).isTrue();
        assertThat(l.has(Level.NTE)).isFalse();
        assertThat(l.size(Level.LSOA)).isEqualTo(1);
        assertThat(l.locate(5, 1005)).isEqualTo(new Locator.Codes("D", null, "L", null, null));
    }

    @Test
    void many_threads_get_the_same_answers_as_one() {
        SplittableRandom r = new SplittableRandom(7);
        double[][] pts = new double[20_000][];
        for (int i = 0; i < pts.length; i++) pts[i] = new double[] {425_000 + r.nextDouble() * 30_000, 325_000 + r.nextDouble() * 20_000};
        List<Locator.Codes> one = IntStream.range(0, pts.length).mapToObj(i -> locator.locate(pts[i][0], pts[i][1])).toList();
        List<Locator.Codes> many = IntStream.range(0, pts.length).parallel().mapToObj(i -> locator.locate(pts[i][0], pts[i][1])).toList();
        assertThat(many).isEqualTo(one);
        assertThat(one).anyMatch(Locator.Codes::outside).anyMatch(c -> "T1".equals(c.nte()));
    }
}
